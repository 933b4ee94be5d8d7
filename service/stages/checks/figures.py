"""Figure conflicts: one quantity reported with two different numbers in the same article.

Two figures are read as the same quantity when they have the same unit (or name the same counted thing:
deaths, injuries, inflation), are told about the same subject (a shared name or the same words around
the number), sit in sentences on the same topic, and are not dated differently in their own clauses.
A figure called expected, earlier or compared with, and a larger one called an update, is not a conflict.
Two different dates for when one rule takes effect are flagged the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from service.contracts import Check, Span
from service.languages.common_checks import (
    ABOUT,
    AGE_WORDS,
    AT_LEAST,
    AT_MOST,
    CONDITIONALS,
    EARLIER,
    FIGURE_FUNCTION_WORDS,
    MEASURE_UNITS,
    MODIFIER_SUFFIXES,
    PERCENT_WORDS,
    PERCENTAGE_POINTS,
    POINT_WORDS,
    RANGE_WORDS,
    SCALES,
    UNIT_ELISIONS,
    UNIT_SKIP,
    UNSPACED_DATE_UNITS,
    UNSPACED_SCALES,
)
from service.stages.checks.facts import (
    Token,
    find_dates,
    month_table,
    parse_number,
    readable_number,
    spelled_at,
)
from service.stages.checks.lexicon import FALLBACK_LANGUAGE, get_check_words
from service.stages.checks.support import DocIndex
from service.stages.quotes.lexicon import get_lexicon

# Cosine above which two sentences can be about the same thing: a loose guard, since restatements far
# apart in an article share few words; the unit, head words and dates do the real matching.
_SAME_TOPIC = 0.3
_SAME_CONTEXT = 0.34
_MAX_VALUES = 3
_COMMON_ZIPF = 5.0
_NEARBY = 1  # sentences
_CONTEXT = 6  # tokens each side of a figure that say what it measures
_HEAD = 3  # content words just before a figure name it ("le déficit public à 5 %")
_CONCEPT_WINDOW = 4
_COMPOUND_MIN = 21  # several words make one number only as a tens-and-unit compound
_SPELLED_FIGURE = 100  # 'two hundred vehicles', 'six cent quarante postes': a count, like its digits
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ABOUT_SLACK = 0.1
_RESTATED_RATIO = 1.5
_OTHER_COUNT_RATIO = 2.0
# "a 40-year-old", "a 30-second speech": a number inside a compound modifier is no quantity claim.
_AGE = re.compile(rf"(?:-[^\W\d]| (?:{AGE_WORDS}))", re.IGNORECASE)
_POINTS = re.compile(PERCENTAGE_POINTS)
_UNSPACED_FIGURE = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|％|{'|'.join(UNSPACED_SCALES)}|[^\d\s，。、；：“”《》（）]?)"
)


@dataclass(frozen=True)
class Figure:
    sentence: int
    names: frozenset[str]  # names in the figure's own stretch of words: its local subject
    unit: str
    value: float
    context: frozenset[str]
    head: frozenset[str]
    event: frozenset[str]  # rare words around the figure other than what it counts: 'collapse', 'Einsturz'
    dates: frozenset[tuple]
    hedged: bool  # expected, estimated, compared with, earlier, or under a condition
    updated: bool
    bound: str  # "min", "max", "about" or ""
    start: int
    end: int


def figure_conflicts(index: DocIndex) -> list[Check]:
    """Contradiction checks for figures, and effective dates, that disagree."""
    figures = [f for i in range(len(index.sentences)) for f in _figures(index, i)]
    values: dict[str, set[float]] = {}
    for figure in figures:
        values.setdefault(figure.unit, set()).add(figure.value)
    # An article quoting many counts of one unit (delegates, poll shares) is tallying, not restating one.
    figures = [f for f in figures if len(values[f.unit]) <= _MAX_VALUES]
    checks: list[Check] = []
    seen: set[tuple[int, int]] = set()
    for a, b in combinations(figures, 2):
        if (a.sentence, b.sentence) in seen or not _conflict(index, a, b):
            continue
        seen.add((a.sentence, b.sentence))
        checks.append(Check(
            kind="contradiction",
            severity="warning",
            explanation=(
                f"two figures for {a.unit.lstrip('=')!r}: {readable_number(a.value)} "
                f"(\u201c{index.text[a.start:a.end]}\u201d) "
                f"and {readable_number(b.value)} (\u201c{index.text[b.start:b.end]}\u201d)"
            ),
            spans=[Span(start=a.start, end=a.end), Span(start=b.start, end=b.end)],
        ))
    return checks + _effective_date_conflicts(index)


def _conflict(index: DocIndex, a: Figure, b: Figure) -> bool:
    if _close(index, a.sentence, b.sentence) or a.unit != b.unit or a.hedged or b.hedged or _compatible(a, b):
        return False
    if b.updated and b.value > a.value:
        return False  # "the toll rose to 15" after "12 dead" is news, not a contradiction
    if a.dates and b.dates and not a.dates & b.dates:
        return False  # "5% in 2019" and "7% in 2020" are two measurements
    shared = len(a.context & b.context) / max(len(a.context | b.context), 1)
    shared_context = shared >= _SAME_CONTEXT
    # A counted thing (the dead) told around the same rare event word ('Einsturz') is one toll, even where
    # the two sentences are worded too differently for the cosine (German restatements score about 0.27).
    concept = a.unit.startswith("=")
    # One counted thing restated with a nearby number ('640 salariés' ... '580 salariés') is one count told twice,
    # however differently the words around it run; a far-apart number of the same thing is another count.
    ratio = max(a.value, b.value) / max(min(a.value, b.value), 1e-9)
    if _counted_noun(a.unit) and ratio > _OTHER_COUNT_RATIO:
        return False  # '420 workers' at a plant and '9,500 workers' in the group count two things
    restated = _counted_noun(a.unit) and ratio <= _RESTATED_RATIO
    if not (shared_context or a.head & b.head or concept or restated):
        return False
    # Names on both sides that never meet mean two subjects ("Tulsa's 13" and "Charlotte's 707").
    if a.names and b.names and not a.names & b.names:
        return False
    return _same_topic(index, a.sentence, b.sentence) or (concept and bool(a.event & b.event)) or restated


def _counted_noun(unit: str) -> bool:
    """'vehicles', 'salariés', 'medici': a unit that is itself the subject, unlike '%', 'euros' or 'days'."""
    return unit.isalpha() and unit not in MEASURE_UNITS


def _close(index: DocIndex, i: int, j: int) -> bool:
    """Figures in one paragraph within a few sentences are a list ("white: 33%; Hispanic: 36%"), not a restatement."""
    first, second = index.sentences[min(i, j)], index.sentences[max(i, j)]
    return first.paragraph == second.paragraph and abs(i - j) <= _NEARBY


def _compatible(a: Figure, b: Figure) -> bool:
    """True when the two numbers can both hold: equal, or within what a bound or estimate allows."""
    if a.value == b.value:
        return True
    for x, y in ((a, b), (b, a)):
        if (x.bound == "min" and y.value >= x.value) or (x.bound == "max" and y.value <= x.value):
            return True
        if x.bound == "about" and abs(y.value - x.value) <= _ABOUT_SLACK * x.value:
            return True
    return False


def _earlier(text: str, start: int) -> bool:
    """'rose from 19', 'down from 7%', 'contre 48 %': the figure before the change, not the one now told."""
    before = " " + text[max(0, start - 20):start].lower().rstrip()
    return any(before.endswith(" " + w) for w in EARLIER)


def _bound(text: str, start: int) -> str:
    before = " " + text[max(0, start - 20):start].lower().rstrip()
    for words, kind in ((AT_LEAST, "min"), (AT_MOST, "max"), (ABOUT, "about")):
        if any(before.endswith(" " + w) for w in words):
            return kind
    return ""


def _same_topic(index: DocIndex, i: int, j: int) -> bool:
    return index.vectors is not None and float(index.vectors[i] @ index.vectors[j]) >= _SAME_TOPIC


def _figures(index: DocIndex, i: int) -> list[Figure]:
    words = get_check_words(index.language)
    if words.counts_characters:
        return _unspaced_figures(index, i)
    sentence = index.sentences[i]
    text, language = sentence.text, index.language
    tokens = index.facts[i].tokens
    concepts = words.quantity_concepts
    # German capitalises "Teuerung": a counted thing is not a subject name.
    names = frozenset(n for n in index.facts[i].names if n not in concepts)
    date_spans = [(d.start, d.end) for d in find_dates(text, language)]
    # "If they are Hispanic, the rate is 36 percent": a figure under a condition is not asserted.
    conditional = any(t.lower in CONDITIONALS for t in tokens)
    cues = get_lexicon(language).cues
    out = []
    read_to = -1  # the last token of a number already read in words ('tres' in 'treinta y tres')
    for k, tok in enumerate(tokens):
        spelled = not tok.text[:1].isdigit()
        if k <= read_to:
            continue
        value, k_end = spelled_at(text, tokens, k, language, compound_min=_COMPOUND_MIN) if spelled \
            else (parse_number(tok.text, language), k)
        read_to = k_end
        if value is None or any(s <= tok.start < e for s, e in date_spans):
            continue
        if _YEAR.fullmatch(tok.text) or len(re.sub(r"\D", "", tok.text)) > 9 or _AGE.match(text[tok.end:]):
            continue  # a year is an anchor, not a quantity; a long digit run is an identifier
        if _in_range(tokens, k) or re.match(r"\s*[-–]\s*\d", text[tok.end:]):
            continue  # "between 5,000 and 15,000" is one range, not two figures
        rest = tokens[k_end + 1:k_end + 6]
        if rest and rest[0].lower in SCALES:
            value *= SCALES[rest[0].lower]
            rest = rest[1:]
        unit = _unit(text, tokens[k_end], rest, tokens, k, concepts)
        if unit is None or (spelled and value < _SPELLED_FIGURE and not unit.startswith("=")):
            continue  # a small spelled number is a claim when it counts dead or injured, not in 'two men', 'three days'
        start, end = _clause(text, tok.start, tokens[k_end].end)
        clause_tokens = [t for t in tokens if start <= t.start < end]
        lo = max(0, k - _CONTEXT)
        window = tokens[lo:k + _CONTEXT + 1]
        local_names = frozenset(t.lower for n, t in enumerate(window, lo)
                                if t.lower in names and not _speaking(tokens, n, names, cues))
        context = frozenset(_stem(t) for t in window if _content(t) and _stem(t) != unit and not _unit_word(t))
        head = frozenset(_stem(t) for t in tokens[max(0, k - _HEAD):k]
                         if _content(t) and not _bound_word(t) and not _unit_word(t) and _rare(t.lower, language))
        event = frozenset(_stem(t) for t in window
                          if _content(t) and t.lower not in concepts and _rare(t.lower, language))
        lowered = {t.lower for t in clause_tokens}
        dates = frozenset(d.key for d in find_dates(text[start:end], language))
        dates |= {("year", t.text) for t in clause_tokens if _YEAR.fullmatch(t.text)}
        dates |= {("month", m) for m in index.facts[i].months if _month_in(clause_tokens, m, index)}
        out.append(Figure(i, local_names, unit, value, context, head, event, dates,
                          bool(lowered & words.hedges) or conditional or _earlier(text, tok.start),
                          bool(lowered & words.updates), _bound(text, tok.start),
                          sentence.start + start, sentence.start + end))
    units = [f.unit for f in out if not f.hedged]
    # "49 percent to 47 percent" compares two quantities in one breath; it is not one claim.
    return [f for f in out if not f.hedged and units.count(f.unit) == 1]


def _speaking(tokens: list[Token], n: int, names: frozenset[str], cues: frozenset[str]) -> bool:
    """'the Kenya Red Cross said 15 people had died': a name whose phrase runs into a saying verb is the source of
    the figure, not its subject, so it does not make the figure another subject's."""
    k = n + 1
    while k < len(tokens) and tokens[k].lower in names:
        k += 1
    return k < len(tokens) and tokens[k].lower in cues


