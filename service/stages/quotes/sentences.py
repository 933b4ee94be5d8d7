"""Sentence relations the claims rules share: paragraph runs and sentences a claim covers."""

from __future__ import annotations

from bisect import bisect_left

from service.stages.quotes.drafts import Draft
from service.tokens import TokenIndex


def covered_sentences(index: TokenIndex, drafts: list[Draft]) -> set[int]:
    """Sentences lying wholly inside some claim (found by bisection, linear in the claims)."""
    starts = [sentence.start for sentence in index.sentences]
    out: set[int] = set()
    for draft in drafts:
        if draft.type == "term":
            continue
        k = bisect_left(starts, draft.start)
        while k < len(starts) and index.sentences[k].end - 1 <= draft.end:
            out.add(k)
            k += 1
    return out


def same_paragraph(index: TokenIndex, sent: int) -> bool:
    """Sentence ``sent`` goes on the paragraph of the sentence before it."""
    return sent > 0 and index.sentences[sent - 1].paragraph == index.sentences[sent].paragraph
