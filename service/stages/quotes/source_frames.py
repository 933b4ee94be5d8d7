"""Source prepositions and postposed sources: 'according to X, …', 'laut X …', 'X zufolge'."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import span_of
from service.stages.quotes.indirect_drafts import indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import compact_np, compact_np_before, np_after, past_time

_COMMAS = frozenset(",،")  # the Latin and the Arabic comma ('وبحسب وزارة الداخلية، …')


def source_prep_claim(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """'According to X, …', '…, laut X': the clause the source preposition vouches for."""
    toks = index.tokens
    sent = toks[cue.lo].sent
    if cue.hi < s1 and toks[cue.hi].low in lex.cues and toks[cue.hi].low not in lex.belief:
        # '…, según informó este jueves el INDEC': the verb joins the cue, and its subject after a time is the source.
        verb = Cue(cue.lo, cue.hi + 1, cue.kind, f"{cue.text} {toks[cue.hi].low}")
        j = past_time(toks, verb.hi, s1, lex)
        source = np_after(index, j, lex, s1)
        if source is None and j + 1 < s1 and toks[j].low in lex.determiners:
            # 'segundo informou a corporação': an article that can also be a preposition ('disse a jornalistas')
            # opens the subject here, since the verb after the source preposition needs one.
            rest = np_after(index, j + 1, lex, s1)
            source = (j, rest[1]) if rest is not None else None
        if cue.lo - 1 > s0 and toks[cue.lo - 1].text in _COMMAS and source is not None:
            return indirect_draft(index, s0, cue.lo - 1, sent, verb, source)
    head = all(not t.is_word or t.low in lex.skip or t.low in lex.opening_conjunctions
               for t in toks[s0:cue.lo])
    if not head and _depending_on(index, cue, lex):
        return None
    if cue.text in lex.self_sources:
        # 'ein Bericht, wonach …' points back to the phrase before the comma; a fronted
        # 'Demnach …' stands for its source itself.
        if cue.lo - 1 > s0 and toks[cue.lo - 1].text == ",":
            return indirect_draft(index, cue.hi, s1, sent, cue,
                                  compact_np_before(index, cue.lo - 1, s0, lex) or (cue.lo, cue.hi))
        return indirect_draft(index, cue.hi, s1, sent, cue, (cue.lo, cue.hi))
    framed = lex.rules.source_clause(index, cue, s0, s1, head, lex)
    if framed is not None:
        return _around_source(index, indirect_draft(index, framed[0], framed[1], sent, cue, framed[2]), cue,
                              framed[2], framed[0], framed[1])
    if lex.study_nouns and toks[cue.hi - 1].low in lex.study_nouns:
        # 'Trump leads by 9 points in a new Fox News poll': the study, named inside the cue,
        # vouches for the clause before it, or after it when it opens the sentence.
        study = (cue.lo + 1, cue.hi)
        if head:
            comma = next((j for j in range(cue.hi, s1) if toks[j].text == ","), None)
            return indirect_draft(index, comma + 1, s1, sent, cue, study) if comma is not None else None
        end = cue.lo - 1 if toks[cue.lo - 1].text == "," else cue.lo
        return indirect_draft(index, s0, end, sent, cue, study)
    if head:
        comma = next((j for j in range(cue.hi, s1) if toks[j].text in _COMMAS), None)
        if comma is not None and comma - cue.hi <= 20:
            named = _apposed_name_end(toks, comma, s1)
            if named is not None:
                # 'De acordo com o ministro da Fazenda, Fernando Haddad, os recursos …': the name set off by
                # commas belongs to the source.
                return indirect_draft(index, named + 1, s1, sent, cue, (cue.hi, named))
            return indirect_draft(index, comma + 1, s1, sent, cue, (cue.hi, comma))
        # German puts no comma after a fronted source: 'Laut Polizei wurden drei verletzt.'
        speaker = compact_np(index, cue.hi, s1, lex)
        if speaker is None and cue.hi - cue.lo > 1:
            # 'Nach palästinensischen Angaben sind …': the source sits inside the cue.
            speaker = (cue.lo + 1, cue.hi)
            return indirect_draft(index, cue.hi, s1, sent, cue, speaker)
        if speaker is None:
            return None
        return indirect_draft(index, speaker[1], s1, sent, cue, speaker)
    if cue.lo - 1 > s0 and toks[cue.lo - 1].low in lex.conjunctions:
        # '…, e segundo a organização os bilhetes já esgotaram': the clause joined by the
        # conjunction, after its source.
        source = compact_np(index, cue.hi, s1, lex)
        if source is not None:
            start = source[1] + (source[1] < s1 and toks[source[1]].text in _COMMAS)
            return indirect_draft(index, start, s1, sent, cue, source)
    if toks[cue.lo - 1].text in _COMMAS | {"(", "—", "–"} and cue.lo - 1 > s0:
        return indirect_draft(index, s0, cue.lo - 1, sent, cue, np_after(index, cue.hi, lex, s1))
    # A source inside the clause: the whole sentence is what it vouches for.
    source = compact_np(index, cue.hi, s1, lex)
    return _around_source(index, indirect_draft(index, s0, s1, sent, cue, source), cue, source, s0, s1)


def _around_source(index, draft: Draft | None, cue: Cue, source, lo: int, hi: int) -> Draft | None:
    """'Die Inflation wird nach Ansicht von Ministerin Strand bis Ende des Jahres zurückgehen': a source phrase in the
    middle of the clause it vouches for is no part of the claim, which is the words on either side of it."""
    toks = index.tokens
    if draft is None or source is None or not lo < cue.lo < source[1] < hi or source[0] < cue.lo:
        return draft
    if not toks[cue.lo - 1].is_word or not toks[source[1]].is_word:
        return draft  # set off by commas or brackets, the frame is read elsewhere
    before, after = span_of(index, lo, cue.lo), span_of(index, source[1], hi)
    if before is not None and after is not None:
        draft.pieces = [before, after]
    return draft


_NAME_WORDS = 4


def _apposed_name_end(toks, comma: int, s1: int) -> int | None:
    """The comma closing a name of two to four capitalised words right after ``comma`` ('…, Fernando Haddad, …'),
    or None."""
    k = comma + 1
    while k < s1 and toks[k].is_word and toks[k].is_cap and k - comma <= _NAME_WORDS:
        k += 1
    words = k - comma - 1
    return k if 2 <= words <= _NAME_WORDS and k < s1 and toks[k].text in _COMMAS else None


def _depending_on(index, cue: Cue, lex: Lexicon) -> bool:
    """'les délais varient selon les démarches', 'calculée selon la valeur', 'varían según la calidad': after a
    verb of varying or measuring the preposition means 'depending on', not 'according to'."""
    toks = index.tokens
    before = [t.low for t in toks[max(0, cue.lo - 2):cue.lo] if t.is_word and t.sent == toks[cue.lo].sent]
    return cue.hi - cue.lo == 1 and any(word.startswith(lex.varying_stems) for word in before)


def post_source_claim(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """'Der Polizei zufolge …': the clause a postposed source marker vouches for."""
    toks = index.tokens
    sent = toks[cue.lo].sent
    speaker = compact_np_before(index, cue.lo, s0, lex)
    if lex.verb_second and speaker is not None and speaker[0] == s0:
        # 'Ersten Angaben zufolge gehörte …', 'Dem Vernehmen nach soll …': a fronted source
        # vouches for the rest of the sentence.
        return indirect_draft(index, cue.hi, s1, sent, cue, speaker)
    if cue.lo - 1 > s0 and toks[speaker[0] - 1 if speaker else cue.lo - 1].text == ",":
        start = speaker[0] - 1 if speaker else cue.lo - 1
        return indirect_draft(index, s0, start, sent, cue, speaker)
    lo, hi = vouched_clause(index, speaker or cue, s0, s1, lex)
    return indirect_draft(index, lo, hi, sent, cue, speaker)


def vouched_clause(index, cue, s0: int, s1: int, lex: Lexicon) -> tuple[int, int]:
    """'…, die nach Angaben der Polizei die Bombe enthielt, wurde …': a source inside a
    relative or subordinate clause vouches for that clause only; elsewhere for the sentence."""
    toks = index.tokens
    lo = cue[0] if isinstance(cue, tuple) else cue.lo
    hi = cue[1] if isinstance(cue, tuple) else cue.hi
    comma = next((k for k in range(lo - 1, s0, -1) if toks[k].text in ",;"), None)
    if not lex.clause_openers or comma is None or toks[comma + 1].low not in lex.clause_openers:
        return s0, s1
    end = next((k for k in range(hi, s1) if toks[k].text in ",;"), s1)
    return comma + 1, end


def as_source_claim(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """'As informed the press service of the administration, the bridge was closed …' / '…, as reported the
    ministry.': a verb after one of ``lex.as_sources`` with its subject after it frames the rest of the sentence,
    the subject being the source. None where no named subject follows the verb ('As noted above, …', 'As expected,
    …', 'as reported by …': read elsewhere)."""
    toks = index.tokens
    k = cue.lo - 1
    if not lex.as_sources or k < s0 or toks[k].low not in lex.as_sources or not (
            k == s0 or toks[k - 1].text in _COMMAS):
        return None
    source = np_after(index, past_time(toks, cue.hi, s1, lex), lex, s1)
    if source is None:
        return None
    first = toks[source[0]]
    if not (first.is_cap or first.low in lex.determiners) or first.low in lex.pronouns:
        return None  # 'as said above', 'as he said' (a pronoun after the verb is no source of this kind)
    sent = toks[cue.lo].sent
    after = source[1]
    if k == s0:
        if after < s1 and toks[after].text in _COMMAS:
            return indirect_draft(index, after + 1, s1, sent, cue, source)
        return None
    if after >= s1 or not toks[after].is_word:
        return indirect_draft(index, s0, k - 1, sent, cue, source)
    return None