def _in_range(tokens: list[Token], k: int) -> bool:
    def number(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].text[:1].isdigit()

    before = k > 0 and tokens[k - 1].lower in RANGE_WORDS and number(k - 2)
    after = k + 1 < len(tokens) and tokens[k + 1].lower in RANGE_WORDS and number(k + 2)
    return before or after


def _unit(
    text: str, tok: Token, rest: list[Token], tokens: list[Token], k: int, concepts: Mapping[str, str]
) -> str | None:
    window = range(max(0, k - _CONCEPT_WINDOW), min(len(tokens), k + _CONCEPT_WINDOW + 1))
    nearby = [(abs(j - k), concept) for j in window if (concept := _concept_at(tokens, j, concepts)) is not None]
    if nearby:
        return "=" + min(nearby)[1]  # the counted thing, whatever word follows the number
    following = text[tok.end:tok.end + 30].lower().lstrip()
    if _POINTS.match(following):
        return "points"  # a gap between two shares, not a share
    if tok.text.endswith("%") or following.startswith(PERCENT_WORDS):
        return "%"
    # Modifiers before the counted noun ("35 randomly selected precincts") are not the unit.
    unit = next((_unelided(t.lower) for t in rest if t.lower not in UNIT_SKIP and not _modifier(t.lower)), None)
    if unit is None or not unit.isalpha() or len(unit) < 3 or unit in FIGURE_FUNCTION_WORDS:
        return None  # "1,410 while ..." names no unit
    return unit[:5]


