"""German strategies for the claims rules (``GermanRules``, the ``QuoteRules`` of German)."""

from __future__ import annotations

from service.languages.de import syntax
from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import span_of
from service.stages.quotes.indirect_drafts import NO_CLAIM, indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import compact_np, np_after
from service.stages.quotes.source_frames import vouched_clause

# An English 'according to' in German copy keeps the generic reading.
_FOREIGN_SOURCES = ("according",)
# Words opening the genitive that names a source after 'nach Angaben' ('… der Polizei').
_GENITIVE_START = frozenset({"der", "des", "eines", "einer", "von", "vom"})
# 'Dies bestätigte X': the fronted pronoun stands for the sentence before.
_BACK_POINTERS = frozenset({"dies", "das", "dieses"})


class GermanRules:
    """``QuoteRules`` for German (service/stages/quotes/rules.py)."""

    def quoted_phrase(self, index, draft: Draft, open_tok: int, cue: Cue | None, lex) -> bool:
        """German nouns are capitalised, so a quote opening in lower case ('die „volle
        Verantwortung“') is a quoted phrase, not a name; with a cue or Konjunktiv I in its
        sentence it is a partial claim."""
        toks = index.tokens
        first = toks[open_tok + 1] if open_tok + 1 < len(toks) else None
        if first is None or not first.is_word or not first.text[:1].islower():
            return False
        if cue is not None and cue.kind in ("verb", "source", "post"):
            return True
        lo, hi = index.sent_range[draft.sent]
        return any(t.low in lex.subjunctive or t.low in lex.cues for t in toks[lo:hi])

    def source_clause(self, index, cue: Cue, s0: int, s1: int, head: bool, lex: Lexicon):
        """'Laut Polizei wurden drei verletzt.', '…, so Meier, …', '…, die nach Angaben der
        Polizei …, wurde': German puts no comma after a fronted source and may interrupt the
        reported sentence with the frame."""
        toks = index.tokens
        if not lex.verb_second or toks[cue.lo].low in _FOREIGN_SOURCES:
            return None
        source = _named_source(index, cue, s1, lex)
        if head:
            # No comma follows a fronted German source: 'Laut Polizei wurden drei verletzt.'
            start = source[1] if source is not None and source[0] >= cue.hi else cue.hi
            return start, s1, source
        if toks[cue.lo - 1].text in ",(—–" and cue.lo - 1 > s0:
            if source is not None and syntax.interjected(index, source[1], s1, lex):
                # 'Der Präsident sei, so Meier, schuld daran, dass …': the frame interrupts
                # the reported sentence, which goes on after it.
                return s0, s1, source
            return s0, cue.lo - 1, source
        lo, hi = vouched_clause(index, cue, s0, s1, lex)
        return lo, hi, source

    def clause_frame(self, index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon):
        """'Dies bestätigte X.', 'Wie die Polizei mitteilte, …', '…, das entschied die NASA.'"""
        toks = index.tokens
        if lex.verb_second and cue.lo == s0 + 1 and toks[s0].low in _BACK_POINTERS:
            back = _pointing_back(index, cue, sent, s0, s1, lex)
            if back is not None:
                return back
        if lex.as_frames:
            framed = syntax.as_frame(index, cue, s0, s1, lex)
            if framed is not None:
                draft = indirect_draft(index, framed[0], framed[1], sent, cue, framed[2])
                return NO_CLAIM if draft is None else draft
        if lex.verb_second and cue.lo > s0 and toks[cue.lo - 1].low in _BACK_POINTERS:
            resumed = syntax.resumptive(index, cue, s0, s1, lex)
            if resumed is not None:
                draft = indirect_draft(index, s0, cue.lo - 2, sent, cue, resumed)
                return NO_CLAIM if draft is None else draft
        return None

    def uncoordinated(self, index, span, s0: int, cue: Cue, lex: Lexicon):
        return syntax.uncoordinated(index, span, s0, cue, lex) if lex.coordinators else span

    def checked_inversion(self, index, inverted, s1: int, lex: Lexicon):
        return syntax.checked_inversion(index, inverted, s1, lex) if lex.capital_nouns else inverted

    def perfect_subject(self, index, cue: Cue, s0: int, s1: int, lex: Lexicon):
        return syntax.perfect_subject(index, cue, s0, s1, lex) if lex.perfect_aux else None

    def reports_fronted_clause(self, index, cue: Cue, j: int, s0: int, s1: int,
                               lex: Lexicon) -> bool:
        """'Sie seien außer Gefahr, sagte Mark Roth, der Sprecher der Klinik.': a verb right
        after a comma with its subject behind it has the fronted clause as its content; what
        follows the subject is an apposition or an adverbial. A fronted 'Nachdem …,' clause
        is an adverbial instead."""
        toks = index.tokens
        return bool(lex.adverbial_openers) and cue.lo - 1 > s0 and (
            toks[cue.lo - 1].text == "," and toks[s0].low not in lex.adverbial_openers
            and not syntax.content_follows(index, j, s1, lex))

    def content_start(self, index, cue: Cue, j: int, s1: int, lex: Lexicon) -> int | None:
        """A content clause is set off by a comma: past one a few words on; without one the
        words after the cue are its object, unless the cue takes one as its claim."""
        toks = index.tokens
        if lex.comma_content and j < s1 and toks[j].text not in ",:" and (
                toks[j].low not in lex.complementizers):
            ahead = syntax.comma_ahead(index, j, s1, lex)
            if ahead is not None:
                return ahead
            if (cue.text not in lex.object_cues and not syntax.predicative(index, j, s1, lex)
                    and not syntax.zu_infinitive(index, j, s1)):
                return None
        return j

    def coordinated_end(self, index, lo: int, s1: int, lex: Lexicon) -> int | None:
        return syntax.coordinated_cue(index, lo, s1, lex) if lex.coordinators else None

    def hearsay(self, words, lex: Lexicon) -> bool:
        return syntax.hearsay(words, lex)

    def reporting_mood(self, low: str) -> bool:
        """A third-person Konjunktiv I ('diene', 'stehe'): stem + e, unlike the weak past in -te."""
        return len(low) > 3 and low.endswith("e") and not low.endswith("te") and low.isalpha()

    def previous_speaker(self, index, p0: int, p1: int, lex: Lexicon):
        return syntax.sentence_speaker(index, p0, p1, lex) if lex.comma_content else None


