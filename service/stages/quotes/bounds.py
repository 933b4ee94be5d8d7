"""Claim boundaries settled once every finder has drafted its claims: past the dateline, before a frame that
reports the whole sentence, and without a verb of answering's object."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from service.stages.dateline import dateline_span
from service.stages.quotes.drafts import Draft
from service.tokens import TokenIndex


def past_dateline(text: str, drafts: list[Draft]) -> None:
    """'WASHINGTON (AP) — The board approved …, the agency said': a reported claim that opens the story starts
    after the dateline, which names where the story was filed, not what was said."""
    span = dateline_span(text)
    if span is None:
        return
    end = span[1]
    # The first word after the dash: the dateline regex takes only one space.
    start = end + len(text[end:]) - len(text[end:].lstrip())
    for draft in drafts:
        if draft.start < end and start < draft.end and not draft.pieces:
            draft.start = start


def past_complementizer(index: TokenIndex, drafts: list[Draft], lex) -> None:
    """'a déclaré que les taxes augmenteront': where the language's labelled claims leave the complementizer
    out (``Lexicon.content_complementizer``), a reported clause starts after it."""
    if lex.content_complementizer:
        return
    toks = index.tokens
    for draft in drafts:
        if draft.type != "indirect" or draft.pieces:
            continue
        k = index.token_at(draft.start)
        if k + 1 < len(toks) and toks[k].start == draft.start and toks[k].low in lex.complementizers and (
                toks[k + 1].start < draft.end and toks[k + 1].is_word):
            draft.start = toks[k + 1].start


def before_outer_frames(index: TokenIndex, drafts: list[Draft], lex) -> None:
    """'The ministry warned that prices would rise, officials said': the claim of 'warned' ends where the claim of
    'said' ends. The frame after it says who reported the whole sentence, not what the ministry warned."""
    framed = [d for d in drafts if d.type == "indirect" and d.cue is not None and not d.pieces]
    # An opinion marker after its holder ('seiner Meinung nach') sits inside clauses, not after the sentence.
    # Sorted by where their cue stands, so each claim looks only at the frames whose cue lies inside it.
    trailing = sorted(((index.tokens[d.cue.lo].start, d) for d in framed  # type: ignore[union-attr]
                       if d.cue.kind in ("verb", "source")), key=lambda pair: pair[0])  # type: ignore[union-attr]
    at = [cue for cue, _ in trailing]
    for inner in framed:
        inner_cue = index.tokens[inner.cue.lo].start  # type: ignore[union-attr]
        for outer_cue, outer in trailing[bisect_right(at, inner.start):bisect_left(at, inner.end)]:
            if (outer is not inner and outer.start <= inner_cue and inner.start < outer.end <= outer_cue < inner.end
                    and inner.quoted_end <= outer.end and _frame_ends(index, outer, inner.end, lex)):
                inner.end = outer.end


def without_answered_objects(index: TokenIndex, drafts: list[Draft], lex) -> list[Draft]:
    """'did not respond to requests for comment', 'responded with logic': a verb of answering followed by a
    preposition names what it answers, not something said, so the draft goes. 'replied to critics that …' is kept
    from its 'that'; content after a colon or another cue ('responded … by saying …') is kept whole."""
    out = []
    for draft in drafts:
        cue = draft.cue
        at_cue = first = index.token_at(draft.start)
        while first < len(index.tokens) and index.tokens[first].low in lex.skip:
            first += 1  # 'reageerden niet op vragen': a negation or a day between the verb and what it answers
        if (draft.type != "indirect" or cue is None or cue.text not in lex.answer_cues or draft.pieces
                or at_cue != cue.hi or first >= len(index.tokens) or index.tokens[first].low not in lex.answer_preps):
            out.append(draft)
            continue
        end = index.token_at(draft.end)
        that = next((k for k in range(first + 1, min(end, first + _ANSWERED_MAX))
                     if index.tokens[k].low in lex.complementizers), None)
        if that is not None:
            draft.start = index.tokens[that].start
            out.append(draft)
        elif any(t.text == ":" or t.low in lex.cues for t in index.tokens[first:end]):
            out.append(draft)
    return out


def mark_topics(index: TokenIndex, drafts: list[Draft], lex) -> None:
    """'The inhabitants complain about the traffic jams', 'Governor Declared About Repair of Bridge': a cue followed
    only by a topic phrase (``lex.topic_preps``) names what was talked about, not what was said, so the draft makes
    no claim (``Draft.topic_only``). A clause inside it ('warned of a crisis that …', 'spoke about how …') keeps it."""
    if not lex.topic_preps:
        return
    toks = index.tokens
    for draft in drafts:
        cue = draft.cue
        first = index.token_at(draft.start)
        # Only verbs that report a clause without 'that' ('declared', 'complained'): after them a topic stands where
        # the clause would; 'bragged about his debates', 'speculated about his health' take a topic as their
        # content, and the attribution corpora label it so.
        if (draft.type != "indirect" or cue is None or cue.kind != "verb" or cue.text not in lex.bare
                or draft.pieces or first >= len(toks)
                or toks[first].low not in lex.topic_preps or first < cue.hi
                or not all(t.low in lex.skip or t.low in lex.months for t in toks[cue.hi:first])):
            continue
        content = toks[first + 1:index.token_at(draft.end)]
        if content and (content[0].low[:1].isdigit() or content[0].low in lex.number_words):
            continue  # 'said about 250 residents had left': 'about' a number is a rough count, no topic
        # 'called on people to protest': an infinitive after the object is content.
        draft.topic_only = not any(t.low in lex.complementizers or t.text == ":" or t.low in lex.cues
                                   or t.low in lex.infinitive_markers for t in content)


_ANSWERED_MAX = 8  # tokens of what is answered ('to critics in the city council') before its 'that'


_FRAME_TAIL = 6  # words a trailing frame may run on after its cue and speaker ('in a statement on Tuesday')


def _frame_ends(index: TokenIndex, outer: Draft, end: int, lex) -> bool:
    """Nothing but the frame of ``outer`` lies between its cue and ``end``: a few words, or an apposition to its
    speaker (', a senior official with …'). 'una medida que, según Washington, responde a …' goes on after it."""
    assert outer.cue is not None
    after = max(outer.cue.hi, outer.speaker[1] if outer.speaker is not None else 0)
    rest = index.tokens[after:index.token_at(end)]
    words = [t for t in rest if t.is_word]
    if len(words) <= _FRAME_TAIL:
        return True
    return len(rest) > 1 and rest[0].text == "," and rest[1].low in lex.determiners
