"""German clause syntax for the German rules: verb-second subjects, comma clauses, 'zu' infinitives."""

from __future__ import annotations

import re

from service.stages.quotes.cues import Cue
from service.stages.quotes.frames import as_clause_frame
from service.stages.quotes.free_indirect import named
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import (
    compact_np,
    np_after,
    np_before,
    sentence_subject,
    temporal,
)
from service.stages.quotes.verb_frames import trim_adverbs
from service.tokens import TokenIndex


def interjected(index, end: int, s1: int, lex: Lexicon) -> bool:
    """A comma soon after the frame's source ('so Meier in einem Blog, …'), then the reported
    sentence going on in Konjunktiv I (not an apposition: '…, so der Aufruf, verbunden mit …')."""
    toks = index.tokens
    k = end
    while k < s1 and toks[k].text not in ",;:.!?" and k - end < 12:
        k += 1
    return k < s1 and toks[k].text == "," and any(
        t.low in lex.subjunctive and not t.is_cap for t in toks[k + 1:s1])


def content_follows(index, j: int, s1: int, lex: Lexicon) -> bool:
    """After an inverted subject, a comma opens a content clause ('…, sagte Thaksin, man
    werde kämpfen'): a complementizer or a Konjunktiv I before the next comma."""
    toks = index.tokens
    k = j
    while k < s1 and toks[k].text != "," and k - j < 6:
        k += 1
    if k >= s1 or toks[k].text != ",":
        return False
    for m in range(k + 1, s1):
        if toks[m].text == ",":
            break
        if toks[m].low in lex.subjunctive or (m == k + 1 and toks[m].low in lex.complementizers):
            return True
    return False


def _subject_start(tok, lex: Lexicon) -> bool:
    """German subjects open with a name, a noun, a nominative article or a pronoun; 'dem
    Abgeordneten' is a dative object, 'möglich' ('hält es für möglich') a predicate."""
    low = tok.low
    if low in lex.oblique:
        return False
    return tok.is_cap or low in lex.determiners or low in lex.pronouns or not tok.is_word


def perfect_subject(index, cue: Cue, s0: int, s1: int,
                     lex: Lexicon) -> tuple[tuple[int, int], int] | None:
    """'Am Freitag hat der Minister in Berlin bekanntgegeben, …': a participle cue closing its
    clause after a perfect auxiliary; the subject stands before the auxiliary or, after a
    fronted adverbial, right after it (never the adverbials in between). Returns the subject
    and the auxiliary's position."""
    toks = index.tokens
    if cue.hi < s1 and toks[cue.hi].text not in ",:" and not zu_infinitive(index, cue.hi, s1):
        return None
    aux = next((k for k in range(cue.lo - 1, s0 - 1, -1)
                if toks[k].low in lex.perfect_aux or toks[k].text in ",;:"), None)
    if aux is None or toks[aux].text in ",;:" or aux + 1 >= cue.lo:
        return None
    if aux > s0 and toks[s0].low not in lex.preps and toks[s0].low not in lex.oblique and (
            toks[s0].low not in lex.skip and not temporal(toks, s0, aux, lex)):
        front = np_before(index, aux, lex, s0)
        return (front, aux) if front is not None else None
    after = np_after(index, aux + 1, lex, cue.lo)
    if after is None or toks[after[0]].low in lex.oblique or temporal(toks, *after, lex):
        return None
    return trim_adverbs(index, after, lex), aux


_ZU_INFIX = re.compile(r"^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|nieder|vor|weg|"
                       r"weiter|zu|zurück|zusammen|durch|um|über|unter|wieder|bekannt|frei|"
                       r"statt|teil|hinzu|heraus|voran|vorbei)zu[a-zäöüß]+(en|ern|eln)$")


def as_frame(index, cue: Cue, s0: int, s1: int, lex: Lexicon):
    """German 'Wie die Polizei mitteilte, …' / '…, wie sein Anwalt sagte.' (frames.as_clause_frame)."""
    return as_clause_frame(index, cue, s0, s1, lex, _as_subject)


