"""Colon attribution: headlines ('Sanders: …') and transcript turns ('SANDERS: …', 'Q: …')."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.indirect_drafts import MIN_WORDS, indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.sentences import same_paragraph
from service.tokens import TokenIndex

_COLON_NAME_MAX = 4


def colon_claims(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Headline attribution 'Sanders: I'm Not Much Of A Socialist': a short name, a colon, and
    the speaker's words, in a sentence no other frame has claimed."""
    if not lex.colon_heads:
        return []
    taken = {d.sent for d in drafts}
    toks = index.tokens
    out: list[Draft] = []
    for sent, (s0, s1) in enumerate(index.sent_range):
        colon = next((k for k in range(s0 + 1, min(s1, s0 + _COLON_NAME_MAX + 2))
                      if toks[k].text == ":"), None)
        if colon is None:
            continue
        turn = _transcript_turn(index, sent, colon, lex)
        if turn is not None:
            out.append(turn)
            continue
        if sent in taken:
            continue
        name = toks[s0:colon]
        if not all(t.is_word and t.is_cap or t.text in ".'’-" for t in name) or (
                len([t for t in name if t.is_word]) > _COLON_NAME_MAX
                or any(t.low in lex.colon_labels or t.low in lex.months or t.low in lex.preps
                       or t.low in lex.determiners for t in name if t.is_word)):
            continue
        if sum(1 for t in toks[colon + 1:s1] if t.is_word) < MIN_WORDS:
            continue
        draft = indirect_draft(index, colon + 1, s1, sent,
                               Cue(colon, colon + 1, "source", ":"), (s0, colon))
        if draft is not None:
            out.append(draft)
    return out


def _transcript_turn(index: TokenIndex, sent: int, colon: int, lex: Lexicon) -> Draft | None:
    """'SANDERS: We will win. …' and 'Q: Why run?' opening a paragraph: a transcript turn; the
    speaker's words run to the end of the paragraph, around any frames inside them. An 'A:'
    answer is left to the frames inside it: on PolNeAR train fewer than two in five answers
    are claims as a whole, against two in three named or 'Q:' turns. ``colon`` ends the label."""
    toks = index.tokens
    if same_paragraph(index, sent):
        return None
    s0 = index.sent_range[sent][0]
    label = [t for t in toks[s0:colon] if t.is_word]
    shouting = all(t.text.isupper() and len(t.text) > 1 for t in label)
    question = [t.text for t in label] == [lex.question_label.upper()]
    if not label or not (shouting or question) or any(
            t.low in lex.colon_labels and t.low != lex.question_label for t in label):
        return None
    last = sent
    while last + 1 < len(index.sentences) and same_paragraph(index, last + 1):
        last += 1
    return indirect_draft(index, colon + 1, index.sent_range[last][1], sent,
                          Cue(colon, colon + 1, "source", ":"), (s0, colon))
