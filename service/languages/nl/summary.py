"""Dutch words for choosing summary sentences. The trimming words are still English's, as for a
language without its own, so the cuts rarely fire: only the words that point back are Dutch."""

from dataclasses import replace

from service.languages.en.summary import WORDS as ENGLISH

WORDS = replace(ENGLISH, pronouns=frozenset({
    "hij", "zij", "ze", "dat", "dit", "deze", "die", "zijn", "haar", "hun", "volgens hem",
    "volgens haar", "volgens hen", "volgens hun",
}))
