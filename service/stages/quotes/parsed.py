"""Dependency-parse help for en/fr: reported content the token rules cannot frame.

Many attribution verbs frame content only in some constructions: 'decided to run' and 'hopes
the vote will pass' report an intention or a belief, 'decided on Monday' does not; 'backed the
bill' reports a stance, 'backed into a wall' does not. The lexicon names such verbs with the
relations under which they frame content (``Lexicon.parse_frames``: form -> relations), and a
parse of the sentence decides. Only sentences holding such a form outside any claim found so
far are parsed, at most ``MAX_PARSED`` per article, so the cost stays small.
"""

from __future__ import annotations

from typing import Any

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.parses import nominal_subject
from service.tokens import TokenIndex

MAX_PARSED = 60
_MIN_WORDS = 2
_THAT_CLAUSE = frozenset({"ccomp"})


def parsed_claims(parser: Any, index: TokenIndex, drafts: list[Draft], lex) -> list[Draft]:
    """Drafts for frames the parse confirms, in sentences no other claim has taken."""
    frames = lex.parse_frames
    if not frames:
        return []
    toks = index.tokens
    # A sentence inside a quote is the speaker's own ('I think …'), not a new frame.
    quoted_sents = {sent for d in drafts if d.type in ("direct", "partial")
                    for sent in range(index.sentence_of(d.start), index.sentence_of(d.end - 1) + 1)}
    # Words already claimed: a frame may share a sentence with a claim, not its words. A token
    # mask keeps this linear in the article's length.
    claimed = index.covered((d.start, d.end) for d in drafts if d.type != "term")
    out: list[Draft] = []
    nouns = lex.noun_frames
    todo = [sent for sent, (s0, s1) in enumerate(index.sent_range)
            if sent not in quoted_sents and any((toks[i].low in frames or toks[i].low in nouns)
                                                and not claimed[i]
                                                for i in range(s0, s1))][:MAX_PARSED]
    if hasattr(parser, "prefetch"):
        parser.prefetch([index.sentences[sent].text for sent in todo])
    for sent in todo:
        sentence = index.sentences[sent]
        doc = parser.parse(sentence.text)
        found_frames = [(*found, False) for found in _frames_in(doc, lex)]
        found_frames += [(*found, True) for found in _passives_in(doc, lex)]
        found_frames += [(*found, found[2] is None) for found in _nouns_in(doc, lex)]
        for cue_tok, content, subject, agentless in found_frames:
            draft = _draft(index, sentence.start, sent, cue_tok, content, subject, agentless=agentless)
            if draft is None or draft.cue is None:
                continue
            lo, hi = index.token_at(draft.start), index.token_at(draft.end)
            if not (claimed[lo] or claimed[hi - 1] or claimed[draft.cue.lo]):
                out.append(draft)
                claimed[lo:hi] = [True] * (hi - lo)
    return out


def _frames_in(doc, lex):
    """(cue token, content tokens, subject tokens) for each framing verb of the parse."""
    for tok in doc:
        relations = lex.parse_frames.get(tok.text.lower())
        if not relations and tok.pos_ == "VERB" and tok.text.lower() not in lex.not_frames and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.text.lower() in lex.report_marks
                                          for m in c.children)
                for c in tok.children):
            relations = _THAT_CLAUSE  # 'X ruled that …': any verb with a 'that' clause reports it
        if not relations or tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(tok)
        if subject is None or subject.text.lower() in lex.expletives or (
                subject.text.lower() in lex.personal_pronouns):
            continue
        content = next((c for c in tok.children if c.dep_ in relations and c.i > tok.i), None)
        if content is None:
            continue
        yield tok, (content.left_edge, content.right_edge), (subject.left_edge, subject)


def _passives_in(doc, lex):
    """'More than 250,000 voters are expected to attend': a passive belief verb with an open
    complement reports hearsay; the content is the whole clause, the agent ('by X') speaks."""
    for tok in doc:
        if tok.text.lower() not in lex.passive_frames or tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        content = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > tok.i), None)
        if subject is None or content is None or subject.text.lower() in lex.expletives:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        yield tok, (subject.left_edge, content.right_edge), ((by.left_edge, by) if by is not None else None)


def _nouns_in(doc, lex):
    """'Trump's attacks on the judge', 'her support for the bill', 'the claim that …': a
    stance or speech noun reports its object; a possessor, if any, is the source."""
    for tok in doc:
        preps = lex.noun_frames.get(tok.text.lower())
        if not preps or tok.pos_ != "NOUN":
            continue
        content = None
        for child in tok.children:
            if child.i < tok.i:
                continue
            if child.dep_ == "prep" and child.text.lower() in preps:
                content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            elif child.dep_ in ("acl", "ccomp") and lex.noun_clause_mark in preps and any(
                    m.dep_ == "mark" and m.text.lower() == lex.noun_clause_mark
                    for m in child.children):
                content = child
            if content is not None:
                break
        if content is None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.text.lower() in lex.personal_pronouns
                                  or owner.text.lower() in lex.possessives):
            source = (owner, owner)
        elif owner is not None:
            source = (owner.left_edge, owner)
        else:
            source = None
        yield tok, (content.left_edge, content.right_edge), source


def _subject(tok):
    """The verb's subject, or that of the verb it is coordinated with ('X criticized A and
    praised B')."""
    for _ in range(3):
        subject = nominal_subject(tok)
        if subject is not None or tok.dep_ != "conj" or tok.head is tok:
            return subject
        tok = tok.head
    return None


def _draft(index: TokenIndex, base: int, sent: int, cue_tok, content, subject,
           agentless: bool = False) -> Draft | None:
    toks = index.tokens
    lo, hi = _token_range(index, base, *content)
    if sum(1 for t in toks[lo:hi] if t.is_word) < _MIN_WORDS:
        return None
    cue_lo = index.token_at(base + cue_tok.idx)
    cue = Cue(cue_lo, cue_lo + 1, "verb", toks[cue_lo].low)
    start, end = toks[lo].start, toks[hi - 1].end
    if agentless:  # the content holds the cue; the agent, if any, follows it
        speaker = _token_range(index, base, *subject) if subject is not None else None
        if not lo < cue_lo < hi:
            return None
        return Draft(start, end, "indirect", sent, cue=cue, speaker=speaker, agentless=speaker is None)
    s_lo, s_hi = _token_range(index, base, *subject)
    if not (s_lo < s_hi <= cue_lo < lo < hi):
        return None
    return Draft(start, end, "indirect", sent, cue=cue, speaker=(s_lo, s_hi))


def _token_range(index: TokenIndex, base: int, first, last) -> tuple[int, int]:
    """Our token range for the parsed tokens ``first``..``last`` of a sentence at ``base``."""
    return index.token_at(base + first.idx), index.token_at(base + last.idx + len(last.text))
