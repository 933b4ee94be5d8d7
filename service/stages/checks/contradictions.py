"""Contradictions inside one article: two statements about the same subject and time anchor that disagree.

A statement is a polarity predicate (ban/lift, open/close, allow/forbid, rise/fall; a nearby negation
or a reverser such as "lifted" flips it) tied to its nearest name (the subject) and its nearest date
(the anchor). Two statements from different sentences with the same subject and anchor and opposite
polarity on the same axis are flagged; figures that disagree are found in ``figures``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

from service.contracts import Check, Span
from service.stages.checks.facts import Facts, Token, find_dates
from service.stages.checks.figures import figure_conflicts
from service.stages.checks.lexicon import get_check_words
from service.stages.checks.support import DocIndex

_REVERSER_WINDOW = 4  # tokens between "ban" and "lifted" in "the ban will be lifted"
_NEGATION_WINDOW = 3
_ANCHOR_CHARS = 160  # a date further away than this belongs to another clause
_LONG_CLAUSE = 120
_SUBJECT_WINDOW = 4  # tokens between a counted thing and its verb: "Inflation in the euro zone fell"
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Anchor:
    """When a statement holds: a full date, or a bare month or year ("fell in March", "rose in 2023")."""

    start: int
    end: int
    key: tuple


@dataclass(frozen=True)
class Statement:
    sentence: int
    axis: str
    polarity: int
    subject: str
    subject_text: str
    anchor: tuple
    anchor_text: str
    start: int  # absolute offsets of the clause carrying the statement
    end: int


def find_contradictions(index: DocIndex) -> list[Check]:
    """Contradiction checks, one per conflicting pair, each with both spans."""
    statements = [s for i in range(len(index.sentences)) for s in _statements(index, i)]
    checks: list[Check] = []
    seen: set[tuple[int, int]] = set()
    for a, b in combinations(statements, 2):
        if a.sentence == b.sentence or (a.sentence, b.sentence) in seen:
            continue
        if a.axis == b.axis and a.subject == b.subject and a.anchor == b.anchor and a.polarity != b.polarity:
            seen.add((a.sentence, b.sentence))
            checks.append(_check(index, a, b))
    checks += figure_conflicts(index)
    return checks


def _check(index: DocIndex, a: Statement, b: Statement) -> Check:
    text = index.text
    first, second = text[a.start:a.end], text[b.start:b.end]
    return Check(
        kind="contradiction",
        severity="warning",
        explanation=(
            f"The article says {a.subject_text} {_verb(a)} around {a.anchor_text} (\u201c{first}\u201d) "
            f"but also that {b.subject_text} {_verb(b)} around {b.anchor_text} (\u201c{second}\u201d); "
            "both cannot hold for the same subject and date."
        ),
        spans=[Span(start=a.start, end=a.end), Span(start=b.start, end=b.end)],
    )


def _verb(statement: Statement) -> str:
    if statement.axis == "direction":
        return "goes up" if statement.polarity > 0 else "goes down"
    return "is allowed or restored" if statement.polarity > 0 else "is banned or closed"


def _statements(index: DocIndex, i: int) -> list[Statement]:
    sentence = index.sentences[i]
    language = index.language
    tokens = index.facts[i].tokens
    words = get_check_words(language)
    dates = _anchors(sentence.text, index.facts[i], language)
    if not dates:
        return []
    polarity, direction, reversers, negations = words.polarity, words.direction, words.reversers, words.negations
    names = [t for t in tokens if t.lower in index.facts[i].names]
    out: list[Statement] = []
    for k, tok in enumerate(tokens):
        if tok.lower in polarity:
            axis, value = "state", polarity[tok.lower]
        elif tok.lower in direction:
            axis, value = "direction", direction[tok.lower]
        else:
            continue
        if value == 0 or _reversed_elsewhere(tokens, k, polarity, reversers):
            continue  # "ban" in "the ban will be lifted" is counted once, at "lifted"
        if value < 0 and _has_reverser(tokens, k, reversers):
            value = -value
        if any(t.lower in negations for t in tokens[max(0, k - _NEGATION_WINDOW):k]):
            value = -value
        anchor = min(dates, key=lambda d: abs(d.start - tok.start))
        if abs(anchor.start - tok.start) > _ANCHOR_CHARS:
            continue
        subject = _nearest_name(names, tok) or _counted_thing(tokens, k, words.quantity_concepts)
        if subject is None:
            continue
        reverser = _reverser_end(tokens, k, reversers) if value * polarity.get(tok.lower, 0) < 0 else tok.end
        start, end = _clause(sentence.text, min(tok.start, anchor.start, subject.start),
                             max(reverser, anchor.end, subject.end))
        out.append(Statement(i, axis, 1 if value > 0 else -1, _subject_key(subject, words.quantity_concepts),
                             subject.text, anchor.key,
                             sentence.text[anchor.start:anchor.end].rstrip("."), sentence.start + start,
                             sentence.start + end))
    return out


def _anchors(text: str, facts: Facts, language: str | None) -> list[Anchor]:
    """Full dates, and the bare months and years outside them: "fell in March" is the commonest economics anchor."""
    dates = [Anchor(d.start, d.end, d.key) for d in find_dates(text, language)]
    words = get_check_words(language)
    months = {name: n for n, name in enumerate(words.months, 1)}  # full names: 'mar' is also Spanish for sea
    inside = [(d.start, d.end) for d in dates]
    for tok in facts.tokens:
        if any(s <= tok.start < e for s, e in inside):
            continue
        if tok.lower in months and (tok.text[:1].isupper() or not words.capitalised_months):
            dates.append(Anchor(tok.start, tok.end, ("month", months[tok.lower])))
        elif _YEAR.fullmatch(tok.text):
            dates.append(Anchor(tok.start, tok.end, ("year", int(tok.text))))
    return dates


def _counted_thing(tokens: list[Token], k: int, concepts: Mapping[str, str]) -> Token | None:
    """Without a name, what is counted is the subject: 'Inflation fell to 3.2%' and 'Inflation rose to 3.9%'."""
    before = tokens[max(0, k - _SUBJECT_WINDOW):k]
    return next((t for t in reversed(before) if t.lower in concepts), None)


def _subject_key(subject: Token, concepts: Mapping[str, str]) -> str:
    # 'inflation' and 'Teuerung' are one subject: the counted thing's concept, not its word.
    return "=" + concepts[subject.lower] if subject.lower in concepts else subject.lower


def _has_reverser(tokens: list[Token], k: int, reversers: frozenset[str]) -> bool:
    window = tokens[max(0, k - _REVERSER_WINDOW):k + _REVERSER_WINDOW + 1]
    return any(t.lower in reversers for t in window)


def _reverser_end(tokens: list[Token], k: int, reversers: frozenset[str]) -> int:
    window = tokens[k:k + _REVERSER_WINDOW + 1]
    found = [t.end for t in window if t.lower in reversers]
    return found[-1] if found else tokens[k].end


def _reversed_elsewhere(tokens: list[Token], k: int, polarity: Mapping[str, int], reversers: frozenset[str]) -> bool:
    # A positive word next to a reverser is itself reversed ("open" in "end the open season"); skip it.
    return polarity.get(tokens[k].lower, 0) > 0 and _has_reverser(tokens, k, reversers)


def _nearest_name(names: list[Token], tok: Token) -> Token | None:
    if not names:
        return None
    # The subject usually precedes its predicate; a name after it is a fallback ("closed for TikTok").
    before = [n for n in names if n.end <= tok.start]
    pool = before or names
    return min(pool, key=lambda n: abs(n.start - tok.start))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the clause around it, never past sentence punctuation or quote marks."""
    core = (start, end)
    stops = ",;:“”«»\"()"
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    while end < len(text) and text[end] not in stops + ".!?":
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > _LONG_CLAUSE and end - start > 1.5 * (core[1] - core[0]):
        return core  # an unpunctuated run-on: the words that carry the statement say more
    return start, end
