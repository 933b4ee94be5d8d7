"""Language identification, with a guard against guessing on too little text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.languages import is_supported

UNDETERMINED = "und"
_MIN_LETTERS = 12
_ISO = re.compile(r"^[a-z]{2,3}$")
# A hint is echoed in a warning; a client may send anything, so only its start is shown.
_HINT_SHOWN = 24


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float
    supported: bool
    # The caller's hint when it names no language code ("english"), cut to _HINT_SHOWN characters.
    unknown_hint: str | None = None


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """The caller's hint wins: a language tag ("fr", "fr-FR", "fr_FR") gives its language, anything else is an
    unknown language (code "und"), as an unknown code is one without rules. Without a hint py3langid decides."""
    if hint and hint.strip():
        code = hint.strip().lower().replace("_", "-").split("-")[0]
        if _ISO.match(code):
            return LanguageGuess(code, 1.0, is_supported(code))
        shown = hint.strip()
        if len(shown) > _HINT_SHOWN:
            shown = shown[: _HINT_SHOWN - 1] + "…"
        # Detecting instead would quietly overrule the caller, which is what a hint is for.
        return LanguageGuess(UNDETERMINED, 1.0, False, unknown_hint=shown)
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
