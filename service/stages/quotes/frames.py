"""Small shared helpers for reading the words around a cue (media, addressees, spans)."""

from __future__ import annotations

from service.stages.quotes.lexicon import Lexicon
from service.tokens import PUNCT_BOUNDARY, TokenIndex, is_stop_mark


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
