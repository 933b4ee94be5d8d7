"""Where a verb frame's content starts and stops: adjuncts, passives, parentheticals, next claims."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import span_of
from service.stages.quotes.indirect_drafts import NO_CLAIM, indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import np_after
from service.tokens import QUOTE_CHARS, TokenIndex

_ADJUNCT_REACH = 12  # tokens from an adjunct's preposition to the clause that follows it
_ADJUNCT_MAX = 8  # words: a longer rest without a complementizer may hide a bare clause


def after_adjunct(index: TokenIndex, j: int, s1: int, lex: Lexicon, after_medium: bool = False):
    """'said at a news conference in Ohio that …' / 'said dryly.': a prepositional phrase or a
    manner adverb right after a saying verb is where and how it was said. Returns the
    complementizer that starts the content after the adjunct, ``NO_CLAIM`` when a short
    adjunct is all there is, ``None`` to leave the rest as it is: no adjunct opens it ('agreed
    to pay' is an infinitive; 'to the council' after 'in a video message' is not), or a
    subject pronoun shows a bare clause ('said after the vote he would run')."""
    toks = index.tokens
    if j >= s1 or (toks[j].low in lex.infinitive_markers and not after_medium) or not (
            toks[j].low in lex.preps or toks[j].low in lex.media_preps
            or (toks[j].low.endswith(lex.adverb_endings) and not toks[j].is_cap)):
        return None
    words = 0
    for k in range(j, s1):
        low = toks[k].low
        if toks[k].text in QUOTE_CHARS or low in lex.question_words or low in lex.pronouns:
            return None  # a partial quote, a topic ('said in June about the plan'), a clause
        if low in lex.complementizers:
            return k if k - j <= _ADJUNCT_REACH else None
        words += toks[k].is_word
    return NO_CLAIM if words <= _ADJUNCT_MAX else None


def _is_be(low: str, lex: Lexicon) -> bool:
    """A form of 'be', or its contraction standing as a token of its own ('it's expected')."""
    return low in lex.be_forms or low in lex.be_clitics


def passive_claim(index, cue: Cue, speaker, j: int, s1: int, lex: Lexicon, sent: int):
    """A passive cue ('was revealed', 'are expected to'): its subject is what is reported on,
    never the source. With 'to'/'that' after a belief verb the subject is part of the hearsay
    ('More than 250,000 voters are expected to attend'); the agent after 'by', if any, is the
    source. Without a clause there is no content ('No detail was revealed in this regard').
    ``None``: not passive, or left to the active reading."""
    toks = index.tokens
    if speaker is None or not cue.text.endswith(lex.passive_endings):
        return None
    k = cue.lo - 1
    # Back over adverbs and auxiliaries other than 'be' ('has been widely expected').
    while k >= speaker[1] and ((toks[k].low in lex.skip and not _is_be(toks[k].low, lex))
                               or toks[k].low.endswith(lex.adverb_endings)):
        k -= 1
    if k < speaker[1]:
        if speaker[1] - speaker[0] < 2 or not _is_be(toks[speaker[1] - 1].low, lex):
            return None
        k = speaker[1] - 1  # the subject phrase took the auxiliary ('Un appel doit être | lancé')
    if not _is_be(toks[k].low, lex):
        return None
    source = None
    if j < s1 and toks[j].low in lex.agent_preps:  # 'is believed by investigators to …'
        source = np_after(index, j + 1, lex, s1)
        j = source[1] if source is not None else j
    if j < s1 and toks[j].low in lex.hearsay_openers and cue.text in lex.passive_frames:
        draft = indirect_draft(index, speaker[0], s1, sent, cue, source)
    elif j < s1 and toks[j].low in lex.complementizers:
        if source is None:
            # 'Walmart was informed that it was still interested': machine-translated copy
            # renders 'a fait savoir' / 'informó' so; the subject is the source there.
            return None
        draft = indirect_draft(index, j, s1, sent, cue, source)
    else:
        return NO_CLAIM
    if draft is not None:
        draft.agentless = source is None
    return draft or NO_CLAIM


def parenthetical_claim(index, cue: Cue, speaker, j: int, s0: int, s1: int, lex: Lexicon,
                        sent: int, medium) -> Draft | None:
    """'Orders rose in May, she said, closing her laptop.' and 'Riding alone, they said, can be
    hazardous.': a frame set off by commas on both sides reports the words around it, not the
    words after it. A participle after the frame starts a new action, and 'as …', 'while …' an aside of the
    writer's, so the content stops at the frame; anything else continues the sentence and is a second piece."""
    toks = index.tokens
    if lex.verb_second or speaker is None or speaker[1] > cue.lo or j >= s1 or toks[j].text != ",":
        return None
    comma = speaker[0] - 1
    if comma <= s0 or toks[comma].text != "," or any(t.text in "“”\"«»„" for t in toks[s0:comma]):
        return None
    draft = indirect_draft(index, s0, comma, sent, cue, speaker, medium=medium)
    rest = j + 1
    if draft is None or rest >= s1 or toks[rest].low.endswith(lex.gerund_endings) or (
            toks[rest].is_cap or toks[rest].low in lex.writer_asides):
        return draft
    tail = span_of(index, rest, s1)
    if tail is not None:
        draft.pieces = [*draft.parts(), tail]
        draft.end = tail[1]
    return draft


_PARENTHESIS_SUBJECT = 8  # words before a frame inside the sentence: the subject the frame interrupts


def inverted_parenthetical(index, cue: Cue, s0: int, s1: int, lex: Lexicon, sent: int) -> Draft | None:
    """'Il lavoratore, ha riferito l'ospedale, è ancora in prognosi riservata', 'El herido, informó el hospital,
    sigue grave': a frame with its subject after the verb, set off by commas inside the sentence, reports the words
    on both sides; its subject is the phrase between the verb and the second comma."""
    toks = index.tokens
    k = cue.lo
    while k > s0 and toks[k - 1].low in lex.skip:
        k -= 1  # the auxiliary of a compound past ('ha riferito', 'a indiqué')
    comma = k - 1
    if not lex.inverted_compounds or toks[cue.lo].low.endswith(lex.gerund_endings) or comma <= s0 or (
            toks[comma].text != "," or any(t.text in QUOTE_CHARS or t.text == "," for t in toks[s0:comma])):
        return None
    if k == cue.lo and toks[cue.lo].low.endswith(lex.aside_participle_endings):
        return None  # 'Le maire, accusé de corruption, a démissionné': a participle without its auxiliary describes
    speaker = np_after(index, cue.hi, lex, s1)
    if speaker is None or speaker[1] + 1 >= s1 or toks[speaker[1]].text != ",":
        return None
    if not (toks[speaker[0]].is_cap or toks[speaker[0]].low in lex.determiners):
        return None  # its subject is a noun phrase, not a prepositional one
    rest = speaker[1] + 1
    after = toks[rest]
    if after.is_cap or after.low in lex.writer_asides or after.low in lex.complementizers or (
            after.low in lex.relative_pronouns or after.low.endswith(lex.gerund_endings)
            or after.low in lex.determiners or after.low.isdigit()):
        # A new clause, an apposition to the speaker ('…, said Dana Cole, a teacher who …') or the writer's aside
        # after the frame, not the rest of the sentence.
        return None
    if sum(1 for t in toks[s0:comma] if t.is_word) > _PARENTHESIS_SUBJECT:
        return None  # the words before are a clause of their own, which the other frames read
    draft = indirect_draft(index, s0, comma, sent, cue, speaker)
    tail = span_of(index, rest, s1)
    if draft is None or tail is None:
        return None
    draft.pieces = [*draft.parts(), tail]
    draft.end = tail[1]
    return draft


def clause_end(index: TokenIndex, cue: Cue, lo: int, s1: int, lex: Lexicon) -> int:
    """Content after a cue stops where a ', saying …' / ', adding …' claim takes over."""
    toks = index.tokens
    end = lex.rules.coordinated_end(index, lo, s1, lex)
    if end is not None:
        return end
    for j in range(lo + 1, s1 - 1):
        if toks[j].low in lex.verb_coordinators:
            # '… said that A and said that B': a second cue of the same subject starts a claim.
            k = j + 1
            while k < s1 - 1 and toks[k].low in lex.skip:
                k += 1
            if toks[k].low in lex.cues and not toks[k].low.endswith(lex.gerund_endings):
                return j - 1 if toks[j - 1].text == "," else j
        if toks[j].text == ",":
            k = j + 1
            while k < s1 - 1 and toks[k].text in "”’\"»“":
                k += 1
            if toks[k].low in lex.cues and toks[k].low.endswith(lex.gerund_endings):
                return k if k > j + 1 else j
    return s1


_LINK_SUBJECT_MAX = 6  # tokens between the conjunction and its clause's cue


def linked_clause(index: TokenIndex, lo: int, s1: int, lex: Lexicon, verb_cues) -> int:
    """'… accused each other of playing politics while doctors warned of an outbreak': content
    ends before a conjunction whose clause has a subject and a cue of its own; that clause is
    a claim in its own right, not part of this one."""
    toks = index.tokens
    for j in range(lo + 1, s1 - 2):
        if toks[j].text in QUOTE_CHARS:
            break  # a conjunction inside a quote is the quoted speaker's, not the frame's
        if toks[j].low not in lex.clause_links:
            continue
        for k in range(j + 2, min(s1, j + 2 + _LINK_SUBJECT_MAX)):
            if not toks[k].is_word or toks[k].low in lex.complementizers:
                break
            if k in verb_cues:
                return j - 1 if toks[j - 1].text == "," else j
    return s1
