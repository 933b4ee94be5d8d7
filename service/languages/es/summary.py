"""Spanish words for summary trimming."""

from service.stages.summarize.lexicon import SummaryWords

WORDS = SummaryWords(
    connectives=frozenset("sin embargo además también y pero así".split()),
    relatives=("que", "quien", "el cual", "la cual"),
    trailing=("en medio de", "mientras"),
    reporting=r"(?:señalando|añadiendo|advirtiendo|subrayando|afirmando|asegurando|indicando)\s+que",
    filler=r"(?:pero|sin)\b.*\b(?:detalles?|precisiones|comentarios?)\b",
    role_determiners=("el", "la", "los", "las", "su"),
    prepositions=("en", "tras", "para", "por"),
    pronouns=frozenset({"él", "ella", "ellos", "ellas", "esto", "eso", "este", "esta", "estos", "estas", "ese", "esa",
                        "su", "sus", "según él", "según ella", "según ellos", "para él", "para ella"}),
)
