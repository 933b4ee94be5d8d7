"""Claim-matching scores: retrieval (recall@k, MRR) over ranks, and labelling (per-label P/R/F1, confusion)."""

from __future__ import annotations

from collections.abc import Sequence

# What a pair is predicted as when the store does not return the target (or gives it no label).
UNRELATED = "unrelated"
# The labels the store gives, in the order reports list them; "unrelated" is the fifth class.
RELATED_LABELS = ("corroborating", "paraphrase", "misattributed", "conflicting")
CLASSES = (*RELATED_LABELS, UNRELATED)


def retrieval(ranks: Sequence[int | None], k: int = 5) -> dict[str, float | int | None]:
    """Recall@k and mean reciprocal rank over 1-based ranks (None: not returned, reciprocal rank 0)."""
    if not ranks:
        return {"pairs": 0, f"recall@{k}": None, "mrr": None, "found": 0}
    return {
        "pairs": len(ranks),
        f"recall@{k}": sum(rank is not None and rank <= k for rank in ranks) / len(ranks),
        "mrr": sum(1 / rank for rank in ranks if rank is not None) / len(ranks),
        "found": sum(rank is not None for rank in ranks),
    }


def labelling(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Per-class precision/recall/F1 (None when undefined), the confusion matrix (gold -> predicted -> n),
    macro F1 over the four related labels that have any gold or prediction, and accuracy over five classes."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    per_label: dict[str, dict[str, float | int | None]] = {}
    for label in CLASSES:
        hits = sum(g == p == label for g, p in zip(gold, predicted))
        n_gold, n_predicted = list(gold).count(label), list(predicted).count(label)
        precision = hits / n_predicted if n_predicted else None
        recall = hits / n_gold if n_gold else None
        per_label[label] = {
            "precision": precision,
            "recall": recall,
            # F1 = 2·hits/(predicted+gold): 0 when one side is empty, undefined only when both are.
            "f1": 2 * hits / (n_gold + n_predicted) if n_gold + n_predicted else None,
            "gold": n_gold,
            "predicted": n_predicted,
        }
    defined = [f1 for label in RELATED_LABELS if (f1 := per_label[label]["f1"]) is not None]
    confusion = {g: {p: sum(x == g and y == p for x, y in zip(gold, predicted)) for p in CLASSES} for g in CLASSES}
    return {
        "pairs": len(gold),
        "per_label": per_label,
        "confusion": confusion,
        "macro_f1": sum(defined) / len(defined) if defined else None,
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else None,
    }
