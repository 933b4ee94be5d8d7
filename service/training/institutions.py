"""Train the institution second opinion (``institution_opinion``) on articles this project wrote.

Examples come from ``models/training/institutions/text/*.txt``: each article as written (its real foreign
ministries are negatives) and, for several injection seeds, with US departments and titles put into ministry
wording by ``eval.datasets.injected`` (the calques are positives). Only the terms the rules leave to the second
opinion are examples, so the model learns the cases the rules cannot settle. A logistic model with L2 is fitted by
Newton steps on the features seen in at least two articles; the threshold is chosen on article-grouped folds, for
the most positives found while the articles as written keep under ``max_flags_per_1000_words`` false flags.
"""

from __future__ import annotations

import json
import random
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.datasets.corpus_texts import text_files
from eval.datasets.injected import inject
from service.contracts import Document
from service.stages.artifacts import institution_candidates
from service.stages.artifacts.institution_context import CONTEXT_SCALE, ContextEncoder
from service.stages.artifacts.institution_opinion import FEATURE_VERSION, Candidate, InstitutionScorer
from service.stages.artifacts.institution_reading import READING_SCALE, LikelihoodScorer
from service.stages.segment import segment

ROOT = Path(__file__).resolve().parents[2]
TRAINING_DIR = ROOT / "models" / "training" / "institutions"
WEIGHTS_DIR = ROOT / "models" / "weights" / "institutions-v9"
# The 0.1 false flags per 1000 words of native text the detector is held to, less the 0.025 all its other layers
# give on PolNeAR train, out of fold on the articles as written. Up to institutions-v3 this was 0.05: at 0.075 v3
# flagged "Foreign Minister Mohammad Javad Zarif said Iran would" in a US story; v4's census given-name feature ("Javad"
# is no US name) keeps it and the other native guards unflagged at 0.075.
MAX_FLAGS_PER_1000_WORDS = 0.075  # the CLI default too (service/training/cli.py)
# The context model's threshold: None chooses it out of fold within the budget above, like the plain model's. A
# threshold of 0.6 chosen on the development corpora native-en-6 to -9 (recall 0.78-0.87 there with 0-1 native flags
# each) flagged 5 terms in 11,982 words of the held-out native-en-10 (0.42 per 1000; 1 for v6), four in one Moldovan
# budget story, as the out-of-fold count on the articles as written (43 in 181,265 words, 0.24 per 1000) had warned;
# `--context-threshold` still sets one by hand.
CONTEXT_THRESHOLD: float | None = None
# The reading model's threshold. On institutions-v8 (before the terms after a named foreign office and those at the
# rules' 0.9 went to the second opinion) it was chosen on the development corpora native-en-3, -4, -6 to -11 and -14
# (seeds 20250 and 1-3; 944 candidates, 393 calques): the context model at its 0.76 found 252 with 9 native flags, the
# reading model 282 with 4 at 0.8, 310 with 6 at 0.7 and 331 with 7 at 0.6; 0.7 was chosen there, before any held-out
# set was read with it. On v9's 1,170 candidates there (434 calques) it finds 297 with 4 native flags at 0.8, 331 with
# 5 at 0.7 and 351 with 9 at 0.6, so 0.7 stays. Out of fold on the training articles at 0.7 it finds 1185/1816 with
# 25 flags on the articles as written (0.14 per 1000, over the budget the out-of-fold choice keeps);
# `--reading-threshold` sets another.
READING_THRESHOLD: float | None = 0.7
SEEDS = (101, 102, 103, 104, 105, 106)
FOLDS = 4


