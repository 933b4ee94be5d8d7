"""Dutch strategies for the claims rules (``DutchRules``, the ``QuoteRules`` of Dutch).

Dutch puts its verb second like German, but sets no comma before a subordinate clause and writes its
nouns in lower case, so the German procedures (which find clause bounds by commas and nouns by
capitals) do not carry over; these are the few frames Dutch news uses that the generic rules miss.
"""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import as_clause_frame, span_of
from service.stages.quotes.indirect_drafts import NO_CLAIM, indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import compact_np, np_after
from service.stages.quotes.rules import NeutralRules
from service.tokens import QUOTE_CHARS

# 'Dat meldt de NOS.', 'Dit heeft de minister laten weten.': the fronted pronoun stands for the
# sentence before.
_BACK_POINTERS = frozenset({"dat", "dit"})
# Words between the back pointer and the cue phrase: the auxiliary and the subject after it.
_FRAME_WORDS = 20
# Separable verbs that share their stem with a cue and report nothing: 'zei zijn huurcontract op' (cancelled),
# 'zegde de afspraak af', 'schreef mee aan het rapport' (co-wrote), 'schreef zich in' (enrolled).
_SAY = frozenset({"zei", "zeiden", "zegt", "zeggen", "zegde", "zegden"})
_WRITE = frozenset({"schreef", "schreven", "schrijft", "schrijven"})
_NON_SPEECH_PARTICLES = {**dict.fromkeys(_SAY, frozenset({"op", "af"})),
                         **dict.fromkeys(_WRITE, frozenset({"mee", "in", "uit", "over", "af", "voor"}))}
# 'zegt weinig over de lange termijn', 'zei niets over de zaak': 'zeggen' with a quantity says nothing reported.
_VACUOUS_OBJECTS = frozenset({"weinig", "niets", "niks", "veel", "genoeg", "alles", "iets", "meer", "minder"})
# How far an adjunct between a cue and its 'dat' may run ('zei dinsdag tegen de regionale omroep dat').
_ADJUNCT_WORDS = 10
# How far after a naming cue its quoted object may open ('noemde de nieuwe regeling van het kabinet „…”').
_OBJECT_WORDS = 8
# The forms of 'zijn' and 'worden' that make a participle after them passive.
_PASSIVE_AUX = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden"})


class DutchRules(NeutralRules):
    """``QuoteRules`` for Dutch (service/stages/quotes/rules.py)."""

    def source_clause(self, index, cue: Cue, s0: int, s1: int, head: bool, lex: Lexicon):
        """'Volgens de politie zijn …' and '… een ondernemer die volgens het OM 2,3 miljoen heeft
        verduisterd.': a fronted source vouches for the rest of its sentence; one right after a relative
        pronoun for that relative clause, which runs on past the source's noun phrase to the next comma
        (Dutch sets none before it)."""
        toks = index.tokens
        if cue.kind != "source":
            return None
        source = compact_np(index, cue.hi, s1, lex)
        if cue.hi < s1 and toks[cue.hi].low in lex.pronouns and (source is None or not any(
                t.is_cap for t in toks[cue.hi + 1:source[1]])):
            # 'Volgens haar staan er …': the pronoun alone ('haar' is also 'her', as in 'volgens haar coach
            # Marten Bosma', where a name follows).
            source = (cue.hi, cue.hi + 1)
        if source is None:
            return None
        source = _with_parenthesis(toks, source, s1)
        if head:
            # 'Volgens de LHV gaan … met pensioen, een groot deel op het platteland.': the verb right after
            # the source starts the claim; only a comma right after it ('Volgens de LHV, …') is skipped.
            return source[1] + (source[1] < s1 and toks[source[1]].text == ","), s1, source
        if cue.lo - 1 <= s0 or toks[cue.lo - 1].low not in lex.clause_openers:
            return None
        end = next((k for k in range(source[1], s1) if toks[k].text in ",;"), s1)
        return source[1], end, source

    def quoted_phrase(self, index, draft: Draft, open_tok: int, cue: Cue | None, lex) -> bool:
        """'noemde de vertraging „een schoolvoorbeeld …”', 'sprak van een ‘verdiende overwinning’': the
        quoted object of a cue that judges or names is the speaker's words, a partial claim."""
        return cue is not None and cue.text in lex.object_cues and cue.hi <= open_tok

    def content_start(self, index, cue: Cue, j: int, s1: int, lex: Lexicon):
        """'laat in een reactie weten dat …': a separable cue's content starts after its particle; 'zei
        tegen de NOS dat …', 'zei na afloop dat …': after an adjunct, at the complementizer (Dutch sets no
        comma before it)."""
        toks = index.tokens
        particles = lex.separable.get(cue.text)
        if particles:
            j = next((k + 1 for k in range(j, s1) if toks[k].low in particles), j)
        if j < s1 and (toks[j].low in lex.preps or toks[j].low in lex.media_preps):
            for k in range(j + 1, min(s1, j + _ADJUNCT_WORDS)):
                if not toks[k].is_word:
                    break
                if toks[k].low in lex.complementizers:
                    return k
        return j

    def clause_frame(self, index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon):
        """'Dat meldt de NOS.', 'Dat heeft wethouder De Graaf dinsdag laten weten.', 'Zoals de politie
        eerder meldde, …'; 'Klanten zijn inmiddels gewaarschuwd.' frames nothing: after 'zijn' or
        'worden' the participle is passive, its subject was told (the agent after 'door' is left to the
        generic reading)."""
        toks = index.tokens
        if _passive(toks, cue, s0, s1, lex):
            return _passive_at(index, cue, sent, s0, s1, lex)
        if _quoted_object(toks, cue, s1, lex) or _says_nothing(toks, cue, s1):
            return NO_CLAIM
        if toks[s0].low in _BACK_POINTERS and s0 < cue.lo <= s0 + _FRAME_WORDS and (
                toks[s0 + 1].is_word and toks[s0 + 1].low not in lex.determiners):
            back = _pointing_back(index, cue, sent, s0, s1, lex)
            if back is not None:
                return back
        if lex.as_frames:
            framed = as_clause_frame(index, cue, s0, s1, lex, _as_subject)
            if framed is not None:
                draft = indirect_draft(index, framed[0], framed[1], sent, cue, framed[2])
                return NO_CLAIM if draft is None else draft
        return None


