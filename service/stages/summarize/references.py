"""Which earlier sentences a summary sentence leans on for its meaning.

A sentence opening on a pronoun, a possessive or a demonstrative ('He said …', 'Its chief …', 'Selon lui, …',
'O seu presidente …') points at the sentence right before it: copied without that one, it reads as if it
continued whatever the summary put before it. A sentence opening on a bare surname ('Marsh said …') leans on
the sentence that introduced the full name. The selector copies such a sentence only with one of those.
"""

from __future__ import annotations

import re
from functools import cache

from service.contracts import Sentence
from service.languages.common_summary import TEMPORAL
from service.stages.checks.lexicon import get_check_words
from service.stages.quotes.lexicon import get_lexicon
from service.stages.summarize.lexicon import SummaryWords

_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"
_OPENING_NAME = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+[^\W\d_A-Z]")
_WORDS = re.compile(r"\w+")
_OPENING_QUOTE = re.compile(r"\s*(?:“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\")")


def needed_sentences(opening: str, sentence: Sentence, sentences: list[Sentence], language: str | None,
                     words: SummaryWords) -> tuple[int, ...]:
    """Indices of the sentences any one of which must come before ``sentence`` in a summary for it to be
    understood; ``opening`` is its text from the first kept word (after any cut opener). Empty: none needed."""
    if sentence.index > 0 and (refers_back(opening, language, words) or _unnamed_speaker(opening)):
        return (sentence.index - 1,)
    return _introductions(opening, sentence, sentences)


def split_inside_name(sentence: Sentence, sentences: list[Sentence], language: str | None) -> bool:
    """The sentence splitter cut at a title's full stop ('… verdachten, mr. | Pieter van Dam, liet …'): the piece
    ending on the title and the one after it each hold half a name, so neither reads as a sentence."""
    before = [s for s in sentences if s.index == sentence.index - 1]
    return _ends_on_title(sentence.text, language) or bool(before and _ends_on_title(before[0].text, language))


def _ends_on_title(text: str, language: str | None) -> bool:
    match = re.search(r"(?<![\w.])(\w+)\.\s*$", text)
    # 'the local MP.' ends a sentence: an acronym in capitals is a noun there, not a title before a name.
    return match is not None and not match.group(1).isupper() and match.group(1).lower() in get_lexicon(language).titles


def refers_back(opening: str, language: str | None, words: SummaryWords) -> bool:
    """The sentence opens on a word or phrase pointing at the one before it, not on a date ('This week …')."""
    if words.unspaced:
        return opening.startswith(tuple(words.pronouns))
    tokens = _WORDS.findall(opening)
    lowered = [t.lower() for t in tokens]
    for phrase in words.pronouns:
        size = len(phrase.split())
        if lowered[:size] != phrase.split():
            continue
        following = tokens[size] if len(tokens) > size else ""
        if following.lower() in _dates(language):
            return False  # 'This week', 'Ce mardi', 'Deze maand': a date, not a reference
        if words.relatives_are_articles and phrase in words.relatives and following[:1].isupper():
            return False  # German 'Das Unternehmen …': an article before a noun
        return True
    return False


def _unnamed_speaker(opening: str) -> bool:
    """A quotation closed by a bare verb or a pronoun ('«…», añadió.', '"…," he said.'): the speaker is named
    in the sentence before, so without it the words belong to no one."""
    match = _OPENING_QUOTE.match(opening)
    if match is None:
        return False
    attribution = opening[match.end():]
    return not any(word[:1].isupper() for word in _WORDS.findall(attribution))


def _introductions(opening: str, sentence: Sentence, sentences: list[Sentence]) -> tuple[int, ...]:
    """Earlier sentences giving the longer form of a name the sentence opens on ('Elena Marsh' for 'Marsh said')."""
    match = _OPENING_NAME.match(opening)
    if match is None:
        return ()
    name = match.group(1)
    earlier = [s for s in sentences if s.index < sentence.index]
    # A name is never written in lower case; 'Police said' after 'Metropolitan Police' is a common noun.
    if any(re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", s.text) for s in sentences):
        return ()
    # The longer form follows a word inside its sentence: a sentence's first word may be an article ('Der Streik').
    # A name of several words is short only for one more given name ('Pinto Luz' for '…, Miguel Pinto Luz'), not
    # for a title ('Anika Strand' after 'Finance Minister Anika Strand'), so a lower-case word or a comma precedes.
    before = r"(?<=\S)" if " " not in name else r"(?:[,;:(]|(?<!\w)[^\W\d_A-Z][\w'’-]*)"
    longer = re.compile(rf"{before}\s+{_NAME_WORD}\s+{re.escape(name)}(?!\w)")
    return tuple(s.index for s in earlier if longer.search(s.text))


@cache
def _dates(language: str | None) -> frozenset[str]:
    checks = get_check_words(language)
    return TEMPORAL | {w.lower() for w in checks.months + checks.weekdays}