def examples(folder: Path, seeds: tuple[int, ...] = SEEDS, say: Callable[[str], None] = print,
             files: list[tuple[str, str]] | None = None, encoder: ContextEncoder | None = None,
             reader: LikelihoodScorer | None = None) -> list[tuple[str, Candidate]]:
    """(article stem, labelled candidate) for every article as written and under each injection seed; ``files``
    are the folder's (stem, text) pairs when the caller has read them already; with an ``encoder`` the candidates
    carry its context features too, and with a ``reader`` as well its readings."""
    out: list[tuple[str, Candidate]] = []
    if files is None:
        files = list(text_files(folder, "institution training"))
    if not files:
        raise ValueError(f"no training articles in {folder}/text/*.txt")
    for n, (stem, text) in enumerate(files, 1):
        for cand in _candidates(text, encoder, reader):
            cand.label = False  # the article as written: every ministry in it is a real one
            cand.as_written = True
            out.append((stem, cand))
        for seed in seeds:
            rng = random.Random(seed ^ zlib.crc32(stem.encode()))
            injected, gold = inject(text, rng, "standard")
            spans = [(g["start"], g["end"]) for g in gold if g["category"] == "institution_term"]
            for cand in _candidates(injected, encoder, reader):
                cand.label = any(cand.start < e and s < cand.end for s, e in spans)
                cand.as_written = False
                out.append((stem, cand))
        if n % 20 == 0:
            say(f"  {n}/{len(files)} articles, {len(out)} examples")
    return out


def _candidates(text: str, encoder: ContextEncoder | None = None,
                reader: LikelihoodScorer | None = None) -> list[Candidate]:
    return institution_candidates(Document(text, "en", True, sentences=segment(text, "en")), encoder, reader)


