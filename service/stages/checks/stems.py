"""Light stemming for the support check: one Snowball stemmer per language, a prefix where there is none.

Snowball (from nltk, which rouge-score already installs) strips inflection in each of the service's
word-spaced languages ('rejected'/'rejects', 'abgelehnten'/'abgelehnt', 'отклонила'/'отклонил') and
needs no data files. Languages it does not cover keep the facts' five-letter prefix.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from service.stages.checks.facts import stem as prefix_stem
from service.stages.checks.lexicon import language_code

_SNOWBALL = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
             "pt": "portuguese", "nl": "dutch", "ru": "russian", "ar": "arabic"}


def word_stem(word: str, language: str | None) -> str:
    """The stem ``word`` is compared by in ``language``; ``word`` is expected in lower case."""
    return _stem_in(word, language_code(language))


def has_stemmer(language: str | None) -> bool:
    return language_code(language) in _SNOWBALL


@lru_cache(maxsize=65536)
def _stem_in(word: str, code: str) -> str:
    stemmer = _stemmer(code)
    return stemmer(word) if stemmer else prefix_stem(word)


@lru_cache(maxsize=16)
def _stemmer(code: str) -> Callable[[str], str] | None:
    if code not in _SNOWBALL:
        return None
    from nltk.stem.snowball import SnowballStemmer  # imported on first use: nltk takes a fifth of a second

    return SnowballStemmer(_SNOWBALL[code]).stem
