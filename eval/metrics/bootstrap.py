"""Percentile bootstrap confidence intervals, resampling whole documents."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

# Below this many documents a resampled interval says more about the sample than the system.
MIN_DOCUMENTS = 5


def bootstrap_ci(
    per_doc: Sequence,
    statistic: Callable[[list], dict],
    keys: Sequence[str],
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
    min_documents: int = MIN_DOCUMENTS,
) -> dict[str, list[float] | None]:
    """[low, high] for each key of ``statistic`` over documents drawn with replacement; None if too few."""
    if len(per_doc) < min_documents:
        return {key: None for key in keys}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {key: [] for key in keys}
    items = list(per_doc)
    for _ in range(resamples):
        result = statistic(rng.choices(items, k=len(items)))
        for key in keys:
            value = result.get(key)
            if isinstance(value, (int, float)):
                draws[key].append(float(value))
    # A resample where a metric is undefined (e.g. no predictions) contributes nothing to it.
    enough = resamples // 2
    return {key: _percentiles(values, level) if len(values) >= enough else None for key, values in draws.items()}


def _percentiles(values: list[float], level: float) -> list[float]:
    values = sorted(values)
    tail = (1 - level) / 2
    return [_quantile(values, tail), _quantile(values, 1 - tail)]


def _quantile(sorted_values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    position = q * (len(sorted_values) - 1)
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)
