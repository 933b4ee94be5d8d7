"""Added content: what a summary sentence says that the article nowhere says, or says the other way round.

Similarity and coverage reward a sentence for what it shares with the article, so a copied sentence
with an invented clause on the end ('…, and resigned the next day') still scores high. Here each
clause of the sentence is read on its own: its content words are stemmed and looked up in the whole
article, and a clause whose informative words are mostly absent is unsupported. Words are weighted
by how rare they are in the language (a missing 'resigned' weighs more than a missing 'day'), so a
paraphrase that swaps one common word is not flagged. Names, figures and dates are left to the facts
check, which compares them with the evidence sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.stages.checks.facts import Facts, Token, _frequency_in, _name_key
from service.stages.checks.lexicon import get_check_words, language_code
from service.stages.checks.opposites import OPPOSITES
from service.stages.checks.stems import has_stemmer, word_stem

# Informative weight of a word = _COMMON_ZIPF minus its frequency, between 0 and _RARE_WEIGHT:
# 'the', 'said', 'day' weigh nothing, 'court' about 1, 'resigned' about 2.4, an unknown word 3.
_COMMON_ZIPF = 6.0
_RARE_WEIGHT = 3.0
# A clause is unsupported when two or more missing words weigh this much and are at least this share
# of it: 'and resigned the next day' (2.8 of 2.9). One rare word alone is a paraphrase as often as not
# ('were sceptical', 'citing', 'que volvía de una lesión' in the references' own summaries).
_CLAUSE_MISSING = 2.0
_CLAUSE_SHARE = 0.5
_CLAUSE_WORDS = 2
# Missing words spread over a long sentence count too ('would sue … in federal court'), at a higher total.
_SENTENCE_MISSING = 3.0
_SENTENCE_SHARE = 0.3
_MIN_PREFIX = 5  # 'agreement' matches the article's 'agree', 'resigned' does not match 'resist'
_MIN_LEN = 3

# Clauses end at punctuation and at the coordinators that join two statements.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_COORDINATORS = {
    "en": {"and", "but", "while", "whereas"}, "de": {"und", "aber", "während", "sondern"},
    "fr": {"et", "mais", "tandis"}, "es": {"y", "pero", "mientras"}, "it": {"e", "ma", "mentre"},
    "pt": {"e", "mas", "enquanto"}, "nl": {"en", "maar", "terwijl"}, "ru": {"и", "но", "а"},
}


@dataclass(frozen=True)
class ArticleWords:
    """Every stem of an article, the prefixes of those stems, and its letters run together for compounds."""

    stems: frozenset[str]
    prefixes: frozenset[str]
    compact: str


def article_words(text: str, language: str | None) -> ArticleWords:
    stems = {word_stem(part, language) for word in re.findall(r"\w+(?:[-'’]\w+)*", text.lower())
             for part in _parts(word)}
    prefixes = {s[:k] for s in stems for k in range(_MIN_PREFIX, len(s) + 1)}
    return ArticleWords(frozenset(stems), frozenset(prefixes), re.sub(r"\W", "", text.lower()))


def added_content(sentence: str, facts: Facts, article: ArticleWords, language: str | None) -> list[str]:
    """One explanation per clause of ``sentence`` whose content the article does not have."""
    if not has_stemmer(language) or get_check_words(language).counts_characters:
        return []
    code = language_code(language)
    clauses: list[list[tuple[Token, float, bool]]] = [[]]
    breaks = {m.start() for m in _CLAUSE_BREAK.finditer(sentence)}
    position = 0
    for token in facts.tokens:
        if any(position <= b < token.start for b in breaks) or token.lower in _COORDINATORS.get(code, ()):
            clauses.append([])
        position = token.end
        weight = _weight(token, facts, code)
        if weight > 0:
            clauses[-1].append((token, weight, _in_article(token.lower, article, language)))
    out = []
    flagged: set[int] = set()
    for clause in clauses:
        missing = [(t, w) for t, w, found in clause if not found]
        total, lost = sum(w for _, w, _ in clause), sum(w for _, w in missing)
        if len(missing) >= _CLAUSE_WORDS and lost >= _CLAUSE_MISSING and lost >= _CLAUSE_SHARE * total:
            out.append(_explain(t for t, _ in missing))
            flagged.update(t.start for t, _ in missing)
    every = [(t, w, found) for clause in clauses for t, w, found in clause]
    total = sum(w for _, w, _ in every)
    missing = [(t, w) for t, w, found in every if not found and t.start not in flagged]
    lost = sum(w for _, w in missing)
    if lost >= _SENTENCE_MISSING and lost >= _SENTENCE_SHARE * total:
        out.append(_explain(t for t, _ in missing))
    return out


def opposite_words(facts: Facts, evidence: list[Facts], language: str | None) -> list[str]:
    """A word of the sentence whose opposite the evidence has ('accepted' where it says 'rejected')."""
    pairs = _opposite_stems(language_code(language))
    if not pairs:
        return []
    mine = {word_stem(t.lower, language): t.lower for t in facts.tokens}
    theirs = {word_stem(t.lower, language): t.lower for e in evidence for t in e.tokens}
    out = []
    for stem, word in mine.items():
        for other in pairs.get(stem, ()):
            if other in theirs and other not in mine and stem not in theirs:
                out.append(f"{word!r} says the opposite of the article's {theirs[other]!r}")
    return out


def _weight(token: Token, facts: Facts, code: str) -> float:
    """How much a missing ``token`` tells: nothing for function words, names, figures and dates."""
    low = token.lower
    if len(low) < _MIN_LEN or not any(ch.isalpha() for ch in low) or any(ch.isdigit() for ch in low):
        return 0.0
    if _name_key(low) in facts.names or low in get_check_words(code).months or low in get_check_words(code).weekdays:
        return 0.0
    return max(0.0, min(_RARE_WEIGHT, _COMMON_ZIPF - _frequency_in(low, code)))


def _in_article(word: str, article: ArticleWords, language: str | None) -> bool:
    return all(_part_in_article(part, article, language) for part in _parts(word))


def _part_in_article(part: str, article: ArticleWords, language: str | None) -> bool:
    stem = word_stem(part, language)
    if stem in article.stems or stem in article.prefixes:
        return True
    if any(stem[:k] in article.stems for k in range(_MIN_PREFIX, len(stem))):
        return True
    # A word inside an article's compound ('Windpark' in 'Bürgerwindpark'); long words only, or 'amt' is everywhere.
    return len(part) >= 6 and part in article.compact


def _parts(word: str) -> list[str]:
    return [p for p in re.split(r"[-'’]", word) if p]


def _explain(tokens) -> str:
    words = list(dict.fromkeys(t.text for t in tokens))
    return f"{', '.join(repr(w) for w in words)} {'is' if len(words) == 1 else 'are'} not in the article"


@lru_cache(maxsize=16)
def _opposite_stems(code: str) -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites, both directions."""
    table: dict[str, set[str]] = {}
    for a, b in OPPOSITES.get(code, ()):
        sa, sb = word_stem(a, code), word_stem(b, code)
        if sa != sb:
            table.setdefault(sa, set()).add(sb)
            table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}