# 'aus' opens the source of 'geht aus … hervor' and 'verlautete aus …', which is no part of its name.
SOURCE_FROM = "aus"


def _as_subject(index, k: int, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of a 'wie' clause: its capitalised words and articles, up to a preposition."""
    toks = index.tokens
    hi = cue.lo
    while hi > k + 1 and (not toks[hi - 1].is_word or not toks[hi - 1].is_cap and (
            toks[hi - 1].low not in lex.determiners)):
        hi -= 1  # 'das Polizeipräsidium bekannt gab', 'Rutan, Chef der Firma, mitteilte'
    lo = k + 2 if toks[k + 1].low == SOURCE_FROM else k + 1  # 'Wie aus dem Bericht hervorgeht': the report
    cut = next((m for m in range(lo + 1, hi) if toks[m].low in lex.preps and not toks[m].is_cap),
               hi)
    return (lo, cut) if cut > lo else None


def zu_infinitive(index, j: int, s1: int) -> bool:
    """'hat angekündigt die Preise zu erhöhen', 'ihr Mandat niederzulegen': an _infinitive
    clause may go without its comma; it ends in 'zu' + verb or a verb with 'zu' inside."""
    toks = index.tokens
    k = min(s1, len(toks)) - 1
    while k > j and not toks[k].is_word:
        k -= 1
    if k <= j or toks[k].is_cap:
        return False
    low = toks[k].low
    return (toks[k - 1].low == "zu" and low.endswith(("en", "ern", "eln"))) or bool(
        _ZU_INFIX.match(low))


def predicative(index, j: int, s1: int, lex: Lexicon) -> bool:
    """An object with a predicate ('würdigte die Feuerwehr als Vorbild', 'bezeichnete den Plan
    als Fehler') is the speaker's judgement, a claim whatever the verb."""
    for tok in index.tokens[j + 1:s1]:
        if tok.text in ",;:":
            return False  # 'als' after a comma starts a clause of time ('…, als die Polizei kam')
        if tok.low in lex.predicatives:
            return True
    return False


_COMMA_AHEAD = 10


def comma_ahead(index, j: int, s1: int, lex: Lexicon) -> int | None:
    """German sets a content clause off by a comma ('räumte zwar ein, es könnten …'): the
    content starts after a comma a few adverbs or a particle away; words after a verb cue
    without one are its object ('kündigte eine Lösung an'), not reported content."""
    toks = index.tokens
    for k in range(j, min(s1, j + _COMMA_AHEAD + 1)):
        tok = toks[k]
        if tok.text in ",:":
            return k if k > j else None
        if tok.text in ".;!?":
            return None
    return None


def _infinitive(toks, k: int) -> bool:
    """'… zu bestätigen', '… erklären': an _infinitive, no finite verb of its own clause."""
    low = toks[k].low
    return toks[k - 1].low == "zu" or (low.endswith(("en", "rn", "ln")) and not low.endswith("ten"))


def uncoordinated(index, span: tuple[int, int], s0: int, cue: Cue,
                   lex: Lexicon) -> tuple[int, int] | None:
    """'doch der Sprecher erklärte': the conjunction is no part of the subject; 'Er sagte, …
    und fügte hinzu': a verb right after 'und' shares the subject of the sentence."""
    toks = index.tokens
    lo, hi = span
    if toks[hi - 1].low in lex.coordinators:
        # The phrase is the first clause ('Er verständigte die Polizei und'): its leading
        # noun phrase is the subject both verbs share.
        subject = sentence_subject(index, s0, cue.lo, lex)
        if subject is not None and subject[1] <= lo:
            return subject  # 'Er sagte, …, und fügte hinzu': the sentence's subject
        lead = compact_np(index, lo, hi - 1, lex) if toks[lo].is_cap and lo == s0 else None
        return lead if lead is not None and lead[1] < hi - 1 else None
    if toks[lo].low in lex.coordinators and hi - lo > 1:
        return lo + 1, hi
    return span


def coordinated_cue(index: TokenIndex, lo: int, s1: int, lex: Lexicon) -> int | None:
    """German: '…, sie müssten nachgeben und fügte hinzu …', '…, Annabi sei tot, doch der
    Sprecher erklärte …': the content ends before a conjunction whose clause has its own cue."""
    toks = index.tokens
    for j in range(lo + 2, s1 - 1):
        if toks[j].low not in lex.coordinators or toks[j].is_cap:
            continue
        for k in range(j + 1, s1):
            if toks[k].text in ",;:":
                break
            if toks[k].low in lex.cues and not toks[k].is_cap and not _infinitive(toks, k):
                return j - 1 if toks[j - 1].text == "," else j
    return None


def hearsay(words, lex: Lexicon) -> bool:
    """'Er soll die Kasse geplündert haben', 'Das Virus soll resistent sein': 'sollen' with a
    clause-final 'haben'/'sein' reports what others say; 'soll … gebaut werden' is a plan."""
    return bool(lex.hearsay_ends) and any(w.low in ("soll", "sollen") for w in words) and (
        words[-1].low in lex.hearsay_ends)


def resumptive(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> tuple[int, int] | None:
    """'…, das entschied die NASA.': a pronoun after a comma resumes the clause before it (the
    content, up to that comma); the subject follows the cue. Returns the subject or None."""
    toks = index.tokens
    if cue.lo - 2 <= s0 or toks[cue.lo - 2].text != ",":
        return None
    after = np_after(index, cue.hi, lex, s1)
    if after is None or not _subject_start(toks[after[0]], lex) or not any(
            t.is_cap for t in toks[after[0]:after[1]]):
        return None
    return trim_adverbs(index, after, lex)


def checked_inversion(index, inverted: tuple[int, int], s1: int,
                      lex: Lexicon) -> tuple[int, int] | None:
    """An inverted subject as German allows it: none where a dative object, a predicate or an
    _infinitive clause follows the cue ('angekündigt ihr Mandat niederzulegen'); one cut at an
    adverb after the name ('fordert Richter Palazzi ebenfalls fünf Jahre Sperre')."""
    toks = index.tokens
    if not _subject_start(toks[inverted[0]], lex) or zu_infinitive(
            index, inverted[0], min(inverted[1] + 1, s1)):
        return None
    cut = next((k for k in range(inverted[0] + 1, inverted[1] - 1)
                if toks[k].low in lex.skip and not toks[k].is_cap and toks[k - 1].is_cap), None)
    return (inverted[0], cut) if cut is not None else inverted


def sentence_speaker(index, p0: int, p1: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker a German sentence without a claim of its own names for the Konjunktiv I after
    it: the subject of its cue verb, past an apposition ('Hubert Primus, der … ist, wies den
    Vorwurf zurück.'), or the subject after a fronted adverbial and the finite verb ('Am 15. Mai
    hat die Wahlkommission den Termin festgelegt.')."""
    toks = index.tokens
    verb = next((k for k in range(p0 + 1, p1) if (toks[k].low in lex.cues
                 or toks[k].low in lex.separable) and not toks[k].is_cap), None)
    framed = np_before(index, verb, lex, p0) if verb is not None else None
    if framed is not None and framed[0] == p0:
        # The name, not the relative clause after it.
        head = next((k for k in range(framed[0], framed[1]) if toks[k].text == ","), framed[1])
        if head > p0 and named(toks, p0, head, lex):
            return p0, head
    if toks[p0].low not in lex.preps and not temporal(toks, p0, p0 + 3, lex):
        return None
    verb = next((k for k in range(p0 + 1, min(p1, p0 + 8)) if toks[k].is_word
                 and not toks[k].is_cap and toks[k].low not in lex.preps
                 and toks[k].low not in lex.determiners and not toks[k].low.isdigit()), None)
    after = compact_np(index, verb + 1, p1, lex) if verb is not None else None
    if after is None:
        return None
    # 'die Wahlkommission den Termin': a non-genitive article after a noun starts the object.
    cut = next((m for m in range(after[0] + 1, after[1])
                if toks[m].low in lex.oblique and toks[m - 1].is_cap), after[1])
    after = (after[0], cut)
    return after if _subject_start(toks[after[0]], lex) and named(toks, *after, lex) else None
