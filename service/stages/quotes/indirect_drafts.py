"""Indirect drafts from token spans, and how many words reported content needs."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import span_of
from service.tokens import TokenIndex

MIN_WORDS = 3
MIN_OBJECT = 1  # 'Christie endorsed Trump': an object after a cue with a subject is content
NO_CLAIM = object()  # a frame that is known to report nothing


def indirect_draft(index: TokenIndex, lo: int, hi: int, sent: int, cue: Cue | None, speaker,
                   **extra) -> Draft | None:
    """An indirect draft over tokens[lo:hi]; None when only punctuation is left."""
    span = span_of(index, lo, hi)
    if span is None:
        return None
    return Draft(span[0], span[1], "indirect", sent, cue=cue, speaker=speaker, **extra)
