"""English words for summary trimming; also what a language without its own uses."""

from service.stages.summarize.lexicon import SummaryWords

WORDS = SummaryWords(
    connectives=frozenset("however immediately meanwhile also moreover furthermore besides then "
                          "still indeed and but so yet thus therefore".split()),
    relatives=("which", "who", "whose"),
    trailing=("in light of", "amid", "in the wake of", "at a time when"),
    reporting=(r"(?:warning|stressing|adding|saying|noting|insisting|explaining|arguing|stating|claiming|"
               r"emphasi[sz]ing|pointing out)\s+that"),
    filler=r"(?:but|without|though)\b.*\b(?:details?|elaborat\w*|comment\w*|specif\w*)\b",
    role_determiners=("the", "its", "his", "her", "their"),
    prepositions=("in", "after", "as", "for", "at", "with"),
    pronouns=frozenset({"he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
                        "according to him", "according to her", "according to them"}),
    adverb_suffixes=("ly",),
    participle_suffixes=("ing",),
    appositive=r"(?:the|an?) [a-z' -]+ (?:that|which|who) [a-z' -]+",
)
