"""Check-worthiness: how much a claim asserts that could be checked (numbers, dates, names …)."""

from __future__ import annotations

import re
from functools import lru_cache

from service.stages.quotes.lexicon import Lexicon
from service.tokens import WORD_RUNS

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEIGHTS = {"numbers": 0.25, "dates": 0.15, "named entities": 0.15, "predictions": 0.15,
            "comparisons": 0.2, "accusation": 0.25}
# Stems of cues that accuse or allege, in the languages with cue rules: what they frame is a charge against
# someone, the first thing a desk checks ('accused Becker of lying', 'wirft ihm Betrug vor', 'обвинил').
_ACCUSING = ("accus", "alleg", "acus", "beschuldig", "vorgeworf", "vorwirf", "warf", "wirft", "beschuldigd",
             "обвин", "reproch", "denunci", "incolp", "imput")


def score(quote: str, lex: Lexicon, cue: str | None = None) -> tuple[float, list[str]]:
    """A 0–1 score and the reasons behind it (``cue``: the claim's cue words, when it has one)."""
    words = WORD_RUNS.findall(quote)
    lows = [w.lower() for w in words]
    reasons: list[str] = []
    if cue is not None and cue.lower().startswith(_ACCUSING):
        reasons.append("accusation")
    if _number_pattern(lex.number_words).search(quote):
        reasons.append("numbers")
    if _YEAR.search(quote) or any(w in lex.months for w in lows):
        reasons.append("dates")
    if any(w[0].isupper() for w in words[1:]) and not lex.capital_nouns:
        reasons.append("named entities")
    elif lex.capital_nouns and sum(w[0].isupper() for w in words) > 0.5 * max(1, len(words)):
        reasons.append("named entities")  # every noun is capitalised; only dense caps count
    if any(w in lex.prediction for w in lows):
        reasons.append("predictions")
    comparative = _comparative_pattern(lex.comparative_endings, lex.comparison_word)
    if any(w in lex.comparison for w in lows) or comparative.search(quote):
        reasons.append("comparisons")
    value = 0.1 + sum(_WEIGHTS[r] for r in reasons)
    if len(words) < 4:
        value *= 0.5
    return round(min(1.0, value), 3), reasons


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
