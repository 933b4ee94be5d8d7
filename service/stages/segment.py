"""Offset-preserving paragraph and sentence segmentation.

pysbd finds sentence boundaries (it knows abbreviations in many languages); we only use it to
find *where* sentences end and then map each one back onto the original string, so offsets
always round-trip whatever pysbd does to whitespace.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.contracts import Sentence

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_FALLBACK_BOUNDARY = re.compile(r"(?<=[.!?。！？])[\"'”»’)]*\s+")
# Beyond this a paragraph is split by the cheap regex: pysbd is super-linear on giant blocks.
_PYSBD_MAX_CHARS = 20_000
# A news sentence is rarely over ~150 words: the longest of the ~44,000 in the labelled sets (eval references,
# multilingual, German quotes and PolNeAR, train and dev) has 1,395 characters. A longer "sentence" is a list,
# a table or junk without stops, and the claims rules read a sentence as one unit, in time that grows with its
# length squared (a clause with 'said' repeated without a stop: 40 KB took 3.3 s, 80 KB 13.5 s). So it is cut at
# a clause break near the limit, else at a space, else anywhere.
MAX_SENTENCE_CHARS = 2_000
_CLAUSE_BREAK = re.compile(r"[,;:،、，；：]")
_SPACE = re.compile(r"\s")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank block; single newlines split blocks unless text is hard-wrapped."""
    blocks: list[tuple[int, int]] = []
    cursor = 0
    for match in _BLANK_LINE.finditer(text):
        blocks.append((cursor, match.start()))
        cursor = match.end()
    blocks.append((cursor, len(text)))
    hard_wrapped = _looks_hard_wrapped(text)
    out: list[tuple[int, int]] = []
    for start, end in blocks:
        pieces = [(start, end)] if hard_wrapped else _split_lines(text, start, end)
        for s, e in pieces:
            s, e = _strip(text, s, e)
            if e > s:
                out.append((s, e))
    return out


