"""Language-aware word tokens shared by every metric, so all scores count the same units.

A token is a run of Unicode word characters (``\\w+``), lowercased. Han and kana characters are
one token each, because Chinese and Japanese do not separate words with spaces and a whole clause
would otherwise be a single "word". For any text without CJK characters this is exactly ``\\w+``.
"""

from __future__ import annotations

import re
import unicodedata

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
# Arabic short vowels, shadda, sukun and tatweel: optional in news text, so ROUGE ignores them.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token, as Python string indices into ``text``."""
    return [m.span() for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """The lowercased tokens of ``text``, in order."""
    return [m.group().lower() for m in _TOKEN.finditer(text)]


def rouge_words(text: str) -> list[str]:
    """Tokens for ROUGE: NFKC-normalised and without optional Arabic diacritics."""
    return words(_ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text)))


class RougeTokenizer:
    """Adapter for rouge-score, whose default tokenizer drops every non-ASCII letter."""

    def tokenize(self, text: str) -> list[str]:
        return rouge_words(text)
