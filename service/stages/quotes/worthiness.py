"""Check-worthiness: how much a claim asserts that could be checked (numbers, dates, names …)."""

from __future__ import annotations

import re

from service.stages.quotes.lexicon import Lexicon

_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|"
                     r"million|billion|trillion|percent|per cent|dozen|half|zwei|drei|vier|fünf|"
                     r"millionen|milliarden|prozent|deux|trois|cent|mille|millions|milliards|"
                     r"dos|tres|cuatro|mil|millones|por ciento|pour cent)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WORD = re.compile(r"\w+")
_WEIGHTS = {"numbers": 0.25, "dates": 0.15, "named entities": 0.15, "predictions": 0.15,
            "comparisons": 0.2}


def score(quote: str, lex: Lexicon) -> tuple[float, list[str]]:
    """A 0–1 score and the reasons behind it."""
    words = _WORD.findall(quote)
    lows = [w.lower() for w in words]
    reasons: list[str] = []
    if _NUMBER.search(quote):
        reasons.append("numbers")
    if _YEAR.search(quote) or any(w in lex.months for w in lows):
        reasons.append("dates")
    if any(w[0].isupper() for w in words[1:]) and lex.language != "de":
        reasons.append("named entities")
    elif lex.language == "de" and sum(w[0].isupper() for w in words) > 0.5 * max(1, len(words)):
        reasons.append("named entities")  # German capitalises nouns; only dense caps count
    if any(w in lex.prediction for w in lows):
        reasons.append("predictions")
    if any(w in lex.comparison for w in lows) or re.search(r"\w{3,}(?:er|est) than\b", quote):
        reasons.append("comparisons")
    value = 0.1 + sum(_WEIGHTS[r] for r in reasons)
    if len(words) < 4:
        value *= 0.5
    return round(min(1.0, value), 3), reasons
