"""Italian words for choosing summary sentences. The trimming words are still English's, as for a
language without its own, so the cuts rarely fire: only the words that point back are Italian."""

from dataclasses import replace

from service.languages.en.summary import WORDS as ENGLISH

WORDS = replace(ENGLISH, pronouns=frozenset({
    "lui", "lei", "loro", "egli", "ella", "esso", "essa", "questo", "questa", "questi", "queste", "ciò",
    "suo", "sua", "suoi", "sue", "il suo", "la sua", "i suoi", "le sue", "secondo lui", "secondo lei",
    "secondo loro", "per lui", "per lei",
}))