def _unelided(word: str) -> str:
    """"d'euros" is 'of euros': the unit is the word after the elided preposition."""
    return next((word[len(e):] for e in UNIT_ELISIONS if word.startswith(e) and len(word) > len(e)), word)


def _concept_at(tokens: list[Token], j: int, concepts: Mapping[str, str]) -> str | None:
    """The counted thing named at token j, by one word ('Tote') or two ('ums Leben': 'Leben' alone is 'life')."""
    if tokens[j].lower in concepts:
        return concepts[tokens[j].lower]
    pair = tokens[j].lower + " " + tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return concepts.get(pair)


def _modifier(word: str) -> bool:
    return len(word) > 5 and word.endswith(MODIFIER_SUFFIXES) and word not in FIGURE_FUNCTION_WORDS


def _month_in(tokens: list[Token], month: int, index: DocIndex) -> bool:
    table = month_table(index.language)
    return any(table.get(t.lower) == month for t in tokens)


@lru_cache(maxsize=65536)
def _rare(word: str, language: str) -> bool:
    """Distinctive enough to name a quantity: 'deficit' is, 'takes' and 'been' are not."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, language) < _COMMON_ZIPF
    except LookupError:  # a language wordfreq has no list for ('gcf'): English is the usual wire fallback
        return zipf_frequency(word, FALLBACK_LANGUAGE) < _COMMON_ZIPF


def _unit_word(tok: Token) -> bool:
    return tok.lower in PERCENT_WORDS or tok.lower in POINT_WORDS or tok.lower in SCALES


def _bound_word(tok: Token) -> bool:
    return any(tok.lower in words.split() for words in AT_LEAST + AT_MOST + ABOUT)


def _content(tok: Token) -> bool:
    return len(tok.lower) >= 4 and tok.lower not in FIGURE_FUNCTION_WORDS and not tok.lower[:1].isdigit()


def _stem(tok: Token) -> str:
    return tok.lower[:5]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): up to commas, semicolons, quote marks or sentence punctuation."""
    stops = ",;:“”«»\"()"
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    if _inside_number(text, start - 1):
        while start < end and (text[start].isdigit() or _inside_number(text, start)):
            start += 1  # the clause opens inside '15,000': it opens after that number
    while end < len(text) and text[end] not in stops + "!?" and not (
        text[end] == "." and not text[end + 1:end + 2].isdigit()
    ):
        end += 1
    while end < len(text) and (text[end].isdigit() or _inside_number(text, end)):
        end += 1  # the comma of '15,000' ends the clause only after the number, which is shown whole
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1  # a dateline's dash ('NAIROBI (AP) — A bus crash …') opens no clause
    return start, end


