"""Which country a ministry term reads as to a language model, for the institution second opinion.

The second opinion's features are cues, names and counts, and e5's embedding of the term's sentences. Careful
readers find nearly every calque by what they know of the story's world ("a spokesperson in Washington speaking for
the United States", "the Army Corps of Engineers, part of the Defense Ministry"); a small causal model (SmolLM2-135M,
models.lm_likelihood) has read enough English news to know some of it. It reads the article's first sentence (where
the story happens) and the term's sentence and the one before twice: with the term as the US's ("a U.S. Ministry of
Justice spokesman") and as the story's other country's ("a Turkish Ministry of Justice spokesman"). The same words
are read both times but for the country, so the model's taste for a form does not count; how much it prefers the one
country's name in any sentence ("The U.S. Ministry of Justice said on Monday.") is a second feature the weights
subtract. Both are ``lm_*`` features of a third weights file, trained beside the e5 one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from service.stages.artifacts.gazetteer import get_gazetteer
from service.stages.artifacts.institution_context import OncePerDocument

if TYPE_CHECKING:
    from service.stages.artifacts.institutions import _Context


# How many terms of one document are read: each costs two passes of about 150 tokens (about 0.4 s a term on 2 cores,
# over a bench run), and a pathological text with thousands of terms must not take minutes; the terms past it keep
# the e5 model.
MAX_READINGS = 24
# Log-likelihood differences run to tens of nats; divided by this they sit near the other features' range, as in
# training. The weights file records it.
READING_SCALE = 10.0
# The characters read: of the article's first sentence, before the term (its sentence and the one before), and
# after it (to its sentence's end).
_LEDE_CHARS, _BEFORE_CHARS, _AFTER_CHARS = 300, 600, 300
_SPACES = re.compile(r"\s+")
_INDEFINITE = re.compile(r"\b([Aa]n?)\s+$")


class LikelihoodScorer(Protocol):
    """A causal language model by registry name (models.lm_likelihood.GgufLikelihood is one)."""

    name: str

    def log_likelihood_differences(self, pairs: list[tuple[str, str]]) -> list[float]:
        """log P(a) - log P(b) for each pair (a, b) of texts."""
        ...


@lru_cache(maxsize=512)
def country_adjective(country: str) -> str | None:
    """How copy names a country before a noun: its demonym ("Turkish"), else its name's possessive."""
    entry = get_gazetteer().countries.get(country)
    if entry is None:
        return None
    singular = [d for d in entry.demonyms if not d.endswith("s") or d.endswith("ese")]
    return singular[0] if singular else f"{entry.name}'s"


def other_country(cue_counts: Counter, rule_country: str | None) -> str | None:
    """The country the term would be if not the US's: the rules' choice, else the one the story names most."""
    if rule_country not in (None, "US"):
        return rule_country
    ranked = [c for c, _ in cue_counts.most_common() if c not in (None, "US")]
    return ranked[0] if ranked else None


def readings(ctx: _Context, start: int, end: int, country: str) -> tuple[str, str, str, str] | None:
    """The term's sentences with it as the US's and as ``country``'s, and the same two names in a plain sentence."""
    adjective = country_adjective(country)
    if adjective is None:
        return None
    text = ctx.text
    surface = _SPACES.sub(" ", text[start:end])
    s_start, s_end = ctx._sentence(start)
    p_start = max(ctx._previous_start(s_start), start - _BEFORE_CHARS)
    before = text[p_start:start]
    after = text[end:max(end, min(s_end, end + _AFTER_CHARS))]
    lede_start, lede_end = ctx._sentence(0)
    lede = text[lede_start:min(lede_end, lede_start + _LEDE_CHARS)] if lede_end <= p_start else ""
    us, other = f"U.S. {surface}", f"{adjective} {surface}"

    def read(name: str) -> str:
        return _SPACES.sub(" ", f"{lede} {_article_for(before, name)}{name}{after}").strip()

    return read(us), read(other), f"The {us} said on Monday.", f"The {other} said on Monday."


def _article_for(before: str, name: str) -> str:
    """``before`` with an indefinite article that fits ``name`` ("an American", "a Turkish")."""
    m = _INDEFINITE.search(before)
    if m is None:
        return before
    word = "an" if _starts_with_vowel_sound(name) else "a"
    return before[:m.start()] + (word.capitalize() if m.group(1)[0].isupper() else word) + " "


def _starts_with_vowel_sound(name: str) -> bool:
    """Whether "an" goes before ``name``: a written vowel, except a U read "you" ("a U.S.", "a Ukrainian", "a
    Ugandan"); of the demonyms only "Uzbek" keeps the U a vowel."""
    first = name[:1].lower()
    return first in "aeio" if first != "u" else name[:2].lower() == "uz"


class Readings:
    """One document's readings, scored on request and kept; None past MAX_READINGS or once the model fails."""

    def __init__(self, scorer: LikelihoodScorer, scale: float = READING_SCALE) -> None:
        self.scorer = scorer
        self.scale = scale
        self._read: OncePerDocument[dict[str, float]] = OncePerDocument(
            MAX_READINGS, "the institution reading model failed; the e5 second opinion judges this text")

    def features(self, ctx: _Context, start: int, end: int, country: str | None) -> dict[str, float] | None:
        texts = readings(ctx, start, end, country) if country else None
        return self._read.get(texts, lambda: self._score(texts)) if texts is not None else None

    def _score(self, texts: tuple[str, str, str, str]) -> dict[str, float]:
        us, other, us_plain, other_plain = texts
        reading, plain = self.scorer.log_likelihood_differences([(us, other), (us_plain, other_plain)])
        return {"lm_us_reading": round(reading / self.scale, 6), "lm_us_plain": round(plain / self.scale, 6)}
