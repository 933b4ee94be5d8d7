"""Dependency-parse help for en/fr: where reported content after a cue ends.

The rules run content from the cue to the end of its sentence; news sentences often go on with
a clause of their own ('As X announces that he is ready, he is set to …', 'X reported a profit
of $1.78 a share, well above forecasts'). The parse bounds the content by the cue's complement
(its clausal complement, object or open complement) and only ever shortens it. Sentences whose
content is short or has no comma or dash to run past are left alone, which keeps parsing cheap.
"""

from __future__ import annotations

from typing import Any

from service.stages.quotes.drafts import Draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.parses import token_at_char
from service.tokens import TokenIndex

MAX_PARSED = 40
_MIN_WORDS = 8  # shorter content has little room to run on
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
_BREAKS = frozenset({",", "—", "–", "-", ";", "("})


def trim_contents(parser: Any, index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> None:
    """Shorten indirect drafts whose content runs past the cue's complement (in place)."""
    toks = index.tokens
    todo = []
    for draft in drafts:
        cue = draft.cue
        if draft.type not in ("indirect", "partial") or cue is None or cue.kind == "source":
            continue
        lo, hi = index.token_at(draft.start), index.token_at(draft.end)
        if lo < cue.hi or hi - lo < _MIN_WORDS or draft.pieces:
            continue  # content before its cue, or too short to run on
        if any(t.text in _BREAKS or t.low in lex.content_joiners for t in toks[lo + 1:hi - 1]):
            todo.append(draft)
    todo = todo[:MAX_PARSED]
    if hasattr(parser, "prefetch"):
        parser.prefetch([index.sentences[toks[d.cue.lo].sent].text for d in todo if d.cue is not None])
    for draft in todo:
        cue = draft.cue
        assert cue is not None  # only drafts with a verb cue were kept above
        sent = toks[cue.lo].sent
        doc = parser.parse(index.sentences[sent].text)
        base = index.sentences[sent].start
        cue_char = toks[cue.hi - 1].start - base
        ends = [_complement_end(doc, cue_char, draft.start - base),
                _coordination_start(doc, cue_char, draft.start - base, lex.content_joiners)]
        for end in ends:
            if end is not None and max(draft.start, draft.quoted_end) < base + end < draft.end:
                draft.end = base + end


def _coordination_start(doc, cue_char: int, start_char: int,
                        joiners: frozenset[str]) -> int | None:
    """'X criticized the plan and challenged the mayor': the content of the first verb ends
    before the verb coordinated with it (and before its 'and'/'but')."""
    head = token_at_char(doc, cue_char)
    if head is None:
        return None
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.idx > start_char:
            left = child.left_edge
            ccs = [c for c in head.children if c.dep_ == "cc" and c.i < child.i]
            first = min([left] + ccs, key=lambda t: t.i)
            prev = doc[first.i - 1] if first.i > 0 else None
            # Back over the conjunction too when the parse hangs it elsewhere ('… and in the
            # normal course would face …' keeps no dangling 'and').
            while prev is not None and prev.i > 0 and (
                    prev.text in ",;" or prev.lower_ in joiners):
                prev = doc[prev.i - 1]
            if prev is not None and prev.idx > start_char:
                return prev.idx + len(prev.text)
    return None


def _complement_end(doc, cue_char: int, start_char: int) -> int | None:
    """End char (in the sentence) of the cue's complement that starts near the content start."""
    head = token_at_char(doc, cue_char)
    if head is None:
        return None
    ends = [child.right_edge for child in head.children
            if child.dep_ in _COMPLEMENTS and child.left_edge.idx >= start_char - 1
            and child.left_edge.idx <= start_char + 12]
    if not ends:
        return None
    right = max(ends, key=lambda t: t.i)
    return right.idx + len(right.text)
