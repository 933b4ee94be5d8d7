"""Surface facts of a sentence that a faithful summary must not change: names, numbers, dates, negation.

Everything is rule-based and language-light (capitalisation, digits, month and weekday names, a
negation list per language) so it runs in well under a millisecond per sentence and needs no parser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from service.languages.common_checks import (
    DATE_JOINERS,
    DAY_SUFFIXES,
    MONTH_ABBREVIATIONS,
    NAME_FREQUENCY_LANGUAGES,
    NEGATION_CLITIC,
    ORDINAL_SUFFIXES,
    SCALES,
)
from service.stages.checks.lexicon import CheckWords, get_check_words, language_code
from service.tokens import fact_tokens


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


_TOKEN = fact_tokens(NEGATION_CLITIC[0], ORDINAL_SUFFIXES)
_OPENERS = set("\"'“‘«„([")
_ORDINAL_SUFFIX = re.compile(rf"(?:{_alternatives(ORDINAL_SUFFIXES)})$")
# Function words that are capitalised only because they open a sentence or a quote.
_MIN_CONTENT_LEN = 3
_FUNCTION_ZIPF = 6.0
_NOUN_ZIPF = 3.0  # where every noun is capitalised, a name is rarer than this
_COMPOUND_HEAD, _COMPOUND_TAIL = 3, 6  # shortest first part and last noun of a compound common noun


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    initial: bool  # opens the sentence or a quotation, so capitalisation says nothing


@dataclass(slots=True)
class DateMention:
    """A date expression: any of month/day/year/weekday may be missing."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None

    @property
    def key(self) -> tuple:
        return (self.month, self.day, self.weekday)


@dataclass(slots=True)
class Facts:
    tokens: list[Token]
    names: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    negations: list[int] = field(default_factory=list)  # token indices of negation cues
    content: set[str] = field(default_factory=set)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        k = match.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        initial = k < 0 or text[k] in _OPENERS or text[k] in ".!?:;"
        surface = match.group()
        lower = surface.lower().replace("’", "'")
        if lower == NEGATION_CLITIC[0]:
            lower = NEGATION_CLITIC[1]
        tokens.append(Token(surface, lower, match.start(), match.end(), initial))
    return tokens


def stem(word: str) -> str:
    """A crude, language-neutral stem: enough to match 'banned'/'ban' and 'users'/'user'."""
    return word[:5] if len(word) > 5 else word


def parse_number(token: str, language: str | None) -> float | None:
    word = token.lower()
    words = get_check_words(language).number_words
    if word in words:
        return float(words[word])
    digits = _ORDINAL_SUFFIX.sub("", word).rstrip("%")
    if not digits or not digits[0].isdigit() or ":" in digits:
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def spelled_number(phrase: str, language: str | None) -> float | None:
    """A figure in words, one or several: 'nine', 'Twenty-three', 'dreiundzwanzig', 'treinta y tres'."""
    return _spelled_numbers(get_check_words(language)).get(_fold(phrase.lower()))


def _fold(word: str) -> str:
    # 'ventitré' and 'veintitrés' are also written without the accent; compare without it.
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=16)
def _spelled_numbers(words: CheckWords) -> dict[str, float]:
    """Every number word, tens-and-unit compound and hundreds compound of the language, accents folded:
    'dreiundzwanzig' -> 23, 'six cent quarante' -> 640, 'doscientos cincuenta' -> 250."""
    below = _below_hundred(words)
    hundreds = {_fold(w): float(v) for w, v in _hundreds(words).items()}
    table = dict(below)
    table.update(hundreds)
    for hundred, h in hundreds.items():
        for rest, r in below.items():
            if r < 100:
                for joiner in words.hundred_joiners:
                    table[hundred + joiner + rest] = h + r
    return table


def _hundreds(words: CheckWords) -> dict[str, float]:
    """'hundred', 'two hundred', 'zweihundert', 'duecento', 'six cents', and the irregular 'doscientos'."""
    units = {w: v for w, v in {**words.number_words, **words.spelled_numbers, **words.number_parts}.items()
             if 1 <= v <= 9}
    out: dict[str, float] = dict(words.hundreds)
    for hundred in words.hundred_words:
        out[hundred] = 100
        for unit, u in units.items():
            for joiner in ("", " ", "-"):
                out[unit + joiner + hundred] = 100 * u
    return out


def _below_hundred(words: CheckWords) -> dict[str, float]:
    """Every number word and tens-and-unit compound below a hundred."""
    whole = {**words.number_words, **words.spelled_numbers}
    atoms = {**whole, **words.number_parts}
    tens = {w: v for w, v in atoms.items() if v % 10 == 0 and 10 <= v < 100}
    units = {w: v for w, v in atoms.items() if 1 <= v < 20 and v % 10}
    table = {_fold(w): float(v) for w, v in whole.items()}
    for ten, t in tens.items():
        for unit, u in units.items():
            for joiner in words.number_joiners:
                for form in (ten + joiner + unit, unit + joiner + ten):
                    table[_fold(form)] = float(t + u)
            if "" in words.number_joiners and ten[-1] in "aeiou" and unit[0] in "aeiou":
                table[_fold(ten[:-1] + unit)] = float(t + u)  # Italian elides the tens' vowel: 'ventuno', 'trentotto'
    return table


