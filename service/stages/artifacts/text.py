"""Word tokens with offsets, and the casing rules shared by every name matcher."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from service.tokens import LETTER_RUNS

_ACRONYM = re.compile(r"^[A-Z0-9.&]+$")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets into the original and its casefolded key."""

    start: int
    end: int
    text: str
    key: str


# Invisible characters inside a word (a soft hyphen, zero-width joiners) that split it into letter runs.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)


def tokenize(text: str) -> list[Token]:
    """Letter runs; runs joined by an invisible character ("Bit\u00addance") are one word, whose text leaves it
    out while its offsets keep it."""
    tokens: list[Token] = []
    for m in LETTER_RUNS.finditer(text):
        last = tokens[-1] if tokens else None
        if last is not None and m.start() > last.end and all(ch in _INVISIBLE for ch in text[last.end:m.start()]):
            word = last.text + m.group()
            tokens[-1] = Token(last.start, m.end(), word, fold(word))
        else:
            tokens.append(Token(m.start(), m.end(), m.group(), fold(m.group())))
    return tokens


def tokens_inside(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the tokens that start inside one of ``spans``; one sweep, since both sort by start.

    A nested ``any`` over every span for every token was quadratic: 12 s on a 100,000-word input.
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    inside: set[int] = set()
    j = 0
    for i, token in enumerate(tokens):
        while j < len(merged) and merged[j][1] <= token.start:
            j += 1
        if j < len(merged) and merged[j][0] <= token.start:
            inside.add(i)
    return inside


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Casefolded and accent-free, so "Erdoğan" and "Erdogan" meet in one key."""
    decomposed = unicodedata.normalize("NFKD", visible(word).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def visible(text: str) -> str:
    """The text without the invisible characters that may sit inside a word."""
    return text.translate(_DROP_INVISIBLE) if any(ch in _INVISIBLE for ch in text) else text


def key_of(phrase: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in LETTER_RUNS.findall(phrase))


def is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and _ACRONYM.match(form.replace(" ", "")) is not None


def casing_matches(surface: str, form: str) -> bool:
    """True when the surface is written like the form: exact for acronyms, initial caps elsewhere."""
    surface = visible(surface)
    if surface == form:
        return True
    if is_acronym(form):
        return re.sub(r"[ .]", "", surface) == re.sub(r"[ .]", "", form)
    s_words, f_words = LETTER_RUNS.findall(surface), LETTER_RUNS.findall(form)
    if len(s_words) != len(f_words):
        return False
    return all(s[:1].isupper() == f[:1].isupper() for s, f in zip(s_words, f_words))


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()
