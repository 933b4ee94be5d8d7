"""German words for summary trimming."""

from service.stages.summarize.lexicon import SummaryWords

WORDS = SummaryWords(
    connectives=frozenset("jedoch allerdings außerdem zudem auch und aber dennoch".split()),
    relatives=("der", "die", "das", "welche", "welcher"),
    trailing=("während", "vor dem hintergrund"),
    reporting=r"(?:und\s+)?(?:betonte|fügte|warnte|erklärte)\b",
    filler=r"(?:aber|ohne|jedoch)\b.*\b(?:einzelheiten|details?|angaben)\b",
    role_determiners=("der", "die", "das", "sein", "seine", "ihr", "ihre"),
    prepositions=("in", "nach", "für"),
    # 'Das' and 'Die' before a capitalised noun are articles ('Das Unternehmen'), not pronouns.
    pronouns=frozenset({"er", "sie", "es", "dies", "diese", "dieser", "dieses", "das", "sein", "seine", "seiner",
                        "seinen", "ihr", "ihre", "ihrer", "ihren", "ihm"}),
    relatives_are_articles=True,
    capitalised_nouns=True,
)
