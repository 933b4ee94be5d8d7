"""What a ministry term's sentences are about, as a sentence encoder reads them, for the second opinion.

The second opinion's features are country cues, names and counts. What a sentence *does* is beyond them: a body that
"raised its advisory ... to Level 3" or announced charges "returned by a grand jury in the Southern District of
Florida" is American, whatever country the sentence names. A multilingual encoder (e5-small, frozen) has read enough
news to place such sentences; its embedding of the term's sentence and the one before, with the term itself written
as "the body" (the model must learn what the sentences say, not how the injection spells a calque), becomes
``ctx_0 ... ctx_{d-1}`` features of a second weights file trained beside the plain one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import numpy as np

if TYPE_CHECKING:
    from service.stages.artifacts.institutions import _Context

log = logging.getLogger(__name__)

# How many distinct contexts one document may embed: a news article has a few dozen ministry terms at most, and a
# pathological text of thousands must not take minutes (a context of a 1,200-character sentence takes about 40 ms,
# so 64 about 2.6 s); the terms past it keep the plain second opinion.
MAX_CONTEXTS = 64
# The factor on the unit vector's components (about 0.05 each) that training uses: at 1 the model's L2 penalty
# silences them, at 10 it overfits (out of fold on the training articles, 2026-12-06). The weights file records it.
CONTEXT_SCALE = 2.5
# The characters of context kept, from the term's sentence end backwards (an endless sentence stays one window).
_MOST_CHARS = 1200
_SPACES = re.compile(r"\s+")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


class ContextEncoder(Protocol):
    """A sentence encoder by registry name: unit vectors of ``dim`` dimensions (models.e5_encoder.E5Encoder is one)."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def context_text(ctx: _Context, start: int, end: int) -> str:
    """The sentence before the term's and the term's own up to its end, the term written as "the body" ("body"
    after an article already there: "The body said")."""
    s_start, s_end = ctx._sentence(start)
    p_start = ctx._previous_start(s_start)
    text, stop, far = ctx.text, max(s_end, end), 4 * _MOST_CHARS
    body = "body" if _ARTICLE_BEFORE.search(text, max(p_start, start - 12), start) else "the body"
    # Squeezing only the last few windows' worth gives the same last _MOST_CHARS characters when that much is left
    # (a whitespace run cut at the left edge is cut off anyway): an endless sentence is not re-read for every term.
    tail = _SPACES.sub(" ", (text[max(p_start, start - far):start] + body + text[max(end, stop - far):stop])[-far:])
    tail = tail.rstrip()
    if len(tail) > _MOST_CHARS:
        return tail[-_MOST_CHARS:]
    whole = text[p_start:start] + body + text[end:stop]
    return _SPACES.sub(" ", whole).strip()[-_MOST_CHARS:]


V = TypeVar("V")


class OncePerDocument(Generic[V]):
    """A model's values for one document, computed on first request and kept; None past ``limit`` distinct ones (a
    pathological text must not take minutes), or from the first failure on: a failing model must not stop the
    analysis, so it is logged once (``failure`` says what judges instead) and the terms fall back."""

    def __init__(self, limit: int, failure: str) -> None:
        self.limit = limit
        self.failure = failure
        self._seen: dict[Hashable, V] = {}
        self._failed = False

    def get(self, key: Hashable, compute: Callable[[], V]) -> V | None:
        if key in self._seen:
            return self._seen[key]
        if len(self._seen) >= self.limit or self._failed:
            return None
        try:
            value = compute()
        except Exception:
            log.warning(self.failure, exc_info=True)
            self._failed = True
            return None
        self._seen[key] = value
        return value


class ContextVectors:
    """One document's context embeddings, computed on first request and kept; None past MAX_CONTEXTS."""

    def __init__(self, encoder: ContextEncoder, scale: float) -> None:
        self.encoder = encoder
        self.scale = scale
        self._vectors: OncePerDocument[np.ndarray] = OncePerDocument(
            MAX_CONTEXTS, "the institution context encoder failed; the plain second opinion judges this text")

    def features(self, ctx: _Context, start: int, end: int) -> dict[str, float] | None:
        text = context_text(ctx, start, end)
        vector = self._vectors.get(text, lambda: np.asarray(self.encoder.embed([text])[0], dtype=np.float64))
        if vector is None:
            return None
        return {f"ctx_{i}": round(float(v) * self.scale, 6) for i, v in enumerate(vector)}
