"""Reported speech: one indirect draft per cue outside quotes ('X said that …', '…, X said')."""

from __future__ import annotations

from service.stages.dateline import dateline_span
from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.indirect_drafts import MIN_OBJECT, MIN_WORDS
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.source_frames import post_source_claim, source_prep_claim
from service.stages.quotes.verb_frames import verb_claim
from service.tokens import TokenIndex

_MIN_BEFORE = 4  # words of content before its frame


def reported_claims(index: TokenIndex, cues: list[Cue], inside_quote: list[bool],
                    used: set[int], lex: Lexicon) -> list[Draft]:
    """One draft per cue that frames reported content outside any direct quote."""
    drafts: list[Draft] = []
    toks = index.tokens
    lead = _past_dateline(index)
    verb_cues = {cue.lo for cue in cues if cue.kind == "verb"}
    for cue in cues:
        if cue.lo in used or inside_quote[cue.lo] or cue.text == ":":
            continue  # a colon cue attributes only the quote after it
        sent = toks[cue.lo].sent
        s0, s1 = index.sent_range[sent]
        if s0 < lead < s1:
            # 'GENOVA, 12 apr (ANSA) - Secondo il sindacato, …': the story's first sentence starts after the
            # dateline, so a source preposition after it opens the sentence.
            s0 = lead
        draft = (source_prep_claim(index, cue, s0, s1, lex) if cue.kind == "source"
                 else post_source_claim(index, cue, s0, s1, lex) if cue.kind == "post"
                 else verb_claim(index, cue, s0, s1, lex, verb_cues))
        if draft is None:
            continue
        lo, hi = index.token_at(draft.start), index.token_at(draft.end)
        minimum = MIN_OBJECT if draft.speaker is not None else MIN_WORDS
        if lex.verb_second:
            # German verb brackets leave a lone auxiliary or particle after the cue
            # ('bestätigt worden', 'teilte … mit'): one word is no content there.
            minimum = max(minimum, 2)
        inverted = draft.speaker is not None and draft.speaker[0] >= cue.hi
        if draft.end <= toks[cue.lo].start and not (inverted and _reporting_mood(toks[lo:hi], lex)):
            # '…, he said' after a word or three ('Not yet, he said.') is mostly an answer or a
            # fragment of a larger claim, not a claim of its own. A verb in the reporting mood before a
            # frame with its subject after the verb makes it a clause ('Niemand werde entlassen, betonte Hollmann').
            minimum = max(minimum, _MIN_BEFORE)
        if sum(1 for t in toks[lo:hi] if t.is_word) < minimum:
            continue
        drafts.append(draft)
    return drafts


def _reporting_mood(words, lex: Lexicon) -> bool:
    """A lower-case verb of the reporting mood that is no modal of plans ('werde', 'sei'; not 'soll')."""
    return any(t.low in lex.subjunctive and t.low not in lex.weak_moods and not t.is_cap for t in words)


def _past_dateline(index: TokenIndex) -> int:
    """The first token after the dateline opening the story, or 0 without one."""
    span = dateline_span(index.text)
    return index.token_at(span[1]) if span is not None else 0