def extract_facts(text: str, language: str | None, known_names: set[str] | frozenset = frozenset()) -> Facts:
    """Facts of one sentence; ``known_names`` are words seen capitalised mid-sentence in the article."""
    tokens = tokenize(text)
    facts = Facts(tokens=tokens)
    words = get_check_words(language)
    months = _month_table(words)
    weekdays = _weekday_table(words)
    negations = words.negations
    fractions = words.fractions
    read_to = -1  # the last token of a number in words already read ('fifty' in 'two hundred and fifty')
    for i, tok in enumerate(tokens):
        low = tok.lower
        if i <= read_to:
            continue
        hundreds, last = _spelled_hundreds(text, tokens, i, language)
        if hundreds is not None:
            facts.numbers.add(hundreds)
            read_to = last
            continue
        if low in months and (tok.text[:1].isupper() or not words.capitalised_months):
            facts.months.add(months[low])
            continue
        if low in weekdays:
            facts.weekdays.add(weekdays[low])
            continue
        if low in negations:
            if _negates(tokens, i, words):
                facts.negations.append(i)
            continue
        value = parse_number(tok.text, language)
        if value is None:
            value = fractions.get(low)
        if value is not None:
            scale = SCALES.get(tokens[i + 1].lower) if i + 1 < len(tokens) else None
            facts.numbers.add(value * scale if scale else value)
            continue
        if _is_name(tok, known_names, language):
            facts.names.add(_name_key(low))
        if len(low) >= _MIN_CONTENT_LEN and not low.isdigit():
            facts.content.add(stem(low))
    return facts


_SPELLED_WORDS = 5  # 'two hundred and fifty', 'doscientos cincuenta y tres': tokens of the longest spelled number
_SPELLED_HUNDREDS = 100


def spelled_at(text: str, tokens: list[Token], i: int, language: str | None, minimum: float = 0.0,
               compound_min: float = 0.0) -> tuple[float | None, int]:
    """The longest number in words opening at token ``i`` and its last token ('Twenty-three', 'treinta y tres',
    'two hundred and fifty'), at least ``minimum``, and at least ``compound_min`` when it spans several tokens."""
    for last in range(min(i + _SPELLED_WORDS - 1, len(tokens) - 1), i - 1, -1):
        value = spelled_number(text[tokens[i].start:tokens[last].end], language)
        if value is not None and value >= minimum and (last == i or value >= compound_min):
            return value, last
    return None, i


def _spelled_hundreds(text: str, tokens: list[Token], i: int, language: str | None) -> tuple[float | None, int]:
    """A number of a hundred or more in words and its last token: 'two hundred' is 200, not the facts 2 and 100."""
    if not tokens[i].text[:1].isalpha() or _fold(tokens[i].lower) not in _hundreds_openers(get_check_words(language)):
        return None, i  # most words open no such number: skip the phrase lookups (this runs for every word)
    return spelled_at(text, tokens, i, language, _SPELLED_HUNDREDS, _SPELLED_HUNDREDS)


@lru_cache(maxsize=16)
def _hundreds_openers(words: CheckWords) -> frozenset[str]:
    """The first word of every number of a hundred or more in words, split at spaces or hyphens as a tokenizer may."""
    keys = (key for key, value in _spelled_numbers(words).items() if value >= _SPELLED_HUNDREDS)
    return frozenset(first for key in keys for first in (key.split(" ")[0], key.split(" ")[0].split("-")[0]))


_EVER_WINDOW = 3  # 'le plus chaud jamais', 'más alto que nunca': the comparative is at most three words back


def _negates(tokens: list[Token], i: int, words: CheckWords) -> bool:
    """Whether the negation word at ``i`` negates, or is 'ever' or a noun that needs another negation."""
    low = tokens[i].lower
    if _states_record(tokens, i, words):
        return False
    if low not in words.ever_words and low not in words.needs_partner:
        return True
    alone = words.ever_words | words.needs_partner
    partnered = any(k != i and _negation_form(t.lower, words) and t.lower not in alone for k, t in enumerate(tokens))
    if partnered:
        return True
    if low in words.needs_partner:
        return False
    return not any(t.lower in words.comparatives for t in tokens[max(0, i - _EVER_WINDOW):i])


_RECORD_BEFORE = 3  # 'non si era mai': the negation that goes with the never-word is at most three words back
_RECORD_AFTER = 5  # 'mai visto un luglio così': the degree word is at most five words on


def _states_record(tokens: list[Token], i: int, words: CheckWords) -> bool:
    for k in range(i, min(len(tokens), i + _RECORD_BEFORE + 1)):
        if tokens[k].lower in words.ever_words and any(
                t.lower in words.degree_words for t in tokens[k + 1:k + 1 + _RECORD_AFTER]):
            return True
    return False


def _negation_form(low: str, words: CheckWords) -> bool:
    # French elides 'ne' into its verb ("n'a", "n'est"): the tokenizer keeps them one word.
    elided = low[:low.find("'") + 1] if "'" in low else ""
    return low in words.negations or elided in words.negations


