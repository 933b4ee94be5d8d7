"""French words for summary trimming."""

from service.stages.summarize.lexicon import SummaryWords

WORDS = SummaryWords(
    connectives=frozenset("cependant toutefois néanmoins pourtant également aussi et mais ainsi "
                          "donc par ailleurs".split()),
    relatives=("qui", "dont", "lequel", "laquelle"),
    trailing=("alors que", "dans un contexte", "sur fond de"),
    reporting=r"(?:soulignant|affirmant|ajoutant|estimant|précisant|assurant|avertissant|rappelant)\s+qu",
    filler=r"(?:mais|sans)\b.*\b(?:détails?|précisions?|commentaires?)\b",
    role_determiners=("le", "la", "les", "l'", "son", "sa"),
    prepositions=("en", "après", "pour", "dans"),
    pronouns=frozenset({"il", "elle", "ils", "elles", "ce", "cet", "cette", "cela", "ceci", "celui", "celle", "ces",
                        "son", "sa", "ses", "leur", "leurs", "selon lui", "selon elle", "selon eux", "selon elles",
                        "pour lui", "pour elle"}),
)