def segment(text: str, language: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        for s, e in _bounded(text, _sentences_in(text, p_start, p_end, language)):
            sentences.append(Sentence(s, e, text[s:e], number, len(sentences)))
    return sentences


def _sentences_in(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    # Newlines inside a block are wrapping, not boundaries; same-length replacement keeps offsets.
    block = _even_quotes(re.sub(r"\s", " ", text[start:end]))
    if language in _FULL_STOP_LANGUAGES:
        return [(start + s, start + e) for s, e in _full_stop_spans(block)]
    pieces = _pysbd_pieces(block, language) if len(block) <= _PYSBD_MAX_CHARS else None
    if pieces is None:
        pieces = _regex_pieces(block)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        found = block.find(stripped, cursor)
        if found < 0:  # pysbd altered the text; fall back for the whole block
            return [(start + s, start + e) for s, e in _regex_spans(block)]
        spans.append((start + found, start + found + len(stripped)))
        cursor = found + len(stripped)
    return _join_title_breaks(_join_comma_breaks(spans, text), text, language)


# Same-length map: pysbd pairs “ only with ”, so '“A," she said. "B.”' (curly and straight
# marks mixed in one paragraph, common in pasted copy) would be one sentence to it.
_CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"'})


def _even_quotes(block: str) -> str:
    """The block with curly double quotes made straight when it mixes the two styles."""
    if '"' in block and ("“" in block or "”" in block) and "„" not in block:
        return block.translate(_CURLY_TO_STRAIGHT)
    return block


# A sentence never ends in a comma; pysbd's Arabic rules break after "،" (and, rarely, others after ",").
_COMMAS = (",", "،", "、", "，")


def _join_comma_breaks(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Also joins a break after a dot with a letter right after it: a dotted acronym
    ('إي.إف.جي', 'U.N.-backed') or a web address, not the end of a sentence."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (text[joined[-1][1] - 1] in _COMMAS or (
                start == joined[-1][1] and text[start - 1] == "." and text[start].isalnum())):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# Titles written with a stop before a name ('mr. Pieter van Dam', 'la Dra. Ruiz', 'le Pr. Leroy') that pysbd does not
# know in these languages: a break after one is no sentence end when a capital follows.
_TITLES = {
    "nl": ("mr", "dr", "ir", "drs", "ing", "prof", "mw", "mevr", "dhr", "ds"),
    "es": ("sr", "sra", "srta", "dr", "dra", "lic", "ing", "prof"),
    "pt": ("sr", "sra", "dr", "dra", "eng", "prof"),
    "fr": ("pr", "dr", "mgr"),
    "it": ("dott", "avv", "prof", "ing", "on", "sig", "arch", "dr"),
    "de": ("dr", "prof"),
}


@lru_cache(maxsize=16)
def _title_end(language: str) -> re.Pattern[str] | None:
    titles = _TITLES.get(language)
    return re.compile(rf"(?<!\w)(?:{'|'.join(titles)})\.$", re.IGNORECASE) if titles else None


def _join_title_breaks(spans: list[tuple[int, int]], text: str, language: str) -> list[tuple[int, int]]:
    """Joins a break after a title's stop ('De advocaat, mr. | Pieter van Dam, liet weten …') to the name after it."""
    pattern = _title_end(language)
    if pattern is None:
        return spans
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and text[start].isupper() and pattern.search(text, joined[-1][0], joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _pysbd_pieces(block: str, language: str) -> list[str] | None:
    try:
        return _segmenter(language).segment(block)
    except Exception:  # pysbd raises on odd unicode in rare cases; the regex path is the fallback
        return None


@lru_cache(maxsize=32)
def _segmenter(language: str):
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    return pysbd.Segmenter(language=language if language in LANGUAGE_CODES else "en", clean=False)


# Chinese and Japanese end sentences with full-width stops and need no space after them; pysbd splits
# inside a quote ('毛宁说：“A。| B。| ”她强调…'), so these are read here, quote by quote.
_FULL_STOP_LANGUAGES = frozenset({"zh", "ja"})
_FULL_STOPS = frozenset("。！？!?…")
_OPEN_CJK = {"“": "”", "「": "」", "『": "』", "‘": "’", "（": "）", "(": ")"}
_CLOSE_CJK = frozenset(_OPEN_CJK.values())


def _full_stop_spans(block: str, nesting: bool = True) -> list[tuple[int, int]]:
    """Sentences end after a full stop outside quotes and brackets, or after the closing marks of a
    quote whose last words end in one ('…坚决措施。”|她强调'); linear in the block. A mark left open
    at the end of the block would swallow it whole, so the block is then read again without marks."""
    spans: list[tuple[int, int]] = []
    depth, cursor, i, n = 0, 0, 0, len(block)
    while i < n:
        ch = block[i]
        if nesting and ch in _OPEN_CJK and not (ch == "‘" and depth == 0 and i and block[i - 1].isalnum()):
            depth += 1
        elif nesting and ch in _CLOSE_CJK and depth:
            depth -= 1
        elif ch in _FULL_STOPS:
            j = i + 1
            while j < n and block[j] in _FULL_STOPS:
                j += 1
            closing = j
            while closing < n and block[closing] in _CLOSE_CJK and depth:
                depth -= 1
                closing += 1
            if depth == 0:
                spans.append(_strip(block, cursor, closing))
                cursor = closing
            i = closing
            continue
        i += 1
    if depth:
        return _full_stop_spans(block, nesting=False)
    spans.append(_strip(block, cursor, n))
    return [(s, e) for s, e in spans if e > s]


def _regex_pieces(block: str) -> list[str]:
    return [block[s:e] for s, e in _regex_spans(block)]


def _regex_spans(block: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in _FALLBACK_BOUNDARY.finditer(block):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(block)))
    return [_strip(block, s, e) for s, e in spans if block[s:e].strip()]


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every one longer than MAX_SENTENCE_CHARS cut into pieces no longer than it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = _cut_point(text, start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            piece = _strip(text, start, cut)
            if piece[1] > piece[0]:
                out.append(piece)
            start = cut
        piece = _strip(text, start, end)
        if piece[1] > piece[0]:
            out.append(piece)
    return out


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Where to cut text[:hi]: after its last clause break at or after ``lo``, else at its last space, else at
    ``hi`` (a run of letters with no break at all)."""
    for pattern, after in ((_CLAUSE_BREAK, 1), (_SPACE, 0)):
        breaks = list(pattern.finditer(text, lo, hi))
        if breaks:
            return breaks[-1].start() + after
    return hi


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, cursor = [], start
    while True:
        newline = text.find("\n", cursor, end)
        if newline < 0:
            out.append((cursor, end))
            return out
        out.append((cursor, newline))
        cursor = newline + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_hard_wrapped(text: str) -> bool:
    # Wrapped copy (e.g. wire text at 70 columns) has many long lines that stop mid-sentence.
    lines = [line for line in text[:50_000].split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    long_lines = [line for line in lines if 55 <= len(line.rstrip()) <= 100]
    unterminated = [line for line in long_lines if line.rstrip()[-1] not in ".!?:\"”»’"]
    return len(long_lines) > 0.6 * len(lines) and len(unterminated) > 0.5 * len(long_lines)
