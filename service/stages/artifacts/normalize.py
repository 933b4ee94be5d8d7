"""Apply artifact suggestions to text, keeping offsets of every edit in both texts."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from service.contracts import Artifact


class Edit(BaseModel):
    start: int
    end: int
    new_start: int
    new_end: int
    before: str
    after: str
    category: str
    confidence: float


class Normalized(BaseModel):
    text: str
    edits: list[Edit] = Field(default_factory=list)


def _selected(artifacts: list[Artifact], min_confidence: float, lo: int, hi: int) -> list[Artifact]:
    chosen: list[Artifact] = []
    cursor = lo
    for art in sorted(artifacts, key=lambda a: (a.start, a.end)):
        if art.confidence < min_confidence or art.start < cursor or art.end > hi:
            continue
        chosen.append(art)
        cursor = art.end
    return chosen


def _span(text: str, art: Artifact) -> tuple[int, int]:
    """The original span an edit replaces; deletions also take one space before, to leave no double space."""
    start, end = art.start, art.end
    if art.suggestion == "" and start > 0 and text[start - 1] in " \u00a0\u202f":
        start -= 1
    return start, end


def normalize(text: str, artifacts: list[Artifact], min_confidence: float = 0.8) -> Normalized:
    """The text with every suggestion at or above min_confidence applied, left to right."""
    return _apply(text, 0, len(text), artifacts, min_confidence)


def normalize_span(text: str, start: int, end: int, artifacts: list[Artifact], min_confidence: float = 0.8) -> str:
    """The normalized form of text[start:end]; artifacts crossing the span's edges are left alone."""
    return _apply(text, start, end, artifacts, min_confidence).text


def _apply(text: str, lo: int, hi: int, artifacts: list[Artifact], min_confidence: float) -> Normalized:
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = lo
    new_len = 0
    for art in _selected(artifacts, min_confidence, lo, hi):
        start, end = _span(text, art)
        start = max(start, cursor)
        if text[art.start : art.end] != art.surface:
            continue  # stale artifact for another text; never corrupt the input
        keep = text[cursor:start]
        pieces.append(keep)
        new_len += len(keep)
        pieces.append(art.suggestion)
        edits.append(Edit(start=start, end=end, new_start=new_len, new_end=new_len + len(art.suggestion),
                          before=text[start:end], after=art.suggestion, category=art.category,
                          confidence=art.confidence))
        new_len += len(art.suggestion)
        cursor = end
    pieces.append(text[cursor:hi])
    return Normalized(text="".join(pieces), edits=edits)


def surface_aliases(artifacts: list[Artifact], min_confidence: float = 0.8) -> dict[str, str]:
    """Suggestion -> the article's surface for every confident word-level fix (names and institutions)."""
    aliases: dict[str, str] = {}
    for art in sorted(artifacts, key=lambda a: a.start):
        wordy = any(ch.isalpha() for ch in art.suggestion)  # punctuation fixes do not change what is said
        if art.confidence >= min_confidence and wordy and art.suggestion != art.surface:
            aliases.setdefault(art.suggestion, art.surface)
    return aliases


def restore_surfaces(text: str, aliases: dict[str, str]) -> str:
    """``text`` with each suggested name put back as the article wrote it, so it can be checked against the article."""
    if not aliases:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(aliases, key=len, reverse=True))) + r")(?!\w)")
    return pattern.sub(lambda m: aliases[m.group()], text)