def fit(rows: list[Candidate], vocabulary: list[str], l2: float = 1.0, negative_weight: float = 1.0,
        steps: int = 25) -> tuple[np.ndarray, float]:
    """Logistic regression weights over ``vocabulary`` (and a bias) by Newton's method with an L2 penalty; each
    negative counts ``negative_weight`` times (a false flag puts a wrong fix before an editor, a miss leaves the
    copy as it was)."""
    x = _matrix(rows, vocabulary)
    y = np.array([1.0 if r.label else 0.0 for r in rows])
    weight = np.where(y > 0, 1.0, negative_weight)
    x1 = np.hstack([x, np.ones((len(rows), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (weight * (p - y)) + penalty * w
        hess = (x1 * (weight * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def _matrix(rows: list[Candidate], vocabulary: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)))
    for r, cand in enumerate(rows):
        for k, v in cand.features.items():
            if k in index:
                x[r, index[k]] = v
    return x


def vocabulary_of(data: list[tuple[str, Candidate]], min_articles: int = 2) -> list[str]:
    seen: dict[str, set[str]] = {}
    for stem, cand in data:
        for k in cand.features:
            seen.setdefault(k, set()).add(stem)
    return sorted(k for k, stems in seen.items() if len(stems) >= min_articles)


def out_of_fold(data: list[tuple[str, Candidate]], l2: float, negative_weight: float = 1.0) -> np.ndarray:
    """Each example's probability from a model fitted without its article (FOLDS folds by article)."""
    stems = sorted({s for s, _ in data})
    fold_of = {s: zlib.crc32(s.encode()) % FOLDS for s in stems}
    if len(set(fold_of.values())) < 2:
        # Every example in one fold: its model would be fitted on nothing, and the threshold chosen on nothing.
        raise ValueError(f"the examples come from {len(stems)} article(s) in one fold of {FOLDS}; choosing a threshold "
                         "out of fold needs articles in at least two (add articles)")
    probs = np.zeros(len(data))
    for k in range(FOLDS):
        train = [(s, c) for s, c in data if fold_of[s] != k]
        vocab = vocabulary_of(train)
        w, b = fit([c for _, c in train], vocab, l2, negative_weight)
        held = [i for i, (s, _) in enumerate(data) if fold_of[s] == k]
        x = _matrix([data[i][1] for i in held], vocab)
        probs[held] = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
    return probs


def choose_threshold(data: list[tuple[str, Candidate]], probs: np.ndarray, words: int,
                     max_flags_per_1000_words: float) -> tuple[float, dict]:
    """The lowest threshold (of 0.95, 0.94, ... 0.35) whose out-of-fold flags on the articles as written (every
    ministry there is real) stay within ``max_flags_per_1000_words`` of their ``words``: the native false-flag rate
    the detector is held to, measured on text it was not fitted on. With none within it, the highest."""
    labels, written = _labels_and_written(data)
    allowed = max_flags_per_1000_words * max(1, words) / 1000
    chosen: tuple[float, dict] | None = None
    for t in np.arange(0.95, 0.345, -0.01):
        stats = stats_at(labels, written, probs, words, float(t))
        if chosen is not None and stats["written_flags"] > allowed:
            break
        chosen = (stats["threshold"], stats)
        if stats["written_flags"] > allowed:
            break  # not even the highest threshold keeps within the budget
    assert chosen is not None
    return chosen


def _labels_and_written(data: list[tuple[str, Candidate]]) -> tuple[np.ndarray, np.ndarray]:
    """Which examples are calques, and which are terms of the articles as written (the native text)."""
    return np.array([bool(c.label) for _, c in data]), np.array([bool(c.as_written) for _, c in data])


def stats_at(labels: np.ndarray, written: np.ndarray, probs: np.ndarray, words: int, threshold: float) -> dict:
    """Out-of-fold counts at ``threshold``: calques found, false flags, and flags on the articles as written."""
    flagged = probs >= threshold
    stats = {"threshold": round(threshold, 3), "found": int((flagged & labels).sum()),
             "positives": int(labels.sum()), "false": int((flagged & ~labels).sum()),
             "negatives": int((~labels).sum()), "written_flags": int((flagged & written).sum()), "words": words}
    stats["flags_per_1000_words"] = round(1000 * stats["written_flags"] / max(1, words), 4)
    return stats


def train_institutions(data_dir: Path, out_dir: Path, l2: float = 3.0,
                       max_flags_per_1000_words: float = MAX_FLAGS_PER_1000_WORDS,
                       negative_weight: float = 1.0, say: Callable[[str], None] = print,
                       encoder: ContextEncoder | None = None,
                       context_threshold: float | None = CONTEXT_THRESHOLD,
                       reader: LikelihoodScorer | None = None,
                       reading_threshold: float | None = READING_THRESHOLD) -> dict:
    """Fit the plain second opinion into ``out_dir/weights.json`` and, with an ``encoder``, the context one (the
    same features plus the encoder's reading of the term's sentences) into ``weights-e5.json``; with a ``reader``
    as well, the reading one (those features plus the language model's readings, institution_reading) into
    ``weights-e5-lm.json``. The model card records each."""
    started = time.monotonic()
    files = list(text_files(data_dir, "institution training"))
    articles, words = len(files), sum(len(text.split()) for _, text in files)
    if reader is not None and encoder is None:
        raise ValueError("the reading model reads the context features too: pass an encoder with the reader")
    data = examples(data_dir, say=say, files=files, encoder=_Remembering(encoder) if encoder is not None else None,
                    reader=_RememberingReader(reader) if reader is not None else None)
    labels = Counter(bool(c.label) for _, c in data)
    say(f"{len(data)} examples: {labels[True]} calques, {labels[False]} real ministries or untouched terms")
    if not labels[True] or not labels[False]:
        raise ValueError(f"the articles in {data_dir} give {labels[True]} calques and {labels[False]} real ministries "
                         "for the second opinion to learn from; it needs both: articles naming US departments and "
                         "other countries' ministries")
    plain = [(stem, _without(c, "ctx_", "lm_")) for stem, c in data if not c.context_only]
    card = {"version": out_dir.name, "feature_version": FEATURE_VERSION, "articles": articles,
            "articles_with_examples": len({s for s, _ in data}), "examples": len(data), "calques": labels[True],
            "l2": l2, "negative_weight": negative_weight,
            "max_flags_per_1000_words": max_flags_per_1000_words, "seeds": list(SEEDS)}
    scorer, card["out_of_fold"], card["features"] = _fit_scorer(plain, words, out_dir.name, l2, negative_weight,
                                                               max_flags_per_1000_words, "plain", say)
    outputs = {"weights.json": scorer}
    if encoder is not None:
        with_context = [(stem, _without(c, "lm_")) for stem, c in data]
        scorer, at, n = _fit_scorer(with_context, words, out_dir.name, l2, negative_weight, max_flags_per_1000_words,
                                    f"with {encoder.name} context", say, threshold=context_threshold)
        outputs["weights-e5.json"] = replace(scorer, encoder=encoder.name, context_dim=encoder.dim,
                                           context_scale=CONTEXT_SCALE)
        card["context"] = {"encoder": encoder.name, "dim": encoder.dim, "scale": CONTEXT_SCALE, "out_of_fold": at,
                           "features": n, "threshold_from": "out of fold" if context_threshold is None else "given"}
    if encoder is not None and reader is not None:
        scorer, at, n = _fit_scorer(data, words, out_dir.name, l2, negative_weight, max_flags_per_1000_words,
                                    f"with {encoder.name} context and {reader.name} readings", say,
                                    threshold=reading_threshold)
        outputs["weights-e5-lm.json"] = replace(scorer, encoder=encoder.name, context_dim=encoder.dim,
                                              context_scale=CONTEXT_SCALE, reader=reader.name,
                                              reading_scale=READING_SCALE)
        card["reading"] = {"reader": reader.name, "scale": READING_SCALE, "out_of_fold": at, "features": n,
                           "threshold_from": "out of fold" if reading_threshold is None else "given"}
    card["train_seconds"] = round(time.monotonic() - started, 1)
    out_dir.mkdir(parents=True, exist_ok=True)  # only once every model is fitted: nothing half-written
    for name, fitted in outputs.items():
        _write(out_dir / name, fitted)
    (out_dir / "model_card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return card


def _fit_scorer(data: list[tuple[str, Candidate]], words: int, version: str, l2: float, negative_weight: float,
                max_flags_per_1000_words: float, name: str, say: Callable[[str], None],
                threshold: float | None = None) -> tuple[InstitutionScorer, dict, int]:
    """The scorer fitted on all of ``data``, its threshold chosen out of fold (or the one given); with the
    out-of-fold statistics at that threshold and its number of weights."""
    probs = out_of_fold(data, l2, negative_weight)
    if threshold is None:
        threshold, at = choose_threshold(data, probs, words, max_flags_per_1000_words)
    else:
        at = stats_at(*_labels_and_written(data), probs, words, threshold)
    say(f"{name}: out of fold at threshold {threshold}: {at['found']}/{at['positives']} calques, "
        f"{at['false']}/{at['negatives']} false; on the articles as written {at['written_flags']} flags in "
        f"{words} words ({at['flags_per_1000_words']} per 1000)")
    vocab = vocabulary_of(data)
    w, b = fit([c for _, c in data], vocab, l2, negative_weight)
    weights = {k: round(float(v), 5) for k, v in zip(vocab, w) if abs(v) >= 1e-4}
    return InstitutionScorer(version, weights, round(b, 5), threshold), at, len(weights)


class _Remembering:
    """The encoder with each text embedded once: an article as written and its six injected copies share most of
    their terms' contexts (a document's own cache, in institution_context, ends with the document)."""

    def __init__(self, encoder: ContextEncoder) -> None:
        self.name, self.dim = encoder.name, encoder.dim
        self._encoder = encoder
        self._seen: dict[str, np.ndarray] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.array(_each_once(self._seen, texts, self._encoder.embed))


class _RememberingReader:
    """The reader with each pair scored once: an article's injected copies share most of their terms' readings."""

    def __init__(self, reader: LikelihoodScorer) -> None:
        self.name = reader.name
        self._reader = reader
        self._seen: dict[tuple[str, str], float] = {}

    def log_likelihood_differences(self, pairs: list[tuple[str, str]]) -> list[float]:
        return _each_once(self._seen, pairs, self._reader.log_likelihood_differences)


def _each_once(seen: dict[Any, Any], texts: list[Any], compute: Callable[[list[Any]], Iterable[Any]]) -> list[Any]:
    """``compute``'s value for each text, asked only for the texts not ``seen`` yet (each once), and kept."""
    missing = [t for t in dict.fromkeys(texts) if t not in seen]
    if missing:
        seen.update(zip(missing, compute(missing), strict=True))
    return [seen[t] for t in texts]


def _without(cand: Candidate, *prefixes: str) -> Candidate:
    """The candidate without the features a model does not read (``ctx_``: the encoder's, ``lm_``: the reader's)."""
    return replace(cand, features={k: v for k, v in cand.features.items() if not k.startswith(prefixes)})


def _write(path: Path, scorer: InstitutionScorer) -> None:
    path.write_text(json.dumps(scorer.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