def _inside_number(text: str, at: int) -> bool:
    """A separator between digits ('15,000', '2.5') is part of the figure, not the clause's end."""
    return 0 < at < len(text) - 1 and text[at] in ",." and text[at - 1].isdigit() and text[at + 1].isdigit()


def _unspaced_figures(index: DocIndex, i: int) -> list[Figure]:
    # Chinese has no spaces: the characters right before a number say what it measures ("平均增产20%").
    sentence = index.sentences[i]
    out = []
    for match in _UNSPACED_FIGURE.finditer(sentence.text):
        unit = match.group("unit")
        if not unit or unit in UNSPACED_DATE_UNITS:
            continue
        head = sentence.text[max(0, match.start() - 2):match.start()]
        if len(head) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in head):
            continue
        start = max(0, match.start() - 8)
        out.append(Figure(i, frozenset(), unit, float(match.group("num")), frozenset({head}), frozenset({head}),
                          frozenset(), frozenset(), False, False, "", sentence.start + start,
                          sentence.start + match.end()))
    return out


def _effective_date_conflicts(index: DocIndex) -> list[Check]:
    phrases = get_check_words(index.language).effective
    found = []
    for i, sentence in enumerate(index.sentences):
        lowered = sentence.text.lower()
        for phrase in phrases:
            at = lowered.find(phrase)
            if at < 0:
                continue
            dates = [d for d in find_dates(sentence.text, index.language) if d.month and d.day]
            if dates:
                date = min(dates, key=lambda d: abs(d.start - at))
                start, end = min(at, date.start), max(at + len(phrase), date.end)
                found.append((i, (date.month, date.day), sentence.start + start, sentence.start + end))
            break
    checks = []
    for (i, key_a, sa, ea), (j, key_b, sb, eb) in combinations(found, 2):
        if i != j and key_a != key_b and _same_topic(index, i, j):
            checks.append(Check(
                kind="contradiction",
                severity="warning",
                explanation=(f"two dates for when the same rules take effect: \u201c{index.text[sa:ea]}\u201d "
                             f"and \u201c{index.text[sb:eb]}\u201d"),
                spans=[Span(start=sa, end=ea), Span(start=sb, end=eb)],
            ))
    return checks
