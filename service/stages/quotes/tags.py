"""Speakers of direct quotes that no cue word frames: speech tags and signature lines.

News prose attributes many quotes with verbs no cue lexicon lists ('“…,” he continued',
'“…,” Smith shot back') or with a long apposition that pushes the cue out of reach ('“…,” Jane
Roe, 57, a retired nurse from Ohio, said'); reader comments, epigraphs and fact-check boxes sign
a quote with a dash line ('“…” ― Jane Roe'). Both name the speaker right after the closing mark,
so they beat carrying over the previous speaker. So does a lead-in that ends in a colon
('Jane Roe:', 'As Roe put it:', 'The mayor went further:') or a short one that ends in a comma
('She continued, “…”').
"""

from __future__ import annotations

from typing import Any

from service.stages.quotes.drafts import Draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.parses import verb_root_subject
from service.stages.quotes.phrases import sentence_subject
from service.tokens import QUOTE_CHARS, TokenIndex, is_stop_mark

_MARKS = QUOTE_CHARS | {"'"}  # '' is the closing mark in some wire archives
_DASHES = frozenset("—―–-")
_TAG_MAX = 30  # tokens read after a closing mark for a tag (appositions can be long)
_NAME_MAX = 6
_SHORT = 6  # words in a tag that the sentence splitter cut off ('…?” Smith asked.')
_KEEP_RIGHT = frozenset({"prep", "compound", "appos", "nmod", "flat", "amod", "npadvmod",
                         "punct", "relcl", "acl"})


def speech_tag(index: TokenIndex, draft: Draft, lex: Lexicon, parser: Any = None):
    """Token range of the speaker named right after the quote, or None."""
    toks = index.tokens
    close = index.token_at(draft.end)
    j = close
    while j < len(toks) and toks[j].text in _MARKS:
        j += 1
    if j >= len(toks) or j == close:
        return None
    signed = _signature(index, close, j, lex)
    if signed is not None:
        return signed
    last = toks[close - 1] if close > 0 else None
    # Only a quote that leaves its sentence open ('…,”', '…?” ') is followed by its tag.
    if last is None or last.text not in ",?!—–":
        return None
    if (index.sentences[toks[j].sent].paragraph != index.sentences[toks[close].sent].paragraph
            or toks[j].low in lex.relative_pronouns or toks[j].low in lex.not_tag_openers):
        return None  # '…,” which votes in June': the clause goes on about something else
    hi = _tag_end(index, j)
    if toks[j].sent != toks[close].sent and not (
            toks[j].text[0].islower() or sum(t.is_word for t in toks[j:hi]) <= _SHORT):
        return None  # '…?” Trump is running again.' starts a new sentence, not a tag
    if hi - j < 2:
        return None
    if toks[j].low in lex.subject_pronouns and toks[j + 1].is_word and not toks[j + 1].is_cap:
        return j, j + 1  # '“…,” he continued'
    if parser is not None:
        return _parsed_subject(index, j, hi, parser)
    return _name_then_verb(index, j, hi, lex)


def _signature(index: TokenIndex, close: int, j: int, lex: Lexicon):
    """'“…” ― Jane Roe' (the line may also stand alone right after the quote's paragraph)."""
    toks = index.tokens
    if toks[j].text not in _DASHES or j + 1 >= len(toks):
        return None
    paragraph = index.sentences[toks[j].sent].paragraph
    same = paragraph == index.sentences[toks[close].sent].paragraph
    if not same and (paragraph != index.sentences[toks[close].sent].paragraph + 1
                     or j != index.sent_range[toks[j].sent][0]):
        return None
    k = j + 1
    while k < len(toks) and k - j <= _NAME_MAX and index.sentences[toks[k].sent].paragraph == (
            paragraph) and (toks[k].is_cap and toks[k].is_word or (
            toks[k].text == "." and toks[k - 1].is_cap and len(toks[k - 1].text) <= 2)
            or toks[k].low in lex.name_glue):
        k += 1
    if k == j + 1 or not toks[k - 1].is_cap:
        return None
    # The name ends the line, or a title follows it after a comma.
    end = k >= len(toks) or index.sentences[toks[k].sent].paragraph != paragraph or (
        toks[k].text in ".,[" and (k + 1 >= len(toks) or toks[k].text == ","
                                   or index.sentences[toks[k + 1].sent].paragraph != paragraph))
    return (j + 1, k) if end else None


def _tag_end(index: TokenIndex, j: int) -> int:
    toks = index.tokens
    paragraph = index.sentences[toks[j].sent].paragraph
    k = j
    while (k < len(toks) and k - j < _TAG_MAX and toks[k].text not in _MARKS
           and not is_stop_mark(toks, k)
           and index.sentences[toks[k].sent].paragraph == paragraph):
        k += 1
    return k


def _parsed_subject(index: TokenIndex, lo: int, hi: int, parser: Any):
    """The subject of the tag's main verb, when it opens the tag ('Jane Roe, 57, said …')."""
    toks = index.tokens
    start = toks[lo].start
    doc = parser.parse(index.text[start:toks[hi - 1].end])
    found = verb_root_subject(doc)
    if found is None or found[1] is None:
        return None
    root, subject = found
    if subject.i < root.i:
        if subject.left_edge.i != 0:
            return None
    elif root.i != 0:
        return None  # '“…,” reads a note' is inverted only right after the mark
    right = subject
    for child in subject.rights:
        if child.dep_ in _KEEP_RIGHT and child.i < (root.i if subject.i < root.i else len(doc)):
            right = child.right_edge
    while right.i > subject.i and right.is_punct:
        right = doc[right.i - 1]
    a = index.token_at(start + subject.left_edge.idx)
    b = index.token_at(start + right.idx + len(right.text))
    return (a, b) if b > a else None


def _name_then_verb(index: TokenIndex, j: int, hi: int, lex: Lexicon):
    """Without a parser: a capitalised name (with titles), perhaps followed by an apposition
    between commas ('Jane Roe, 57, a nurse,'), then a lowercase word (the verb)."""
    toks = index.tokens
    k = j
    while k < hi and (toks[k].is_cap or toks[k].text == "." or toks[k].low in lex.name_glue):
        k += 1
    verb = k
    if k < hi and toks[k].text == ",":
        # The apposition ends at the comma before a lowercase word other than an article.
        verb = next((c + 1 for c in range(k + 1, hi - 1) if toks[c].text == ","
                     and toks[c + 1].is_word and not toks[c + 1].is_cap
                     and toks[c + 1].low not in lex.determiners), hi)
    if k == j or verb >= hi or not toks[verb].is_word or toks[verb].is_cap or (
            toks[verb].low in lex.stop and toks[verb].low not in lex.cues):
        return None
    return j, k


def lead_in(index: TokenIndex, draft: Draft, lex: Lexicon, parser: Any = None):
    """The speaker of a quote introduced by a lead-in ending in a colon, or None."""
    toks = index.tokens
    o = index.token_at(draft.start) - 1
    while o >= 0 and toks[o].text in _MARKS:
        o -= 1
    if o < 1 or toks[o].text not in ":,":
        return None
    lo = index.sent_range[toks[o].sent][0]
    if toks[o].text == ",":
        return _short_lead(index, lo, o, lex)
    name = _name_before(index, lo, o, lex)
    if name is not None:
        return name
    if parser is not None:
        return _lead_subject(index, lo, o, parser, lex)
    subject = sentence_subject(index, lo, o, lex)
    if subject is None or not any(t.is_cap or t.low in lex.pronouns
                                  for t in toks[subject[0]:subject[1]]):
        return None
    return subject


_LEAD_MAX = 4  # words in 'He continued,' / 'Jane Roe went on,'


def _short_lead(index: TokenIndex, lo: int, comma: int, lex: Lexicon):
    """'He continued, “…”', 'Jane Roe went on, “…”': a short clause of a pronoun or a name and
    lowercase words (the verb) that opens the sentence; its subject speaks."""
    toks = index.tokens
    words = toks[lo:comma]
    if not words or len(words) > _LEAD_MAX or not all(t.is_word or t.text == "." for t in words):
        return None
    if words[0].low in lex.subject_pronouns:
        k = lo + 1
    else:
        k = lo
        while k < comma and (toks[k].is_cap or toks[k].text == "."):
            k += 1
        if k == lo or toks[lo].low in lex.determiners or toks[lo].low in lex.stop or (
                toks[lo].low in lex.preps):
            return None
    rest = toks[k:comma]
    if not rest or any(t.is_cap or t.low in lex.complementizers or t.low in lex.relative_pronouns
                       for t in rest):
        return None
    return lo, k


def _name_before(index: TokenIndex, lo: int, colon: int, lex: Lexicon):
    """'Jane Roe:', 'Rep. Jane Roe (D-Ohio):', 'More from Jane Roe:': a name right before it."""
    toks = index.tokens
    k = colon - 1
    if toks[k].text == ")":
        while k > lo and toks[k].text != "(":
            k -= 1
        k -= 1
    hi = k + 1
    while k >= lo and (toks[k].is_word and toks[k].is_cap or toks[k].text == "." or (
            toks[k].low in lex.name_glue and k > lo and toks[k - 1].is_cap)):
        k -= 1
    if k + 1 >= hi or not toks[k + 1].is_cap or toks[k + 1].low in lex.determiners:
        return None
    before = toks[k] if k >= lo else None
    if before is not None and before.is_word and (
            before.low in lex.preps or before.low in lex.stop) and (
            before.low not in lex.lead_source_preps):
        # 'More from Roe:' names the source; 'a blunt message to Roe:' an addressee ('Stated
        # Roe' stays: a verb).
        return None
    return k + 1, hi


def _lead_subject(index: TokenIndex, lo: int, colon: int, parser: Any, lex: Lexicon):
    """The subject of the lead-in's main verb ('The mayor went further:')."""
    toks = index.tokens
    start = toks[lo].start
    found = verb_root_subject(parser.parse(index.text[start:toks[colon].start]))
    if found is None:
        return None
    root, subject = found
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or (
            subject.lower_ in lex.dummy_subjects):
        return None  # 'It gets better:', 'This is the text:' introduce no speaker
    right = subject
    for child in subject.rights:
        if child.dep_ in ("compound", "appos", "flat") and child.i < root.i:
            right = child.right_edge
    a = index.token_at(start + subject.left_edge.idx)
    b = index.token_at(start + right.idx + len(right.text))
    return (a, b) if b > a else None