def readable_number(value: float) -> str:
    """A figure as a reader writes it in a message: 60,000,000 and 5.1, not 6e+07 (what ``:g`` gives)."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def names_in(text: str, language: str | None = None) -> set[str]:
    """Words capitalised where capitalisation means a name (not after a full stop or quote mark)."""
    return {
        _name_key(t.lower) for t in tokenize(text)
        if not t.initial and t.text[:1].isupper() and not _is_function_word(t, language)
    }


def find_dates(text: str, language: str | None) -> list[DateMention]:
    """Date expressions with their offsets: 'November 12', '12 novembre 2020', 'Sunday', '2020-09-20'."""
    pattern, months, weekdays = _date_pattern(get_check_words(language))
    out: list[DateMention] = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        mention = DateMention(match.start(), match.end())
        if groups.get("iso"):
            y, m, d = (int(x) for x in groups["iso"].split("-"))
            mention.year, mention.month, mention.day = y, m, d
        else:
            month = groups.get("m1") or groups.get("m2")
            day = groups.get("d1") or groups.get("d2")
            year = groups.get("y1") or groups.get("y2")
            wd = groups.get("wd")
            if month:
                mention.month = months[month.lower().rstrip(".")]
            if day:
                mention.day = int(re.sub(r"\D", "", day))
            if year:
                mention.year = int(year)
            if wd:
                mention.weekday = weekdays[wd.lower()]
        out.append(mention)
    return out


def _is_name(tok: Token, known_names: set[str] | frozenset, language: str | None = None) -> bool:
    if not tok.text[:1].isupper() or len(tok.text) < 2 or _is_function_word(tok, language):
        return False
    if not tok.initial:
        return True
    return _name_key(tok.lower) in known_names


def _is_function_word(tok: Token, language: str | None = None) -> bool:
    # Capitalised 'The'/'In' after a heading or list marker is not a name; acronyms ('US') are.
    if tok.text.isupper():
        return False
    if get_check_words(language).capitalised_nouns:  # every noun is capitalised: only rare ones are names
        return _common_noun(tok.lower, language_code(language))
    return _frequency(tok.lower) >= _FUNCTION_ZIPF


@lru_cache(maxsize=65536)
def _frequency_in(word: str, language: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


@lru_cache(maxsize=65536)
def _common_noun(word: str, language: str) -> bool:
    """A common word, or a compound ending in one: 'Straßenbrücke' is rare as a whole but a kind of 'Brücke'."""
    if _frequency_in(word, language) >= _NOUN_ZIPF:
        return True
    # The tail must be long enough to be a noun of its own: 'Baerbock' stays a name although 'Bock' is a word.
    return any(_frequency_in(word[cut:], language) >= _NOUN_ZIPF
               for cut in range(_COMPOUND_HEAD, len(word) - _COMPOUND_TAIL + 1))


@lru_cache(maxsize=65536)
def _frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    # Any of the main languages: names are rare in all of them, function words common in one.
    return max(zipf_frequency(word, lang) for lang in NAME_FREQUENCY_LANGUAGES)


def _name_key(lower: str) -> str:
    for suffix in ("'s", "’s"):
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


# The tables below are cached per language's words (static data), not per article.
@lru_cache(maxsize=16)
def _month_table(words: CheckWords) -> dict[str, int]:
    """Month name or abbreviation -> month number."""
    table = {name: i + 1 for i, name in enumerate(words.months)}
    return {**{k: v for k, v in MONTH_ABBREVIATIONS.items() if k != "may"}, **table}


def month_table(language: str | None) -> dict[str, int]:
    """Month name or abbreviation -> month number, for ``language``."""
    return _month_table(get_check_words(language))


@lru_cache(maxsize=16)
def _weekday_table(words: CheckWords) -> dict[str, int]:
    return {name: i for i, name in enumerate(words.weekdays)}


@lru_cache(maxsize=16)
def _date_pattern(words: CheckWords) -> tuple[re.Pattern, dict[str, int], dict[str, int]]:
    months = dict(_month_table(words))
    months.update({k + ".": v for k, v in MONTH_ABBREVIATIONS.items()})
    weekdays = _weekday_table(words)
    month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    wd_alt = "|".join(sorted((re.escape(w) for w in weekdays), key=len, reverse=True))
    day = rf"\d{{1,2}}(?:{_alternatives(DAY_SUFFIXES)}|\.)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    joiner = rf"(?:(?:{_alternatives(DATE_JOINERS)})\s+)?"
    pattern = (
        rf"(?P<iso>\b{year}-\d\d-\d\d\b)"
        rf"|\b(?P<m1>{month_alt})\s+(?P<d1>{day})(?!\d)(?:,?\s+(?P<y1>{year}))?"
        rf"|\b(?P<d2>{day})\s+{joiner}(?P<m2>{month_alt})\b(?:\s+{joiner}(?P<y2>{year}))?"
        rf"|\b(?P<wd>{wd_alt})\b"
    )
    return re.compile(pattern, re.IGNORECASE), months, weekdays
