"""Language identification, with a guard against guessing on too little text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.languages import is_supported

UNDETERMINED = "und"
_MIN_LETTERS = 12
_ISO = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float
    supported: bool


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """The caller's hint wins when it is a plausible ISO code; otherwise py3langid decides."""
    if hint:
        code = hint.strip().lower().split("-")[0]
        if _ISO.match(code):
            return LanguageGuess(code, 1.0, is_supported(code))
    letters = sum(ch.isalpha() for ch in text[:5000])
    if letters < _MIN_LETTERS:
        return LanguageGuess(UNDETERMINED, 0.0, False)
    code, prob = _identifier().classify(text[:20000])
    return LanguageGuess(code, float(prob), is_supported(code))


_IDENTIFIER = None


def _identifier():
    # A normalised-probability identifier is built once; py3langid's default gives raw log scores.
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER
