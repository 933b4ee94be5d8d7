"""Small shared helpers for reading the words around a cue (media, addressees, spans)."""

from __future__ import annotations

from collections.abc import Callable

from service.stages.quotes.cues import Cue
from service.stages.quotes.lexicon import Lexicon
from service.tokens import PUNCT_BOUNDARY, TokenIndex, is_stop_mark

_AS_FRAME_MAX = 16  # tokens from the 'wie'/'zoals' opening an as-clause to its closing cue


def medium_after(index: TokenIndex, lo: int, hi: int, lex: Lexicon) -> tuple[str | None, int]:
    """'on Fox Business' / 'in a statement' right after a cue: (medium, first token after it)."""
    toks = index.tokens
    j = lo
    while j < hi and toks[j].low in lex.skip and toks[j].low not in lex.media_preps:
        j += 1
    if j >= hi or toks[j].low not in lex.media_preps:
        return None, lo
    k = j + 1
    if k < hi and toks[k].low in lex.determiners:
        k += 1
        m = k
        while m < hi and toks[m].is_word and toks[m].low not in lex.stop and m - k < 4:
            m += 1
        if any(t.low in lex.medium_nouns for t in toks[k:m]):
            return index.text[toks[j].start:toks[m - 1].end], m
        return None, lo
    m = k
    while m < hi and toks[m].is_cap and toks[m].is_word and toks[m].low not in lex.months:
        m += 1
    if m > k and toks[j].low not in lex.addressee_preps:
        return index.text[toks[j].start:toks[m - 1].end], m
    return None, lo


def addressee_after(index: TokenIndex, lo: int, hi: int, lex: Lexicon) -> tuple[str | None, int]:
    """The object of 'told'/'informed': the phrase up to a comma or complementizer."""
    toks = index.tokens
    j = lo
    while j < hi and j - lo < 8:
        tok = toks[j]
        if tok.text in PUNCT_BOUNDARY or is_stop_mark(toks, j) or tok.low in lex.complementizers:
            break
        j += 1
    if j == lo or j - lo >= 8:
        return None, lo
    return index.text[toks[lo].start:toks[j - 1].end], j


def subject_after_addressee(index: TokenIndex, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """'“…,” - told the journalists the pensioner Nikolai Petrov': translated copy keeps the source language's order,
    addressee first, then the subject. In ``span`` (what follows 'told'), a lower-case addressee and then a second
    phrase that opens with a determiner or a capital and names someone: that phrase; None where there is none
    ('told France Press' names the addressee only)."""
    toks = index.tokens
    lo, hi = span
    for k in range(lo + 1, hi):
        prev, tok = toks[k - 1], toks[k]
        if not (prev.is_word and not prev.is_cap and prev.low not in lex.determiners):
            continue
        if not (tok.low in lex.determiners or tok.is_cap):
            continue
        if all(t.is_word and not t.is_cap for t in toks[lo:k]) and any(
                t.is_cap or t.low in lex.person_roles for t in toks[k:hi]):
            return k, hi
        return None
    return None


_UNITS = "%‰°€$£¥"


def span_of(index: TokenIndex, lo: int, hi: int) -> tuple[int, int] | None:
    """Char span of tokens[lo:hi] without trailing sentence punctuation (a unit after a number stays: '5 %')."""
    toks = index.tokens
    while hi > lo and not toks[hi - 1].is_word and toks[hi - 1].text not in "”»“\"’)" + _UNITS:
        hi -= 1
    while lo < hi and toks[lo].text in ",;:—–":
        lo += 1
    if hi <= lo:
        return None
    return toks[lo].start, toks[hi - 1].end


def as_clause_frame(index: TokenIndex, cue: Cue, s0: int, s1: int, lex: Lexicon,
                    subject: Callable[[TokenIndex, int, Cue, Lexicon], tuple[int, int] | None]):
    """'Wie die Polizei mitteilte, …' / '…, zoals zijn advocaat zei.': a clause opened by one of ``lex.as_frames``
    and closed by its verb frames the rest of the sentence; ``subject(index, opener, cue, lex)`` reads the speaker
    between the opener and the cue, the language's own way. Returns (content lo, content hi, speaker) in tokens, or
    None."""
    toks = index.tokens
    if cue.hi < s1 and toks[cue.hi].text not in ",.;:!?":
        return None  # the cue must close the clause
    k = next((k for k in range(cue.lo - 1, max(s0, cue.lo - _AS_FRAME_MAX) - 1, -1)
              if toks[k].low in lex.as_frames and (k == s0 or toks[k - 1].text == ",")), None)
    if k is None or k + 1 >= cue.lo:
        return None
    speaker = subject(index, k, cue, lex)
    if k == s0:
        if cue.hi < s1 and toks[cue.hi].text == ",":
            return cue.hi + 1, s1, speaker
        return None
    return s0, k - 1, speaker
