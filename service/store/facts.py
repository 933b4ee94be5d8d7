"""The surface facts two claims about one subject must agree on: figures, dates, negation, direction.

Read with the checks' own tokenizer and per-language words (``service/stages/checks``), so "5,1 %" and
"5.1%", or "3 millions" and "3 million", are one figure whatever the claim's language.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from service.stages.checks.facts import extract_facts, find_dates
from service.stages.checks.lexicon import get_check_words

T = TypeVar("T")


@dataclass(frozen=True)
class ClaimSurface:
    """What a restatement keeps: its figures, its dates, whether it is negated, which way it says things move."""

    numbers: frozenset[float]
    dates: frozenset[tuple[int | None, int | None]]  # (month, day) of each dated mention
    months: frozenset[int]
    negated: bool
    directions: frozenset[int]  # +1 for "rose", -1 for "fell"


@lru_cache(maxsize=4096)
def surface_of(text: str, language: str | None) -> ClaimSurface:
    """The surface facts of one claim's text, read with the words of its language."""
    facts = extract_facts(text, language)
    words = get_check_words(language)
    dates = frozenset((d.month, d.day) for d in find_dates(text, language) if d.month and d.day)
    return ClaimSurface(
        numbers=frozenset(facts.numbers),
        dates=dates,
        months=frozenset(facts.months),
        # An odd count: "not without reason" asserts, "did not" denies.
        negated=len(facts.negations) % 2 == 1,
        directions=frozenset(words.direction[t.lower] for t in facts.tokens if t.lower in words.direction),
    )


def disagreement(a: ClaimSurface, b: ClaimSurface) -> str | None:
    """Why the two claims cannot both hold ('figure', 'date', 'negation', 'direction'), or None."""
    if _each_has_its_own(a.numbers, b.numbers, _same_number):
        return "figure"
    if _each_has_its_own(a.dates, b.dates) or _each_has_its_own(a.months, b.months):
        return "date"
    if a.negated != b.negated:
        return "negation"
    if len(a.directions) == 1 and len(b.directions) == 1 and a.directions != b.directions:
        return "direction"
    return None


def _each_has_its_own(a: Collection[T], b: Collection[T], same: Callable[[T, T], bool] = operator.eq) -> bool:
    # A figure replaced by another, not one merely added: "3 million, one of the largest" still restates "3 million".
    only_a = any(not any(same(x, y) for y in b) for x in a)
    only_b = any(not any(same(y, x) for x in a) for y in b)
    return only_a and only_b


def _same_number(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-6)
