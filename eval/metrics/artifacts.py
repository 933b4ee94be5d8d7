"""MT-artifact detection: span precision/recall, correct-suggestion rate, false flags per 1000 words.

A predicted artifact matches a gold one when their character spans overlap; pairs are matched one
to one, largest overlap first. The category is not required to agree (it is reported separately):
a flag on the right words is useful to an editor even when its label is off.
"""

from __future__ import annotations

import unicodedata

from eval.metrics.matching import greedy_pairs, prf, sum_counts
from eval.tokenize import words


def match_spans(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) index pairs of overlapping character spans, largest overlap first."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap > 0:
                candidates.append((overlap, i, j))
    return greedy_pairs(candidates)


def same_suggestion(pred: str | None, gold: str | None) -> bool:
    """Suggestions compared after Unicode normalisation, case-folding and whitespace collapsing."""
    return _norm(pred) == _norm(gold)


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def doc_stats(text: str, pred: list[dict], gold: list[dict]) -> dict:
    pairs = match_spans(pred, gold)
    return {
        "pred": len(pred),
        "gold": len(gold),
        "matched": len(pairs),
        "suggestion_correct": sum(
            same_suggestion(pred[i].get("suggestion"), gold[j].get("suggestion")) for i, j in pairs
        ),
        "category_correct": sum(pred[i].get("category") == gold[j].get("category") for i, j in pairs),
        "words": len(words(text)),
    }


def aggregate(stats: list[dict]) -> dict:
    total = sum_counts(stats)
    out: dict = {"predicted": total["pred"], "gold": total["gold"]}
    out.update(prf(total["matched"], total["pred"], total["gold"]))
    matched = total["matched"]
    out["suggestion_accuracy"] = total["suggestion_correct"] / matched if matched else None
    out["category_accuracy"] = total["category_correct"] / matched if matched else None
    out["false_flags_per_1000_words"] = (total["pred"] - matched) * 1000 / total["words"] if total["words"] else None
    return out
