"""The few language-specific strategies the claims rules call (``QuoteRules``), and the neutral default."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from service.stages.quotes.cues import Cue
    from service.stages.quotes.drafts import Draft
    from service.stages.quotes.lexicon import Lexicon
    from service.tokens import Tok, TokenIndex

Span = tuple[int, int]  # token positions [lo, hi)


class QuoteRules(Protocol):
    """Procedures a language needs beyond word lists; a lexicon carries one as ``Lexicon.rules``.

    Generic code calls these at fixed points and never asks which language it reads; the
    neutral default answers "nothing special here", so a language without rules of its own
    behaves as if the call were not there. German implements them in
    ``service/languages/de/rules.py``.

    Properties that are one boolean of typology stay named Lexicon flags, since a method would
    only wrap them: ``verb_second`` (phrases and cues read it too), ``capital_nouns``,
    ``join_reported``, ``framed_quotes_claim``; ``comma_content`` is read by the German rules
    only. Word classes stay Lexicon fields, and a non-empty one switches on only the generic
    rule that reads it (``impersonal``, ``clause_openers``, ``subjunctive``).
    """

    def quoted_phrase(self, index: TokenIndex, draft: Draft, open_tok: int, cue: Cue | None,
                      lex: Lexicon) -> bool:
        """A short quote that is a fragment of a claim, never a quoted term or name."""
        ...

    def source_clause(self, index: TokenIndex, cue: Cue, s0: int, s1: int, head: bool,
                      lex: Lexicon) -> tuple[int, int, Span | None] | None:
        """Content lo, hi and source of a source-preposition frame the language orders its own
        way (``head``: the cue opens the sentence); None: the generic reading."""
        ...

    def clause_frame(self, index: TokenIndex, cue: Cue, sent: int, s0: int, s1: int,
                     lex: Lexicon) -> Draft | object | None:
        """A verb frame built as a clause of its own (a 'wie' clause, a pronoun pointing back):
        its draft, ``NO_CLAIM`` when it frames nothing, None when there is no such frame."""
        ...

    def uncoordinated(self, index: TokenIndex, span: Span, s0: int, cue: Cue,
                      lex: Lexicon) -> Span | None:
        """The subject before a cue without a conjunction that joins it to a clause before."""
        ...

    def checked_inversion(self, index: TokenIndex, inverted: Span, s1: int,
                          lex: Lexicon) -> Span | None:
        """A subject found after its verb, as far as the language allows one there."""
        ...

    def perfect_subject(self, index: TokenIndex, cue: Cue, s0: int, s1: int,
                        lex: Lexicon) -> tuple[Span, int] | None:
        """The subject of a participle cue after a perfect auxiliary, and the auxiliary's place."""
        ...

    def reports_fronted_clause(self, index: TokenIndex, cue: Cue, j: int, s0: int, s1: int,
                               lex: Lexicon) -> bool:
        """A cue after a comma with its subject behind it (ending at ``j``) reports the clause
        before the comma."""
        ...

    def content_start(self, index: TokenIndex, cue: Cue, j: int, s1: int,
                      lex: Lexicon) -> int | None:
        """Where a verb cue's content starts from ``j``; None when the words after the cue are
        its object and the content is the clause before it."""
        ...

    def coordinated_end(self, index: TokenIndex, lo: int, s1: int, lex: Lexicon) -> int | None:
        """Where content ends before a conjunction whose clause has its own cue; None: nowhere."""
        ...

    def hearsay(self, words: list[Tok], lex: Lexicon) -> bool:
        """A sentence whose modal reports what others say rather than a plan."""
        ...

    def reporting_mood(self, low: str) -> bool:
        """A verb form of the reporting mood that the lexicon does not list."""
        ...

    def previous_speaker(self, index: TokenIndex, p0: int, p1: int,
                         lex: Lexicon) -> Span | None:
        """The speaker a sentence without a claim names for the reported sentence after it."""
        ...


class NeutralRules:
    """The rules of a language without procedures of its own: no special case anywhere."""

    def quoted_phrase(self, index, draft, open_tok, cue, lex) -> bool:
        return False

    def source_clause(self, index, cue, s0, s1, head, lex):
        return None

    def clause_frame(self, index, cue, sent, s0, s1, lex):
        return None

    def uncoordinated(self, index, span, s0, cue, lex):
        return span

    def checked_inversion(self, index, inverted, s1, lex):
        return inverted

    def perfect_subject(self, index, cue, s0, s1, lex):
        return None

    def reports_fronted_clause(self, index, cue, j, s0, s1, lex) -> bool:
        return False

    def content_start(self, index, cue, j, s1, lex):
        return j

    def coordinated_end(self, index, lo, s1, lex):
        return None

    def hearsay(self, words, lex) -> bool:
        return False

    def reporting_mood(self, low: str) -> bool:
        return False

    def previous_speaker(self, index, p0, p1, lex):
        return None


NEUTRAL_RULES = NeutralRules()
