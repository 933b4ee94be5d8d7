"""Russian strategies for the claims rules (``RussianRules``, the ``QuoteRules`` of Russian)."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.indirect_drafts import NO_CLAIM, indirect_draft
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import np_after, past_time
from service.stages.quotes.rules import NeutralRules

# How far after the cue its 'что' may stand: an addressee or medium in between ('рассказал ТАСС, что',
# 'заявила в интервью телеканалу «Россия 24», что').
_COMPLEMENTIZER_REACH = 14
# Verbs with which an agency passes on what someone else said ('…, передает ТАСС'): at the end of a sentence that
# has its own cue they relay it and claim nothing; alone they make the agency the source ('…, сообщает ТАСС').
_RELAY = frozenset({"передает", "передаёт", "сообщает", "сообщил", "сообщило", "сообщала", "сообщало", "пишет",
                    "сообщают", "пишут"})
# Words in the subject of a 'как' frame, read whole up to its comma.
_SUBJECT_MAX = 12
# Words between 'как' and its cue: 'Как ранее сообщал ТАСС, …', 'Как уже сообщалось, …'.
_AS_REACH = 3


class RussianRules(NeutralRules):
    """``QuoteRules`` for Russian (service/stages/quotes/rules.py)."""

    def source_clause(self, index, cue: Cue, s0: int, s1: int, head: bool, lex: Lexicon):
        """'По ее словам, …': the possessive inside the source marker is the source."""
        toks = index.tokens
        owner = next((k for k in range(cue.lo + 1, cue.hi - 1) if toks[k].low in lex.pronouns), None)
        if owner is None:
            return None
        if head:
            comma = next((k for k in range(cue.hi, s1) if toks[k].text == ","), cue.hi - 1)
            return comma + 1, s1, (owner, owner + 1)
        end = cue.lo - 1 if toks[cue.lo - 1].text == "," else cue.lo
        return s0, end, (owner, owner + 1)

    def content_start(self, index, cue: Cue, j: int, s1: int, lex: Lexicon):
        """Russian always sets a comma before 'что': the content starts at the first ', что' after the cue,
        past the addressee or medium between them; without one, right after the cue."""
        toks = index.tokens
        for k in range(j, min(s1 - 1, j + _COMPLEMENTIZER_REACH)):
            if toks[k].text in ".;:!?":
                break
            if toks[k].text == "," and toks[k + 1].low in lex.complementizers:
                return k + 1
        return j

    def coordinated_end(self, index, lo: int, s1: int, lex: Lexicon) -> int | None:
        """'X отметил, что …, передает ТАСС.': the content ends before the agency that relays it."""
        relay = _relay_at(index.tokens, lo, s1)
        return relay - 1 if relay is not None else None

    def clause_frame(self, index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon):
        """'Как сообщил губернатор, …' and '…, как сообщил губернатор.': the subject after the cue is the
        source of the rest of the sentence; '…, передает ТАСС' after a sentence with its own cue relays it."""
        toks = index.tokens
        if cue.text in _RELAY and _relay_at(toks, s0, s1) == cue.lo and any(
                t.low in lex.cues for t in toks[s0:cue.lo - 1]):
            return NO_CLAIM
        impersonal = _impersonal_source(index, cue, s0, s1, lex) or _tail_frame(index, cue, s0, s1, lex)
        if impersonal is not None:
            return impersonal
        opener = next((k for k in range(cue.lo - 1, max(s0, cue.lo - 1 - _AS_REACH) - 1, -1)
                       if toks[k].low == "как"), None)
        if opener is None or not (opener == s0 or toks[opener - 1].text == ","):
            return None
        comma = next((k for k in range(cue.hi, s1) if toks[k].text == ","), None)
        if opener == s0:
            if comma is None:
                return None
            draft = indirect_draft(index, comma + 1, s1, sent, cue, _frame_subject(index, cue.hi, comma, lex))
        else:
            draft = indirect_draft(index, s0, opener - 1, sent, cue, _frame_subject(index, cue.hi, comma or s1, lex))
        return NO_CLAIM if draft is None else draft


def _impersonal_source(index, cue: Cue, s0: int, s1: int, lex: Lexicon):
    """'…, сообщили в четверг в пресс-службе аэропорта.', 'уточнили в МЧС': a plural cue with no subject and
    'в' + a body after it; the body is the source of the clause before the comma."""
    toks = index.tokens
    if not cue.text.endswith("ли") or cue.lo - 1 <= s0 or toks[cue.lo - 1].text != ",":
        return None
    j = past_time(toks, cue.hi, s1, lex)
    if j + 1 >= s1 or toks[j].low not in ("в", "во"):
        return None
    source = np_after(index, j + 1, lex, s1)
    if source is None:
        return None
    draft = indirect_draft(index, s0, cue.lo - 1, toks[cue.lo].sent, cue, source)
    return NO_CLAIM if draft is None else draft


def _tail_frame(index, cue: Cue, s0: int, s1: int, lex: Lexicon):
    """'…, сообщил в понедельник губернатор Оренбургской области Денис Паслер.', '…, сообщал ранее ТАСС.': a
    cue after a comma whose subject closes the sentence reports the clause before the comma."""
    toks = index.tokens
    if cue.kind != "verb" or cue.lo - 1 <= s0 or toks[cue.lo - 1].text != ",":
        return None
    j = past_time(toks, cue.hi, s1, lex)
    end = _before_stop(toks, j, s1)
    rest = toks[j:end]
    if not rest or len(rest) > _SUBJECT_MAX or any(t.text in ",;:" or t.low in lex.complementizers for t in rest):
        return None
    if not (rest[0].is_cap or rest[0].low in lex.person_roles or rest[0].low in lex.org_nouns):
        return None
    draft = indirect_draft(index, s0, cue.lo - 1, toks[cue.lo].sent, cue, (j, end))
    return NO_CLAIM if draft is None else draft


def _frame_subject(index, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject between a 'как' frame's cue and its comma, whole: a name in quote marks is part of it
    ('технический директор «Прикамтеплосети» Руслан Ахметов')."""
    toks = index.tokens
    hi = _before_stop(toks, lo, hi)
    if hi - lo > _SUBJECT_MAX:
        return np_after(index, lo, lex, hi)
    return (lo, hi) if any(t.is_word for t in toks[lo:hi]) else None


def _before_stop(toks, lo: int, hi: int) -> int:
    """``hi`` less the punctuation that ends the phrase, a closing quote mark kept ('«Прикамтеплосети»')."""
    while hi > lo and not toks[hi - 1].is_word and toks[hi - 1].text not in "»”":
        hi -= 1
    return hi


def _relay_at(toks, lo: int, s1: int) -> int | None:
    """The relay verb of a closing '…, передает ТАСС' in tokens [lo, s1), or None."""
    for k in range(lo + 1, s1):
        if toks[k].low in _RELAY and toks[k - 1].text == "," and k + 1 < s1 and toks[k + 1].is_cap and all(
                not t.is_word or t.is_cap for t in toks[k + 1:s1]):
            return k
    return None


RUSSIAN_RULES = RussianRules()
