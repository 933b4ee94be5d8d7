"""Chinese words for choosing summary sentences. The trimming cuts read English-like clauses, so none
apply here: a sentence is kept whole or left out."""

from service.stages.summarize.lexicon import SummaryWords

_NOTHING = r"(?!)"  # a pattern that never matches

WORDS = SummaryWords(
    connectives=frozenset(),
    relatives=(),
    trailing=(),
    reporting=_NOTHING,
    filler=_NOTHING,
    role_determiners=(),
    prepositions=(),
    # A sentence opening on these points back to the one before ('他表示…', '这一决定…').
    pronouns=frozenset({"他", "她", "他们", "她们", "它", "这", "此", "该", "这些", "那"}),
    unspaced=True,
)
