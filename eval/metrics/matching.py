"""Greedy one-to-one matching and P/R/F1, shared by the span metrics."""

from __future__ import annotations


def greedy_pairs(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """(pred, gold) pairs from (overlap, pred, gold) candidates: largest overlap first, then index order."""
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def prf(matched: int, pred: int, gold: int) -> dict[str, float | None]:
    """Precision = matched/pred, recall = matched/gold, F1 = 2·matched/(pred+gold); None when undefined."""
    return {
        "precision": matched / pred if pred else None,
        "recall": matched / gold if gold else None,
        "f1": 2 * matched / (pred + gold) if pred + gold else None,
    }


def sum_counts(stats: list[dict]) -> dict[str, int]:
    """Key-wise sum of per-document count dicts (micro-averaging starts here)."""
    total: dict[str, int] = {}
    for item in stats:
        for key, value in item.items():
            total[key] = total.get(key, 0) + value
    return total