GERMAN_RULES = GermanRules()


def _named_source(index, cue: Cue, s1: int, lex: Lexicon) -> tuple[int, int] | None:
    """'nach Angaben der Polizei' names its source after the cue; 'nach Polizeiangaben' and
    'nach eigenen Angaben' inside it; 'laut Polizei' right after the preposition."""
    toks = index.tokens
    if cue.hi < s1 and (toks[cue.hi].low in _GENITIVE_START or cue.hi - cue.lo == 1):
        after = compact_np(index, cue.hi, s1, lex)
        if after is not None and toks[after[0]].low == "von" and after[1] - after[0] > 1:
            return after[0] + 1, after[1]  # 'nach Angaben von Ministerin Strand': the source is the minister
        if after is not None:
            return after
    return (cue.lo + 1, cue.hi) if cue.hi - cue.lo > 1 else None


def _pointing_back(index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """'Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle.': the claim is the
    sentence before (through the pronoun, as German annotators mark it), said by the subject after the cue."""
    if sent == 0 or index.sentences[sent - 1].paragraph != index.sentences[sent].paragraph:
        return None
    speaker = np_after(index, cue.hi, lex, s1)
    if speaker is None or not any(t.is_cap for t in index.tokens[speaker[0]:speaker[1]]):
        return None
    if index.tokens[speaker[0]].low == syntax.SOURCE_FROM and speaker[1] - speaker[0] > 1:
        speaker = (speaker[0] + 1, speaker[1])  # 'Dies geht aus einem Bericht hervor': the report
    p0 = index.sent_range[sent - 1][0]
    span = span_of(index, p0, s0 + 1)
    if span is None:
        return None
    return Draft(span[0], span[1], "indirect", sent, cue=cue, speaker=speaker)
