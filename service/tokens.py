"""The offset-keeping token layer: word tokens and the per-sentence index the rules walk over.

Built once per request and kept on the ``Document`` (``doc.tokens``); every offset is a Python
string index into the submitted text. The few other cuts of the same text that stages need (name
keys, word counts, facts) are defined here too, each for its purpose, so there is one place that
says how wirecheck splits text into words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from service.languages.common import ELISIONS

if TYPE_CHECKING:
    from service.contracts import Sentence

# Elided words ("l'agence", "qu'il") split off so the noun stands alone, in every language alike.
_ELIDED = "|".join(re.escape(word) for word in ELISIONS)
# A decimal or thousands comma stays inside its number ('1,4 miljoen', '2,300'): as a token of its own
# it would end a source phrase or a clause in mid-number.
_TOKEN = re.compile(rf"\b(?:{_ELIDED})['’](?=\w)|\w+(?:(?:[-'’.]|(?<=\d),(?=\d))\w+)*|[^\w\s]")
# Runs of letters and digits: hyphens, apostrophes and spaces all separate, so "France-Press" and
# "France  Press" give one name key (artifacts: names, agencies, fuzzy matching).
LETTER_RUNS = re.compile(r"[^\W_]+")
# Plain word runs, for counting words (check-worthiness).
WORD_RUNS = re.compile(r"\w+")
PUNCT_BOUNDARY = frozenset(",;:()[]{}“”„‚«»‹›「」『』\"—–")
QUOTE_CHARS = frozenset("“”„‚«»‹›「」『』\"‘’`")


def fact_tokens(clitic: str, ordinal_suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Tokens for surface facts: a number with its ordinal suffix or percent sign stays one token,
    and a negation clitic ('n't') splits off its verb (checks/facts.py)."""
    negation = re.escape(clitic).replace("'", "['’]")
    ordinals = "|".join(re.escape(suffix) for suffix in ordinal_suffixes)
    return re.compile(rf"\d+(?:[.,:]\d+)*(?:{ordinals})?%?|\w+(?={negation}\b)|{negation}\b|\w+(?:[-'’]\w+)*",
                      re.UNICODE)


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    low: str
    sent: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def is_stop_mark(toks: list[Tok], j: int) -> bool:
    """A sentence-ending mark, not the dot of 'Ms.', 'U.S.' or 'H.' inside a sentence."""
    tok = toks[j]
    if tok.text in "!?":
        return True
    if tok.text != ".":
        return False
    prev = toks[j - 1] if j > 0 else None
    after = toks[j + 1] if j + 1 < len(toks) else None
    # A title in lower case ('mr. Pieter van Dam', 'la dott. Neri') has a name right after it in the same sentence.
    titled = after is not None and after.sent == tok.sent and after.is_word and after.text[0].isupper()
    return not (prev is not None and prev.sent == tok.sent and prev.is_word
                and (prev.text[0].isupper() or titled) and len(prev.text) <= 4)


class TokenIndex:
    """All tokens of a text, with per-sentence token ranges."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.tokens: list[Tok] = []
        self.sent_range: list[tuple[int, int]] = []
        for number, sentence in enumerate(sentences):
            first = len(self.tokens)
            for match in _TOKEN.finditer(text, sentence.start, sentence.end):
                word = match.group()
                self.tokens.append(Tok(word, match.start(), match.end(), word.lower(), number))
            self.sent_range.append((first, len(self.tokens)))
        self._starts = [t.start for t in self.tokens]
        self._sent_starts = [s.start for s in sentences]


    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words the text writes in lower case at least once: a capitalised one that is not is likely a name."""
        return frozenset(t.low for t in self.tokens if t.is_word and not t.is_cap)
    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_right(self._starts, offset - 1)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def covered(self, spans) -> list[bool]:
        """Per token: inside one of the character ``spans`` ((start, end) pairs)."""
        mask = [False] * len(self.tokens)
        for start, end in spans:
            lo, hi = self.token_at(start), self.token_at(end)
            mask[lo:hi] = [True] * (hi - lo)
        return mask

    def words(self, lo: int, hi: int) -> list[Tok]:
        return [t for t in self.tokens[lo:hi] if t.is_word]

    def surface(self, lo: int, hi: int) -> tuple[int, int, str]:
        """Char span and text of tokens[lo:hi] (hi exclusive)."""
        start, end = self.tokens[lo].start, self.tokens[hi - 1].end
        return start, end, self.text[start:end]
