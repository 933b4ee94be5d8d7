"""Contradictions inside one article: two statements about the same subject and time anchor that disagree.

A statement is a polarity predicate (ban/lift, open/close, allow/forbid, rise/fall; a nearby negation
or a reverser such as "lifted" flips it) tied to its nearest name (the subject) and its nearest date
(the anchor). Two statements from different sentences with the same subject and anchor and opposite
polarity on the same axis are flagged; so are two figures with the same subject and unit that differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from service.contracts import Check, Span
from service.stages.checks.facts import Token, find_dates, parse_number, tokenize
from service.stages.checks.lexicon import DIRECTION, NEGATIONS, POLARITY, REVERSERS, SCALES, for_language
from service.stages.checks.support import DocIndex

_REVERSER_WINDOW = 4  # tokens between "ban" and "lifted" in "the ban will be lifted"
_NEGATION_WINDOW = 3
_ANCHOR_CHARS = 160  # a date further away than this belongs to another clause
_SAME_TOPIC = 0.45
_LONG_CLAUSE = 120
_CONTEXT = 6  # tokens each side of a figure that say what it measures
_SAME_CONTEXT = 0.3
_FUNCTION_WORDS = frozenset(
    "while and or but in on at of to for with by as the an my his her their its our your this that these "
    "those who which than then when where after before since because if was were has have had is are will "
    "would said says et ou mais dans sur pour avec par les des une und oder aber mit für von bei y o pero con "
    "para por los las".split()
)
_RANGE_WORDS = frozenset("between and to or from entre et bis zwischen und y a".split())  # cosine above which two figures are read as the same quantity
_UNIT_SKIP = frozenset("about around nearly almost some over under more than less of the a an per cent".split())


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


@dataclass(frozen=True)
class Figure:
    sentence: int
    subject: str
    unit: str
    value: float
    context: frozenset[str]
    start: int
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
    checks += _figure_conflicts(index)
    return checks


def _title(name: str) -> str:
    return name[:1].upper() + name[1:]


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
    dates = [d for d in find_dates(sentence.text, language)]
    if not dates:
        return []
    polarity = for_language(POLARITY, language)
    direction = for_language(DIRECTION, language)
    reversers = for_language(REVERSERS, language)
    negations = for_language(NEGATIONS, language)
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
        subject = _nearest_name(names, tok)
        if subject is None:
            continue
        reverser = _reverser_end(tokens, k, reversers) if value * polarity.get(tok.lower, 0) < 0 else tok.end
        start, end = _clause(sentence.text, min(tok.start, anchor.start, subject.start),
                             max(reverser, anchor.end, subject.end))
        out.append(Statement(i, axis, 1 if value > 0 else -1, subject.lower, subject.text, anchor.key,
                             sentence.text[anchor.start:anchor.end].rstrip("."), sentence.start + start,
                             sentence.start + end))
    return out


def _has_reverser(tokens: list[Token], k: int, reversers: frozenset[str]) -> bool:
    window = tokens[max(0, k - _REVERSER_WINDOW):k + _REVERSER_WINDOW + 1]
    return any(t.lower in reversers for t in window)


def _reverser_end(tokens: list[Token], k: int, reversers: frozenset[str]) -> int:
    window = tokens[k:k + _REVERSER_WINDOW + 1]
    found = [t.end for t in window if t.lower in reversers]
    return found[-1] if found else tokens[k].end


def _reversed_elsewhere(tokens: list[Token], k: int, polarity: dict, reversers: frozenset[str]) -> bool:
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


def _figure_conflicts(index: DocIndex) -> list[Check]:
    figures = [f for i in range(len(index.sentences)) for f in _figures(index, i)]
    checks: list[Check] = []
    for a, b in combinations(figures, 2):
        if a.sentence == b.sentence or a.subject != b.subject or a.unit != b.unit or a.value == b.value:
            continue
        shared = len(a.context & b.context) / max(len(a.context | b.context), 1)
        if shared < _SAME_CONTEXT:
            continue
        if index.vectors is None or float(index.vectors[a.sentence] @ index.vectors[b.sentence]) < _SAME_TOPIC:
            continue
        if _dated_differently(index, a.sentence, b.sentence):
            continue
        checks.append(Check(
            kind="contradiction",
            severity="warning",
            explanation=(
                f"two figures for {a.unit!r} of {_title(a.subject)}: {a.value:g} "
                f"(\u201c{index.text[a.start:a.end]}\u201d) and {b.value:g} (\u201c{index.text[b.start:b.end]}\u201d)"
            ),
            spans=[Span(start=a.start, end=a.end), Span(start=b.start, end=b.end)],
        ))
    return checks


def _figures(index: DocIndex, i: int) -> list[Figure]:
    sentence = index.sentences[i]
    tokens = index.facts[i].tokens
    names = [t for t in tokens if t.lower in index.facts[i].names]
    date_spans = [(d.start, d.end) for d in find_dates(sentence.text, index.language)]
    out = []
    for k, tok in enumerate(tokens):
        value = parse_number(tok.text, index.language)
        if value is None or not tok.text[:1].isdigit() or any(s <= tok.start < e for s, e in date_spans):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", tok.text) or len(re.sub(r"\D", "", tok.text)) > 9:
            continue  # a year is an anchor, not a quantity; a long digit run is an identifier
        before = tokens[k - 1].lower if k else ""
        after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if before in _RANGE_WORDS or after in _RANGE_WORDS:
            continue  # "between 5,000 and 15,000" is one range, not two figures
        rest = tokens[k + 1:k + 6]
        if rest and rest[0].lower in SCALES:
            value *= SCALES[rest[0].lower]
            rest = rest[1:]
        unit = "%" if tok.text.endswith("%") else next((t.lower for t in rest if t.lower not in _UNIT_SKIP), None)
        if unit != "%" and (unit is None or not unit.isalpha() or len(unit) < 3 or _common(unit)):
            continue  # "1,410 while ..." names no unit
        subject = _nearest_name(names, tok)
        if unit is None or subject is None or unit in index.facts[i].names:
            continue
        start, end = _clause(sentence.text, min(tok.start, subject.start), max(tok.end, subject.end))
        context = frozenset(
            t.lower[:5] for t in tokens[max(0, k - _CONTEXT):k + _CONTEXT + 1]
            if len(t.lower) >= 4 and t.lower not in (unit, subject.lower) and not t.lower[:1].isdigit()
        )
        out.append(Figure(i, subject.lower, unit, value, context, sentence.start + start, sentence.start + end))
    units = [f.unit for f in out]
    # "49 percent to 47 percent" compares two quantities in one breath; it is not one claim.
    return [f for f in out if units.count(f.unit) == 1]


def _common(word: str) -> bool:
    return word in _FUNCTION_WORDS


def _dated_differently(index: DocIndex, i: int, j: int) -> bool:
    # "5% in 2019" and "7% in 2020" are two measurements, not a conflict.
    a = {d.key for d in find_dates(index.sentences[i].text, index.language)}
    b = {d.key for d in find_dates(index.sentences[j].text, index.language)}
    years_a = {t.text for t in index.facts[i].tokens if re.fullmatch(r"(?:1[89]|20)\d\d", t.text)}
    years_b = {t.text for t in index.facts[j].tokens if re.fullmatch(r"(?:1[89]|20)\d\d", t.text)}
    return (bool(a or b) and a != b) or (bool(years_a or years_b) and years_a != years_b)
