"""The shape of the checks' per-language words; each language's ``checks.py`` fills it in.

Lists are deliberately short and high-precision. A language without a ``checks.py`` reads the English
lists (digits, dates in ISO form and quote marks still work everywhere); words that apply whatever the
language (scale words, month abbreviations) are in ``service/languages/common_checks.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from service.languages import part_of
from service.languages.common_checks import WRITTEN_WITHOUT_SPACES

FALLBACK_LANGUAGE = "en"


# eq=False: the words are compared and cached by identity, since their dicts cannot be hashed.
@dataclass(frozen=True, eq=False)
class CheckWords:
    """One language's words for the support, contradiction, figure and date checks."""

    negations: frozenset[str]
    months: tuple[str, ...]  # January first
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday() counts
    number_words: Mapping[str, float]
    # Shares written as words: 'half' for 'a quarter' is a changed figure. Only unambiguous words
    # ('tiers' is also 'third parties', 'cuarto' also 'room' and 'fourth'); support checks only.
    fractions: Mapping[str, float]
    # Predicate polarity on one axis: a state of being available/permitted (+) or not (-).
    polarity: Mapping[str, int]
    # Words that flip a nearby negative noun ("the ban will be lifted" is +).
    reversers: frozenset[str]
    # "rise" vs "fall" on a quantity is the other common contradiction axis.
    direction: Mapping[str, int]
    # Words that name what a figure counts when the unit word after it does not ("the toll rose to 11"):
    # word -> concept ('dead', 'injured', 'inflation').
    quantity_concepts: Mapping[str, str]
    # A figure said to be expected, earlier or compared with is a second quantity, not a restatement.
    hedges: frozenset[str]
    # A larger figure introduced by one of these is an update ("the toll rose to 15"), not a conflict.
    updates: frozenset[str]
    # Phrases saying when a rule starts to apply: two different dates for that in one article disagree.
    effective: tuple[str, ...]
    # A figure spelled out ('Twenty-three people were killed') is read with these words besides
    # ``number_words``: every number to nineteen and every tens word. They are kept apart from
    # ``number_words``, which make a sentence's surface facts for the summary and support checks.
    spelled_numbers: Mapping[str, float] = field(default_factory=dict)
    # Forms found only inside a compound: 'veinti' in 'veintitrés', 'ein' in 'einundzwanzig' ('ein' alone is 'a').
    number_parts: Mapping[str, float] = field(default_factory=dict)
    # What joins a tens word and a unit word, in either order: 'twenty-three', 'dreiundzwanzig', 'treinta y tres'.
    number_joiners: tuple[str, ...] = ("-",)
    # Hundreds: the word a unit multiplies ('two hundred', 'zweihundert', 'six cents', 'duecento'), whole
    # hundreds written as one irregular word ('doscientos', 'quinhentos'), and what joins them to the rest
    # ('two hundred and fifty', 'ciento veinte', 'cento e vinte', 'zweihundertfünfzig').
    hundred_words: tuple[str, ...] = ()
    hundreds: Mapping[str, float] = field(default_factory=dict)
    hundred_joiners: tuple[str, ...] = (" ",)
    # Month names are written capitalised, so a lower-case 'may' or 'march' is no month.
    capitalised_months: bool = False
    # Every noun is capitalised (German): only words rare in the language's own word list are names.
    capitalised_nouns: bool = False
    # Written without spaces (Chinese): figures are read character by character, not word by word.
    counts_characters: bool = False
    # Never-words that read 'ever' just after a comparative ('le plus chaud jamais enregistré', 'más que
    # nunca'), unless another negation word is in the sentence ('je n'ai jamais été plus ...').
    ever_words: frozenset[str] = frozenset()
    comparatives: frozenset[str] = frozenset()
    # A never-word followed by one of these states a record, not a denial: 'jamais autant de', 'non si era
    # mai visto un luglio così torrido', 'never such'; the negation just before it goes with it.
    degree_words: frozenset[str] = frozenset()
    # Negation words that are something else alone: French 'personne' is 'person' without 'ne'.
    needs_partner: frozenset[str] = frozenset()


def language_code(language: str | None) -> str:
    """The bare language code the words are looked up by: 'de-AT' is 'de', none is English."""
    return (language or FALLBACK_LANGUAGE).split("-")[0]


def get_check_words(language: str | None) -> CheckWords:
    """The checks' words for ``language``; English when its folder has none."""
    return _check_words(language_code(language))


@cache
def _check_words(code: str) -> CheckWords:
    data = part_of(code, "checks")
    if data is not None:
        return data.WORDS
    english = part_of(FALLBACK_LANGUAGE, "checks").WORDS  # type: ignore[union-attr]
    # English words, but not English typography: lower-case 'may' is only a month where English is written.
    return replace(english, capitalised_months=False, counts_characters=code in WRITTEN_WITHOUT_SPACES)
