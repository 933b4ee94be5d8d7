"""Check metrics: balanced accuracy of support classification, and contradiction recall."""

from __future__ import annotations

SUPPORT_THRESHOLD = 0.5


def balanced_accuracy(gold: list[bool], predicted: list[bool]) -> float | None:
    """Mean of the per-class recalls over the classes present in ``gold`` (as scikit-learn)."""
    recalls = []
    for label in (True, False):
        idx = [i for i, g in enumerate(gold) if g is label]
        if idx:
            recalls.append(sum(predicted[i] is label for i in idx) / len(idx))
    return sum(recalls) / len(recalls) if recalls else None


def support_stats(gold: list[bool], scores: list[float]) -> dict:
    """Per-document pairs kept as lists, so the aggregate can pool sentences across documents."""
    return {"gold": list(gold), "predicted": [s >= SUPPORT_THRESHOLD for s in scores]}


def support_aggregate(stats: list[dict]) -> dict:
    gold = [g for s in stats for g in s["gold"]]
    predicted = [p for s in stats for p in s["predicted"]]
    return {
        "balanced_accuracy": balanced_accuracy(gold, predicted),
        "sentences": len(gold),
        "supported": sum(gold),
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else None,
    }


def _overlaps(span: dict, other: dict) -> bool:
    return span["start"] < other["end"] and other["start"] < span["end"]


def contradiction_stats(checks: list[dict], gold: list[dict]) -> dict:
    """A gold pair is found when one contradiction check has spans overlapping both a and b."""
    flagged = [c for c in checks if c.get("kind") == "contradiction"]
    found = 0
    for pair in gold:
        found += any(
            any(_overlaps(s, pair["a"]) for s in c.get("spans", []))
            and any(_overlaps(s, pair["b"]) for s in c.get("spans", []))
            for c in flagged
        )
    return {"gold": len(gold), "found": found, "flags": len(flagged)}


def contradiction_aggregate(stats: list[dict]) -> dict:
    gold = sum(s["gold"] for s in stats)
    return {
        "recall": sum(s["found"] for s in stats) / gold if gold else None,
        "gold": gold,
        "flags": sum(s["flags"] for s in stats),
        "flags_per_document": sum(s["flags"] for s in stats) / len(stats) if stats else None,
    }
