"""How a stored claim relates to another: corroborated, paraphrased, misattributed or contradicted.

Pure rules over a cosine from the store's multilingual encoder ("use" by default) and the claims' surface
facts; the thresholds are tuned on ``models/training/claim_matching`` with ``bench/tune_matching.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from service.languages.common import NAME_GLUE
from service.stages.artifacts.fuzzy import skeleton
from service.stages.artifacts.text import key_of
from service.store.facts import disagreement, surface_of


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    language: str
    speaker: str | None  # canonical name, None when unknown


LABELS = ("corroborating", "paraphrase", "misattributed", "conflicting")

# Provisional values until the tuning sweep (bench/tune_matching.py) fixes them.
RELATED_MIN_SIMILARITY = 0.55  # below this cosine a candidate is not related at all
SAME_STATEMENT_MIN_SIMILARITY = 0.8  # above it the same statement (or its translation), below it a rewording
REVIEW_MIN_SIMILARITY = 0.7  # a claim matches a fact-check (ClaimReview) above this cosine

# Name parts spelt differently by transliteration or typing ("Zelensky"/"Selenskyj") score at least this.
_NAME_PART_MIN_RATIO = 80


def label_pair(a: ClaimFacts, b: ClaimFacts, similarity: float) -> str | None:
    """The relation of b to a, or None when not related."""
    if similarity < RELATED_MIN_SIMILARITY:
        return None
    if disagreement(surface_of(a.text, a.language), surface_of(b.text, b.language)) is not None:
        return "conflicting"
    speakers = same_speaker(a.speaker, b.speaker)
    if similarity >= SAME_STATEMENT_MIN_SIMILARITY:
        return "misattributed" if speakers is False else "corroborating"
    # Two people saying similar things is not one claim reworded.
    return None if speakers is False else "paraphrase"


def same_speaker(a: str | None, b: str | None) -> bool | None:
    """Whether two canonical names are one person; None when either is unknown."""
    if not a or not b:
        return None
    return same_name(a, b)


@lru_cache(maxsize=8192)
def same_name(a: str, b: str) -> bool:
    """One person across forms and languages: "Merkel"/"Angela Merkel", "A. Merkel", "Selenskyj"/"Zelensky"."""
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
    return _same_part(short[0], long[0])


def _name_parts(name: str) -> tuple[str, ...]:
    parts = key_of(name)
    kept = tuple(p for p in parts if p not in NAME_GLUE)
    return kept or parts


def _same_part(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]  # an initial
    return skeleton(x) == skeleton(y) or fuzz.ratio(x, y) >= _NAME_PART_MIN_RATIO
