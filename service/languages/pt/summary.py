"""Portuguese words for choosing summary sentences. The trimming words are still English's, as for a
language without its own, so the cuts rarely fire: only the words that point back are Portuguese."""

from dataclasses import replace

from service.languages.en.summary import WORDS as ENGLISH

WORDS = replace(ENGLISH, pronouns=frozenset({
    "ele", "ela", "eles", "elas", "isto", "isso", "este", "esta", "estes", "estas", "esse", "essa",
    "seu", "sua", "seus", "suas", "o seu", "a sua", "os seus", "as suas", "segundo ele", "segundo ela",
    "segundo eles", "para ele", "para ela",
}))
