"""Questions put to someone: 'Asked whether the vote was fair, the mayor said …'."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.indirect_drafts import indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import np_after
from service.tokens import TokenIndex

_QUESTION_REACH = 6


def question_claims(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Asked whether the vote was fair, the mayor said …': a question put to someone opens the
    sentence; what was asked is reported speech, by whoever 'by' names (usually nobody)."""
    if not lex.question_cues:
        return []
    toks = index.tokens
    # A token mask keeps this linear in the article's length.
    claimed = index.covered((d.start, d.end) for d in drafts if d.type != "term")
    out: list[Draft] = []
    for sent, (s0, s1) in enumerate(index.sent_range):
        j = s0
        if j < s1 and toks[j].low in lex.question_openers:
            j += 1
        if j + 1 >= s1 or toks[j].low not in lex.question_cues:
            continue
        cue = Cue(j, j + 1, "verb", toks[j].low)
        k, source = j + 1, None
        if toks[k].low in lex.agent_preps:
            source = np_after(index, k + 1, lex, s1)
            k = source[1] if source is not None else k + 1
        opens = lex.complementizers | lex.question_words
        # 'Asked Tuesday about …', 'Asked during a debate why …': what was asked opens within
        # a few words, before any comma.
        k = next((m for m in range(k, min(s1, k + _QUESTION_REACH))
                  if toks[m].low in opens or toks[m].text == ","), s1)
        if k >= s1 or toks[k].low not in opens:
            continue
        comma = next((m for m in range(k + 1, s1) if toks[m].text == ","), None)
        if comma is None:
            continue
        draft = indirect_draft(index, k, comma, sent, cue, source)
        if draft is None or any(claimed[index.token_at(draft.start):index.token_at(draft.end)]):
            continue
        draft.agentless = source is None
        out.append(draft)
    return out
