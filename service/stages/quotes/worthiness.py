"""Check-worthiness: how much a claim asserts that could be checked (numbers, dates, names …)."""

from __future__ import annotations

import re
from functools import lru_cache

from service.languages.common_checks import SCALES
from service.stages.quotes.lexicon import Lexicon
from service.tokens import WORD_RUNS

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEIGHTS = {"statistics": 0.4, "numbers": 0.25, "dates": 0.15, "named entities": 0.15, "predictions": 0.15,
            "comparisons": 0.2, "accusation": 0.25}
# A share or a count of a hundred or more in digits ('12 per cento', '20.000 medici', '10,9 %'): a statistic a
# desk can look up, worth checking on its own, unlike 'tres años' or 'one option'.
_SHARE = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|％|per ?cent|percent|prozent|por ciento|pour cent|per cento|procent)",
                    re.IGNORECASE)
_SCALED = re.compile(rf"\d\s?(?:{'|'.join(re.escape(w) for w in SCALES)})\b", re.IGNORECASE)
_LARGE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{3,})(?![\d.,]?\d)")
# Capitalised after these, a word opens a sentence or a quotation: no name.
_OPENERS = ".!?:;\"'“”‘’«»„…"
# Stems of cues that accuse or allege, in the languages with cue rules: what they frame is a charge against
# someone, the first thing a desk checks ('accused Becker of lying', 'wirft ihm Betrug vor', 'обвинил').
_ACCUSING = ("accus", "alleg", "acus", "beschuldig", "vorgeworf", "vorwirf", "warf", "wirft", "beschuldigd",
             "обвин", "reproch", "denunci", "incolp", "imput")


def score(quote: str, lex: Lexicon, cue: str | None = None) -> tuple[float, list[str]]:
    """A 0–1 score and the reasons behind it (``cue``: the claim's cue words, when it has one).

    ``quote`` is what the speaker says, without the attribution that may interrupt it ('“A”, dijo Montes,
    “B”'): the reasons describe the claim, not who made it.
    """
    words = WORD_RUNS.findall(quote)
    lows = [w.lower() for w in words]
    reasons: list[str] = []
    if cue is not None and cue.lower().startswith(_ACCUSING):
        reasons.append("accusation")
    if _is_statistic(quote):
        reasons.append("statistics")
    elif _number_pattern(lex.number_words).search(quote):
        reasons.append("numbers")
    if _YEAR.search(quote) or any(w in lex.months for w in lows):
        reasons.append("dates")
    if _has_name(quote, lex):
        reasons.append("named entities")
    if any(w in lex.prediction for w in lows):
        reasons.append("predictions")
    comparative = _comparative_pattern(lex.comparative_endings, lex.comparison_word)
    if any(w in lex.comparison for w in lows) or comparative.search(quote):
        reasons.append("comparisons")
    value = 0.1 + sum(_WEIGHTS[r] for r in reasons)
    if len(words) < 4:
        value *= 0.5
    return round(min(1.0, value), 3), reasons


def _is_statistic(quote: str) -> bool:
    """A share, a scaled amount ('84 billion'), or a count of a hundred or more that is not a year."""
    if _SHARE.search(quote) or _SCALED.search(quote):
        return True
    return any(not _YEAR.fullmatch(m.group()) for m in _LARGE.finditer(quote))


def _has_name(quote: str, lex: Lexicon) -> bool:
    """A capitalised word where capitalisation means a name: not opening a sentence or quotation, not a month."""
    runs = list(WORD_RUNS.finditer(quote))
    if lex.capital_nouns:  # every noun is capitalised; only dense caps count
        return sum(m.group()[0].isupper() for m in runs) > 0.5 * max(1, len(runs))
    for match in runs[1:]:
        word = match.group()
        before = quote[:match.start()].rstrip()
        if word[0].isupper() and word.lower() not in lex.months and before and before[-1] not in _OPENERS:
            return True
    return False


@lru_cache(maxsize=16)
def _number_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A digit or a whole number word, in any case."""
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"\d|\b(?:{alternatives})\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def _comparative_pattern(endings: tuple[str, ...], word: str) -> re.Pattern[str]:
    """A comparative followed by the comparison word ('higher than')."""
    alternatives = "|".join(re.escape(ending) for ending in endings)
    return re.compile(rf"\w{{3,}}(?:{alternatives}) {re.escape(word)}\b")
