"""The shape of the summary stage's per-language words; each language's ``summary.py`` fills it in.

A language without a ``summary.py`` trims as English does (the cuts need a quote-free, fact-free
clause, so a wrong guess costs a missed cut, not a changed fact).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from service.languages import part_of
from service.stages.checks.lexicon import language_code

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class SummaryWords:
    """One language's words for choosing and trimming summary sentences."""

    # Words that open a sentence without adding content ("However,"); trimming drops them.
    connectives: frozenset[str]
    # Openers of a non-restrictive relative clause (", which …,"), cut when it holds no fact.
    relatives: tuple[str, ...]
    # Openers of a closing circumstance clause (", in light of …"), cut likewise.
    trailing: tuple[str, ...]
    # A closing reporting clause (", warning that …"): a regular expression after the comma.
    reporting: str
    # A closing clause saying no more was said (", but gave no details"): a regular expression.
    filler: str
    # Determiners of a role set off before a name: "the parent company, ByteDance, rejected".
    role_determiners: tuple[str, ...]
    # Prepositions that open a short adverbial lead ("In a statement, …").
    prepositions: tuple[str, ...]
    # A sentence opening on one of these (a pronoun, a possessive, a demonstrative, or a phrase such as
    # 'selon lui') points at the sentence before it: the summary copies it only right after that one.
    pronouns: frozenset[str]
    # Word endings of an adverb that opens an adverbial lead ("Separately, …").
    adverb_suffixes: tuple[str, ...] = ()
    # Word endings of a participle that opens a closing clause (", citing …").
    participle_suffixes: tuple[str, ...] = ()
    # A descriptive apposition between commas (", a company that …,"): a regular expression.
    appositive: str | None = None
    # Relative pronouns are also articles (German 'die'): a short or capitalised ', die …,' is a name.
    relatives_are_articles: bool = False
    # Every noun is capitalised (German): a role and a name look alike, so no role is cut.
    capitalised_nouns: bool = False
    # Words are not separated by spaces (Chinese): a sentence's first "word" is a run of letters,
    # so a pronoun is found at its start ('他表示…').
    unspaced: bool = False


def get_summary_words(language: str | None) -> SummaryWords:
    """The summary words for ``language``; English when its folder has none."""
    return _summary_words(language_code(language))


@cache
def _summary_words(code: str) -> SummaryWords:
    data = part_of(code, "summary") or part_of(FALLBACK_LANGUAGE, "summary")
    return data.WORDS  # type: ignore[union-attr]
