"""How a stored claim relates to another: corroborated, paraphrased, misattributed or contradicted.

Pure rules over a cosine from the store's multilingual encoder ("use" by default) and the claims' surface
facts; the thresholds are tuned on ``models/training/claim_matching`` with ``bench/tune_matching.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from service.languages.common import NAME_GLUE
from service.stages.artifacts.fuzzy import skeleton
from service.stages.artifacts.text import key_of
from service.store.facts import disagreement, surface_of
from service.store.speakers import person


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    language: str
    speaker: str | None  # canonical name, None when unknown


LABELS = ("corroborating", "paraphrase", "misattributed", "conflicting")

# Tuned with bench/tune_matching.py on models/training/claim_matching (64 pairs, "use" cosines; a 0.025
# grid). Label sweep: macro F1 0.849 over the four labels, accuracy 0.859 over five classes, on a plateau
# of related 0.400, same_statement 0.625..0.650 and misattributed 0.400..0.675.
# Related: the one grid value between the highest unrelated cosine (0.382) and the lowest paraphrase (0.408).
RELATED_MIN_SIMILARITY = 0.4  # below this cosine a candidate is not related at all
# The top of its plateau, nearest the lowest corroborating cosine (0.710); a same-speaker rewording can
# still score 0.707, so the speaker rule, not this cut, does most of the separating.
SAME_STATEMENT_MIN_SIMILARITY = 0.65  # above it the same statement (or its translation), below it a rewording
# The tuning set has no different-speaker pair that is not misattributed, so the whole plateau fits it;
# the top (just under the lowest misattributed cosine, 0.684) keeps "high similarity" in the definition.
MISATTRIBUTED_MIN_SIMILARITY = 0.675  # two speakers of one statement; below it two people saying alike things
# Fact-check sweep (same tuning pairs, positives corroborating/paraphrase/misattributed): best F0.5 0.772
# for the cosine alone at 0.725 (precision 0.821, recall 0.622); with review_applies precision 0.958.
REVIEW_MIN_SIMILARITY = 0.725  # a claim matches a fact-check (ClaimReview) above this cosine

# Name parts spelt differently by transliteration or typing ("Zelensky"/"Selenskyj") score at least this.
_NAME_PART_MIN_RATIO = 80
_LAST_LATIN = "\u024f"  # end of Latin Extended-B
# Russian and Ukrainian names as the press romanises them; the skeleton then absorbs "kh"/"h", "y"/"i".
_CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
})


@dataclass(frozen=True)
class Thresholds:
    """The cosine cut-offs ``label_pair`` decides with; the sweep tries others."""

    related: float = RELATED_MIN_SIMILARITY
    same_statement: float = SAME_STATEMENT_MIN_SIMILARITY
    misattributed: float = MISATTRIBUTED_MIN_SIMILARITY


# Whether each claim is negated where it restates the other (service/store/clauses.py), when its parts disagree.
Polarity = tuple[bool, bool] | None


def label_pair(a: ClaimFacts, b: ClaimFacts, similarity: float, negated: Polarity = None) -> str | None:
    """The relation of b to a, or None when not related."""
    return label_pair_at(a, b, similarity, Thresholds(), negated)


def label_pair_at(a: ClaimFacts, b: ClaimFacts, similarity: float, cuts: Thresholds,
                  negated: Polarity = None) -> str | None:
    """``label_pair`` with the cut-offs given, for the tuning sweep."""
    if similarity < cuts.related:
        return None
    if _disagree(a, b, negated):
        return "conflicting"
    speakers = same_speaker(a.speaker, b.speaker, a.language, b.language)
    if speakers is False:
        # Two people saying similar things is not one claim with the wrong name on it.
        return "misattributed" if similarity >= cuts.misattributed else None
    # A claim only corroborates one by the same known speaker: an unattributed restatement, or two
    # unresolved roles ("the minister", "a spokesman"), may be two people, so it is a paraphrase at most.
    if similarity >= cuts.same_statement and speakers:
        return "corroborating"
    return "paraphrase"


def review_applies(claim: ClaimFacts, reviewed: ClaimFacts, similarity: float,
                   min_similarity: float = REVIEW_MIN_SIMILARITY, negated: Polarity = None) -> bool:
    """Whether a fact-check of ``reviewed`` (its claimReviewed) rates ``claim``: close enough and no figure,
    date or negation of its own; a review of "12 %" does not settle "5 %". Who said it does not matter."""
    if similarity < min_similarity:
        return False
    return not _disagree(claim, reviewed, negated)


def _disagree(a: ClaimFacts, b: ClaimFacts, negated: Polarity) -> bool:
    first, second = surface_of(a.text, a.language), surface_of(b.text, b.language)
    if negated is not None:
        first, second = replace(first, negated=negated[0]), replace(second, negated=negated[1])
    return disagreement(first, second) is not None


def same_speaker(a: str | None, b: str | None, language_a: str | None = None,
                 language_b: str | None = None) -> bool | None:
    """Whether two canonical names are one person; None when either is unknown or they cannot be compared.

    Each name is read in its claim's language (``service/store/speakers.py``): honorifics are left out
    ("señora Berg" is Berg, the same as "Anna Berg"), and a role with no name ("the minister", "die
    Ministerin") is unknown, never another person: "misattributed" must mean two people."""
    a, b = person(a, language_a), person(b, language_b)
    if not a or not b:
        return None
    if _is_latin(_name_parts(a)) != _is_latin(_name_parts(b)):
        return None  # "習近平" and "Xi Jinping": no transliteration here to tell, so no misattribution either
    return same_name(a, b)


@lru_cache(maxsize=8192)
def same_name(a: str, b: str) -> bool:
    """One person across forms and languages: "Merkel"/"Angela Merkel", "A. Merkel", "Selenskyj"/"Зеленский"."""
    short, long = sorted((_name_parts(a), _name_parts(b)), key=len)
    if not short:
        return False
    if sorted(short) == sorted(long):
        return True  # "Xi Jinping" and "Jinping Xi"
    if len(short) == 1:
        return any(_same_part(short[0], part) for part in long)
    # The short form's family name is in the long one (two Spanish surnames, a middle name) ...
    if not any(_same_part(short[-1], part) for part in long[1:]):
        return len(short) == len(long) and all(_same_part(x, y) for x, y in zip(short, long))
    # ... and its given name agrees: "Jean Dupont" and "Marie Dupont" are two people.
    return _same_given_name(short[0], long[0])


@lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[str, ...]:
    parts = tuple(part.translate(_CYRILLIC_TO_LATIN) for part in key_of(name))
    kept = tuple(p for p in parts if p not in NAME_GLUE)
    return kept or parts


def _is_latin(parts: tuple[str, ...]) -> bool:
    return all(ch <= _LAST_LATIN for part in parts for ch in part)


def _same_part(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]  # an initial
    return skeleton(x) == skeleton(y) or fuzz.ratio(x, y) >= _NAME_PART_MIN_RATIO


def _same_given_name(x: str, y: str) -> bool:
    # Given names differ by one letter between people ("Mario"/"Maria", "Daniel"/"Daniela") more often
    # than by transliteration, which the skeleton already absorbs ("Volodymyr"/"Wolodymyr", "Alexei"/"Alexey").
    if len(x) == 1 or len(y) == 1 or skeleton(x) == skeleton(y):
        return _same_part(x, y)
    return _same_part(x, y) and x[-1] == y[-1] and len(x) == len(y)