DUTCH_RULES = DutchRules()


def _says_nothing(toks, cue: Cue, s1: int) -> bool:
    """'zei zijn huurcontract op', 'schreef mee aan …', 'zegt weinig over …': a cue's stem with a particle
    of another verb, or 'zeggen' with a quantity."""
    particles = _NON_SPEECH_PARTICLES.get(cue.text)
    if particles is None:
        return False
    if cue.text in _SAY and cue.hi < s1 and toks[cue.hi].low in _VACUOUS_OBJECTS:
        return True
    end = next((k for k in range(cue.hi, s1) if toks[k].text in ",;:.!?"), s1)
    return end > cue.hi and (toks[end - 1].low in particles or toks[cue.hi].low == "mee")


def _passive_at(index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon):
    """'Bij de Veiligheidsregio wordt bevestigd dat …': the body after a fronted 'bij' is the source of a
    passive cue; with none, the passive reports nobody's words (``NO_CLAIM``)."""
    toks = index.tokens
    if toks[s0].low != "bij":
        return NO_CLAIM
    source = compact_np(index, s0 + 1, cue.lo, lex)
    start = next((k + 1 for k in range(cue.hi, min(s1, cue.hi + 3)) if toks[k].low in lex.complementizers), None)
    if source is None or start is None:
        return NO_CLAIM
    draft = indirect_draft(index, start, s1, sent, cue, source)
    return NO_CLAIM if draft is None else draft


def _passive(toks, cue: Cue, s0: int, s1: int, lex: Lexicon) -> bool:
    """A participle ('gemeld', 'bevestigd': every participle ends in -d or -t) after a form of 'zijn' or
    'worden'; a finite verb never stands there."""
    if cue.hi - cue.lo != 1 or not cue.text.endswith(("d", "t")):
        return False
    k = cue.lo - 1
    while k > s0 and toks[k].low in lex.skip and toks[k].low not in _PASSIVE_AUX:
        k -= 1
    return toks[k].low in _PASSIVE_AUX and not (cue.hi < s1 and toks[cue.hi].low in lex.agent_preps)


def _quoted_object(toks, cue: Cue, s1: int, lex: Lexicon) -> bool:
    """'Lafleur, winnares van vorig seizoen, sprak van een ‘verdiende overwinning’': the quoted object is
    the claim (``quoted_phrase``); the words before the cue are its subject, not content fronted to it."""
    return cue.text in lex.object_cues and any(
        t.text in QUOTE_CHARS or t.text == "'" for t in toks[cue.hi:min(s1, cue.hi + _OBJECT_WORDS)])


def _with_parenthesis(toks, source: tuple[int, int], s1: int) -> tuple[int, int]:
    """'volgens de Landelijke Huisartsen Vereniging (LHV) gaan …': the abbreviation in brackets is part of
    the source."""
    lo, hi = source
    if hi < s1 and toks[hi].text == "(":
        close = next((k for k in range(hi + 1, min(s1, hi + 6)) if toks[k].text == ")"), None)
        if close is not None:
            return lo, close + 1
    return source


def _pointing_back(index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """The claim is the sentence before (through the pronoun), said by the subject after the finite
    verb: right after a one-word cue ('Dat meldt de NOS'), or after the auxiliary of a perfect ('Dat
    heeft de wethouder laten weten')."""
    if sent == 0 or index.sentences[sent - 1].paragraph != index.sentences[sent].paragraph:
        return None
    toks = index.tokens
    verb = s0 + 1
    if verb == cue.lo:
        end = s1
        while end > cue.hi and not toks[end - 1].is_word:
            end -= 1  # the sentence's full stop: 'de NOS.' after an abbreviation reads as no stop
        speaker = np_after(index, cue.hi, lex, end)
    elif toks[verb].low in lex.perfect_aux or toks[verb].low in lex.cues or toks[verb].low in lex.separable:
        speaker = np_after(index, verb + 1, lex, cue.lo)
    else:
        return None
    if speaker is None:
        return None
    p0 = index.sent_range[sent - 1][0]
    span = span_of(index, p0, s0)
    if span is None:
        return None
    return Draft(span[0], span[1], "indirect", sent, cue=cue, speaker=speaker)


def _as_subject(index, k: int, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """'Zoals de politie eerder meldde': the subject right after 'zoals' (Dutch nouns are in lower case)."""
    return np_after(index, k + 1, lex, cue.lo)
