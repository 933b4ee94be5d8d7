"""The surface facts two claims about one subject must agree on: figures, dates, negation, direction.

Read with the checks' own tokenizer, number parser and per-language words (``service/stages/checks``),
so "5,1 %" and "5.1%", "3 millions" and "3 million", or "4 000" and "4,000" are one figure whatever the
claim's language.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from service.languages import part_of
from service.languages.common_checks import ABOUT, AT_LEAST, AT_MOST, SCALES
from service.stages.checks.facts import extract_facts, find_dates, parse_number
from service.stages.checks.lexicon import FALLBACK_LANGUAGE, get_check_words, language_code

T = TypeVar("T")

# French, German and Nordic copy group thousands with a (narrow, no-break) space: "4 000", "25 000".
_SPACED_THOUSANDS = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b")
_BOUND_CHARS = 20  # the longest bound phrase ("alrededor de", "innerhalb von") and its spaces
_ABOUT_SLACK = 0.1  # "some 200" is still told as 215, as the checks allow (figures.py)


@dataclass(frozen=True)
class Figure:
    value: float  # with its scale word applied: "3 millions" is 3e6
    written: float  # the digits as written: 3
    scaled: bool  # a known scale word followed the digits
    bound: str = ""  # "min" ("more than 200"), "max" ("up to 200"), "about" ("some 200") or "" (exact)


@dataclass(frozen=True)
class ClaimSurface:
    """What a restatement keeps: its figures, its dates, whether it is negated, which way it says things move."""

    figures: frozenset[Figure]
    dates: frozenset[tuple[int | None, int | None]]  # (month, day) of each dated mention
    months: frozenset[int]
    negated: bool | None  # None: the language has no negation words of its own to tell
    directions: frozenset[int]  # +1 for "rose", -1 for "fell"


@lru_cache(maxsize=4096)
def surface_of(text: str, language: str | None) -> ClaimSurface:
    """The surface facts of one claim's text, read with the words of its language."""
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    facts = extract_facts(text, language)
    words = get_check_words(language)
    dates = frozenset((d.month, d.day) for d in find_dates(text, language) if d.month and d.day)
    figures = set()
    tokens = facts.tokens
    for i, token in enumerate(tokens):
        written = parse_number(token.text, language)
        written = words.fractions.get(token.lower) if written is None else written
        if written is None:
            continue
        scale = SCALES.get(tokens[i + 1].lower) if i + 1 < len(tokens) else None
        value = written * scale if scale else written
        if value in facts.numbers:  # the checks' reading decides what is a figure ('sept' is a month)
            figures.add(Figure(value, written, scale is not None, _bound(text[:token.start])))
    return ClaimSurface(
        figures=frozenset(figures),
        dates=dates,
        months=frozenset(facts.months),
        # Presence, not parity: French "ne ... pas" is one negation written twice.
        negated=bool(facts.negations) if has_own_words(language) else None,
        directions=frozenset(words.direction[t.lower] for t in tokens if t.lower in words.direction),
    )


def disagreement(a: ClaimSurface, b: ClaimSurface) -> str | None:
    """Why the two claims cannot both hold ('figure', 'date', 'negation', 'direction'), or None."""
    if _each_has_its_own(a.figures, b.figures, same_figure):
        return "figure"
    if _each_has_its_own(a.dates, b.dates) or _each_has_its_own(a.months, b.months):
        return "date"
    if a.negated is not None and b.negated is not None and a.negated != b.negated:
        return "negation"
    if len(a.directions) == 1 and len(b.directions) == 1 and a.directions != b.directions:
        return "direction"
    return None


def has_own_words(language: str | None) -> bool:
    """Whether the checks have words for ``language`` itself, not the English ones it would fall back on."""
    code = language_code(language)
    return code == FALLBACK_LANGUAGE or part_of(code, "checks") is not None


def same_figure(x: Figure, y: Figure) -> bool:
    """One figure, also when only one side's scale word is known ("85 miljoen" and "85 million"), or one that
    an exact figure falls within ("more than 200" and "215"); two bounds must be the same figure."""
    if math.isclose(x.value, y.value, rel_tol=1e-6):
        return True
    if not (x.scaled and y.scaled) and math.isclose(x.written, y.written, rel_tol=1e-6):
        return True
    bounded, exact = (x, y) if y.bound == "" else (y, x)
    if exact.bound != "":
        return False
    if bounded.bound == "min":
        return exact.value >= bounded.value
    if bounded.bound == "max":
        return exact.value <= bounded.value
    return bounded.bound == "about" and abs(exact.value - bounded.value) <= _ABOUT_SLACK * bounded.value


def _bound(before: str) -> str:
    """What the words just before a figure make of it: a lower or upper bound, an estimate, or exact."""
    before = " " + before[-_BOUND_CHARS:].lower().rstrip()
    for words, kind in ((AT_LEAST, "min"), (AT_MOST, "max"), (ABOUT, "about")):
        if any(before.endswith(" " + w) for w in words):
            return kind
    return ""


def _each_has_its_own(a: Collection[T], b: Collection[T], same: Callable[[T, T], bool] = operator.eq) -> bool:
    # A figure replaced by another, not one merely added: "3 million, one of the largest" still restates "3 million".
    only_a = any(not any(same(x, y) for y in b) for x in a)
    only_b = any(not any(same(x, y) for x in a) for y in b)
    return only_a and only_b
