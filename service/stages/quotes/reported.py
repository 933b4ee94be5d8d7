"""Indirect (reported) speech: 'X said that …', '…, X said', 'according to X, …', Konjunktiv I."""

from __future__ import annotations

from service.stages.quotes import german as de
from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import addressee_after, medium_after, span_of
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import (
    BE_FORMS,
    compact_np,
    compact_np_before,
    np_after,
    np_before,
    sentence_subject,
    subject_v2,
    temporal,
)
from service.tokens import QUOTE_CHARS, TokenIndex

_MIN_WORDS = 3
_MIN_BEFORE = 4  # words of content before its frame
_FREE_STARTS_CHAIN = False
_MIN_OBJECT = 1  # 'Christie endorsed Trump': an object after a cue with a subject is content


def reported_claims(index: TokenIndex, cues: list[Cue], inside_quote: list[bool],
                    used: set[int], lex: Lexicon) -> list[Draft]:
    """One draft per cue that frames reported content outside any direct quote."""
    drafts: list[Draft] = []
    toks = index.tokens
    verb_cues = {cue.lo for cue in cues if cue.kind == "verb"}
    for cue in cues:
        if cue.lo in used or inside_quote[cue.lo] or cue.text == ":":
            continue  # a colon cue attributes only the quote after it
        sent = toks[cue.lo].sent
        s0, s1 = index.sent_range[sent]
        draft = (_source_prep(index, cue, s0, s1, lex) if cue.kind == "source"
                 else _post_source(index, cue, s0, s1, lex) if cue.kind == "post"
                 else _verb(index, cue, s0, s1, lex, verb_cues))
        if draft is None:
            continue
        lo, hi = index.token_at(draft.start), index.token_at(draft.end)
        minimum = _MIN_OBJECT if draft.speaker is not None else _MIN_WORDS
        if lex.verb_second:
            # German verb brackets leave a lone auxiliary or particle after the cue
            # ('bestätigt worden', 'teilte … mit'): one word is no content there.
            minimum = max(minimum, 2)
        if draft.end <= toks[cue.lo].start:
            # '…, he said' after a word or three ('Not yet, he said.') is mostly an answer or a
            # fragment of a larger claim, not a claim of its own.
            minimum = max(minimum, _MIN_BEFORE)
        if sum(1 for t in toks[lo:hi] if t.is_word) < minimum:
            continue
        drafts.append(draft)
    return drafts


def _make(index, lo, hi, sent, cue, speaker, **extra) -> Draft | None:
    span = span_of(index, lo, hi)
    if span is None:
        return None
    return Draft(span[0], span[1], "indirect", sent, cue=cue, speaker=speaker, **extra)


def _source_prep(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    toks = index.tokens
    sent = toks[cue.lo].sent
    head = all(not t.is_word or t.low in lex.skip or t.low in ("but", "and", "aber", "mais",
               "pero", "und", "et", "y") for t in toks[s0:cue.lo])
    if cue.text in lex.self_sources:
        # 'ein Bericht, wonach …' points back to the phrase before the comma; a fronted
        # 'Demnach …' stands for its source itself.
        if cue.lo - 1 > s0 and toks[cue.lo - 1].text == ",":
            return _make(index, cue.hi, s1, sent, cue,
                         compact_np_before(index, cue.lo - 1, s0, lex) or (cue.lo, cue.hi))
        return _make(index, cue.hi, s1, sent, cue, (cue.lo, cue.hi))
    if lex.verb_second and toks[cue.lo].low not in ("according",):
        source = _german_source(index, cue, s1, lex)
        if head:
            # No comma follows a fronted German source: 'Laut Polizei wurden drei verletzt.'
            start = source[1] if source is not None and source[0] >= cue.hi else cue.hi
            return _make(index, start, s1, sent, cue, source)
        if toks[cue.lo - 1].text in ",(—–" and cue.lo - 1 > s0:
            if source is not None and de.interjected(index, source[1], s1, lex):
                # 'Der Präsident sei, so Meier, schuld daran, dass …': the frame interrupts
                # the reported sentence, which goes on after it.
                return _make(index, s0, s1, sent, cue, source)
            return _make(index, s0, cue.lo - 1, sent, cue, source)
        lo, hi = de.subclause(index, cue, s0, s1, lex)
        return _make(index, lo, hi, sent, cue, source)
    if lex.study_nouns and toks[cue.hi - 1].low in lex.study_nouns:
        # 'Trump leads by 9 points in a new Fox News poll': the study, named inside the cue,
        # vouches for the clause before it, or after it when it opens the sentence.
        study = (cue.lo + 1, cue.hi)
        if head:
            comma = next((j for j in range(cue.hi, s1) if toks[j].text == ","), None)
            return _make(index, comma + 1, s1, sent, cue, study) if comma is not None else None
        end = cue.lo - 1 if toks[cue.lo - 1].text == "," else cue.lo
        return _make(index, s0, end, sent, cue, study)
    if head:
        comma = next((j for j in range(cue.hi, s1) if toks[j].text == ","), None)
        if comma is not None and comma - cue.hi <= 20:
            return _make(index, comma + 1, s1, sent, cue, (cue.hi, comma))
        # German puts no comma after a fronted source: 'Laut Polizei wurden drei verletzt.'
        speaker = compact_np(index, cue.hi, s1, lex)
        if speaker is None and cue.hi - cue.lo > 1:
            # 'Nach palästinensischen Angaben sind …': the source sits inside the cue.
            speaker = (cue.lo + 1, cue.hi)
            return _make(index, cue.hi, s1, sent, cue, speaker)
        if speaker is None:
            return None
        return _make(index, speaker[1], s1, sent, cue, speaker)
    if toks[cue.lo - 1].text in ",(—–" and cue.lo - 1 > s0:
        return _make(index, s0, cue.lo - 1, sent, cue, np_after(index, cue.hi, lex, s1))
    # A source inside the clause: the whole sentence is what it vouches for.
    return _make(index, s0, s1, sent, cue, compact_np(index, cue.hi, s1, lex))


_GENITIVE_START = frozenset({"der", "des", "eines", "einer", "von", "vom"})


def _german_source(index, cue: Cue, s1: int, lex: Lexicon) -> tuple[int, int] | None:
    """'nach Angaben der Polizei' names its source after the cue; 'nach Polizeiangaben' and
    'nach eigenen Angaben' inside it; 'laut Polizei' right after the preposition."""
    toks = index.tokens
    if cue.hi < s1 and (toks[cue.hi].low in _GENITIVE_START or cue.hi - cue.lo == 1):
        after = compact_np(index, cue.hi, s1, lex)
        if after is not None:
            return after
    return (cue.lo + 1, cue.hi) if cue.hi - cue.lo > 1 else None


def _post_source(index, cue: Cue, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    toks = index.tokens
    sent = toks[cue.lo].sent
    speaker = compact_np_before(index, cue.lo, s0, lex)
    if lex.verb_second and speaker is not None and speaker[0] == s0:
        # 'Ersten Angaben zufolge gehörte …', 'Dem Vernehmen nach soll …': a fronted source
        # vouches for the rest of the sentence.
        return _make(index, cue.hi, s1, sent, cue, speaker)
    if cue.lo - 1 > s0 and toks[speaker[0] - 1 if speaker else cue.lo - 1].text == ",":
        start = speaker[0] - 1 if speaker else cue.lo - 1
        return _make(index, s0, start, sent, cue, speaker)
    lo, hi = de.subclause(index, speaker or cue, s0, s1, lex)
    return _make(index, lo, hi, sent, cue, speaker)


def _verb(index, cue: Cue, s0: int, s1: int, lex: Lexicon,
          verb_cues: set[int] = frozenset()) -> Draft | None:
    toks = index.tokens
    sent = toks[cue.lo].sent
    if lex.verb_second and cue.lo == s0 + 1 and toks[s0].low in _BACK_POINTERS:
        back = _pointing_back(index, cue, sent, s0, s1, lex)
        if back is not None:
            return back
    if lex.as_frames:
        framed = de.as_frame(index, cue, s0, s1, lex)
        if framed is not None:
            return _make(index, framed[0], framed[1], sent, cue, framed[2])
    if lex.verb_second and cue.lo > s0 and toks[cue.lo - 1].low in _BACK_POINTERS:
        resumed = de.resumptive(index, cue, s0, s1, lex)
        if resumed is not None:
            return _make(index, s0, cue.lo - 2, sent, cue, resumed)
    if cue.lo == s0 and cue.is_participle and not lex.verb_second:
        return _fronted_participle(index, cue, s0, s1, lex, sent)
    speaker = np_before(index, cue.lo, lex, s0)
    if speaker is not None and lex.coordinators:
        speaker = de.uncoordinated(index, speaker, s0, cue, lex)
    inherit = False
    j = cue.hi
    if speaker is None and cue.text in lex.impersonal:
        speaker = de.impersonal_source(index, cue, s0, s1, lex)
        if speaker is not None and speaker[0] >= cue.hi and (
                cue.lo - 1 > s0 and toks[cue.lo - 1].text == ","):
            # '…, hieß es vom Sprecher Mark Toner.': the content is the clause before.
            return _content_before(index, cue, s0, s1, lex, sent, speaker)
    inverted = subject_v2(index, cue.lo, cue.hi, speaker, lex, s0, s1)
    if inverted is not None and lex.capital_nouns:
        inverted = de.checked_inversion(index, inverted, s1, lex)
    if inverted is not None:
        speaker, j = de.trim_adverbs(index, inverted, lex), inverted[1]
    elif lex.perfect_aux and (aux := de.perfect_subject(index, cue, s0, s1, lex)) is not None:
        subject, at = aux
        if speaker is None or speaker[1] > at:
            speaker = subject  # the phrase before the cue ran past the auxiliary
    elif cue.hi < s1 and toks[cue.hi].low in lex.nominative:
        # 'Die Tat bezeichnete er als sinnlos': a nominative pronoun right after the verb is
        # the subject; the phrase before the verb is a fronted object.
        speaker, j = (cue.hi, cue.hi + 1), cue.hi + 1
    if (inverted is not None and lex.adverbial_openers and cue.lo - 1 > s0
            and toks[cue.lo - 1].text == "," and toks[s0].low not in lex.adverbial_openers
            and not de.content_follows(index, j, s1, lex)):
        # 'Sie seien außer Gefahr, sagte Mark Roth, der Sprecher der Klinik.': a verb right
        # after a comma with its subject behind it has the fronted clause as its content; what
        # follows the subject is an apposition or an adverbial. A fronted 'Nachdem …,' clause
        # is an adverbial instead.
        return _content_before(index, cue, s0, s1, lex, sent, speaker)
    addressee = medium = None
    if cue.text in lex.addressee_cues:
        addressee, j = addressee_after(index, j, s1, lex)
    medium, j = medium_after(index, j, s1, lex)
    framed = _parenthetical(index, cue, speaker, j, s0, s1, lex, sent, medium)
    if framed is not None:
        return framed
    if lex.comma_content and j < s1 and toks[j].text not in ",:" and (
            toks[j].low not in lex.complementizers):
        ahead = de.comma_ahead(index, j, s1, lex)
        if ahead is not None:
            j = ahead
        elif (cue.text not in lex.object_cues and not de.predicative(index, j, s1, lex)
              and not de.zu_infinitive(index, j, s1)):
            return _content_before(index, cue, s0, s1, lex, sent, speaker)
    while j < s1 and (toks[j].text == "," or toks[j].low in lex.months or (
            (toks[j].low in ("on", "last", "this") or toks[j].low in lex.determiners)
            and j + 1 < s1 and toks[j + 1].low in lex.months)):
        j += 1  # 'said on Friday that', 'anunció el lunes que'

    # The subject comes before the cue, or an apposition the rules could not read ends in a
    # comma right before it ('…,” Dan Lee, a fellow at the institute, said at …').
    fronted = (speaker[1] <= cue.lo if speaker is not None
               else cue.lo > s0 and toks[cue.lo - 1].text == ",")
    if fronted and cue.text in lex.bare and cue.text not in lex.belief and not lex.verb_second:
        clause = _after_adjunct(index, j, s1, lex, after_medium=medium is not None)
        if clause is _NO_CLAIM:
            # Content before the frame would be a fronted adverbial as often as a claim.
            return None
        j = clause if clause is not None else j
    s1 = _clause_end(index, cue, j, s1, lex)
    s1 = _linked_clause(index, j, s1, lex, verb_cues)
    passive = _passive(index, cue, speaker, j, s1, lex, sent)
    if passive is not None:
        return None if passive is _NO_CLAIM else passive
    if j < s1 and not lex.verb_second and (
            toks[j].low == "by" or (cue.lo > s0 and cue.hi - cue.lo == 1
                                     and _noun_before(toks[cue.lo - 1], lex)
                                     and toks[j].low not in lex.complementizers)):
        # 'exit polls reported by CNN' names an agent, not content; 'the forecast remains',
        # 'a note on' and 'Editor's note:' use the cue word as a noun.
        return None
    rest = [t for t in toks[j:s1] if t.is_word]
    enough = len(rest) >= (_MIN_OBJECT if speaker is not None else _MIN_WORDS)
    if rest and enough and (toks[j].low in lex.complementizers or cue.kind == "verb"
                            or cue.text in lex.bare or " " in cue.text):
        if toks[j].low not in lex.complementizers:
            # '… said Smith' or '… said.' has no content after the cue.
            # A participle ('…, claiming Trump University is a fraud') has no subject after it.
            if speaker is None and not cue.is_participle and (toks[j].is_cap or (
                    _after_comma(index, cue.lo) and _names_someone(index, j, s1, lex))) and (
                    _is_tail_speaker(index, j, s1, lex)):
                return _content_before(index, cue, s0, s1, lex, sent)
        weak = speaker is None and cue.is_participle
        if weak:
            speaker = sentence_subject(index, s0, cue.lo, lex)
            inherit = speaker is None
        return _make(index, j, s1, sent, cue, speaker, inherit=inherit, addressee=addressee,
                     medium=medium, weak=weak)
    return _content_before(index, cue, s0, s1, lex, sent, speaker)


_ADJUNCT_REACH = 12  # tokens from an adjunct's preposition to the clause that follows it
_ADJUNCT_MAX = 8  # words: a longer rest without a complementizer may hide a bare clause


def _after_adjunct(index: TokenIndex, j: int, s1: int, lex: Lexicon, after_medium: bool = False):
    """'said at a news conference in Ohio that …' / 'said dryly.': a prepositional phrase or a
    manner adverb right after a saying verb is where and how it was said. Returns the
    complementizer that starts the content after the adjunct, ``_NO_CLAIM`` when a short
    adjunct is all there is, ``None`` to leave the rest as it is: no adjunct opens it ('agreed
    to pay' is an infinitive; 'to the council' after 'in a video message' is not), or a
    subject pronoun shows a bare clause ('said after the vote he would run')."""
    toks = index.tokens
    if j >= s1 or (toks[j].low == "to" and not after_medium) or not (
            toks[j].low in lex.preps or toks[j].low in lex.media_preps
            or (toks[j].low.endswith("ly") and not toks[j].is_cap)):
        return None
    words = 0
    for k in range(j, s1):
        low = toks[k].low
        if toks[k].text in QUOTE_CHARS or low in lex.question_words or low in lex.pronouns:
            return None  # a partial quote, a topic ('said in June about the plan'), a clause
        if low in lex.complementizers:
            return k if k - j <= _ADJUNCT_REACH else None
        words += toks[k].is_word
    return _NO_CLAIM if words <= _ADJUNCT_MAX else None


def _fronted_participle(index, cue: Cue, s0: int, s1: int, lex: Lexicon, sent: int) -> Draft | None:
    """'Noting that the bill failed, the senator said …': a participle opening the sentence
    reports what follows it up to the comma, and the main clause's subject is the source.
    Without a comma ('Demanding equality.') the participle frames the whole line."""
    toks = index.tokens
    comma = next((k for k in range(cue.hi, s1) if toks[k].text == ","), None)
    if comma is None:
        return _make(index, cue.hi, s1, sent, cue, None)
    return _make(index, cue.hi, comma, sent, cue, sentence_subject(index, comma + 1, s1, lex))


_BE = BE_FORMS | {"'s", "’s"}  # and a contraction standing as a token of its own


_NO_CLAIM = object()  # a frame that is known to report nothing


def _passive(index, cue: Cue, speaker, j: int, s1: int, lex: Lexicon, sent: int):
    """A passive cue ('was revealed', 'are expected to'): its subject is what is reported on,
    never the source. With 'to'/'that' after a belief verb the subject is part of the hearsay
    ('More than 250,000 voters are expected to attend'); the agent after 'by', if any, is the
    source. Without a clause there is no content ('No detail was revealed in this regard').
    ``None``: not passive, or left to the active reading."""
    toks = index.tokens
    if speaker is None or not cue.text.endswith(("ed", "en", "wn", "ld", "id", "ught", "ound")):
        return None
    k = cue.lo - 1
    # Back over adverbs and auxiliaries other than 'be' ('has been widely expected').
    while k >= speaker[1] and ((toks[k].low in lex.skip and toks[k].low not in _BE)
                               or toks[k].low.endswith("ly")):
        k -= 1
    if k < speaker[1] or toks[k].low not in _BE:
        return None
    source = None
    if j < s1 and toks[j].low == "by":  # 'is believed by investigators to …'
        source = np_after(index, j + 1, lex, s1)
        j = source[1] if source is not None else j
    if j < s1 and toks[j].low in ("to", "that") and cue.text in lex.passive_frames:
        draft = _make(index, speaker[0], s1, sent, cue, source)
    elif j < s1 and toks[j].low in lex.complementizers:
        if source is None:
            # 'Walmart was informed that it was still interested': machine-translated copy
            # renders 'a fait savoir' / 'informó' so; the subject is the source there.
            return None
        draft = _make(index, j, s1, sent, cue, source)
    else:
        return _NO_CLAIM
    if draft is not None:
        draft.agentless = source is None
    return draft or _NO_CLAIM


def _parenthetical(index, cue: Cue, speaker, j: int, s0: int, s1: int, lex: Lexicon, sent: int,
                   medium) -> Draft | None:
    """'Orders rose in May, she said, closing her laptop.' and 'Riding alone, they said, can be
    hazardous.': a frame set off by commas on both sides reports the words around it, not the
    words after it. A participle after the frame starts a new action, so the content stops at
    the frame; anything else continues the sentence and is a second piece."""
    toks = index.tokens
    if lex.verb_second or speaker is None or speaker[1] > cue.lo or j >= s1 or toks[j].text != ",":
        return None
    comma = speaker[0] - 1
    if comma <= s0 or toks[comma].text != "," or any(t.text in "“”\"«»„" for t in toks[s0:comma]):
        return None
    draft = _make(index, s0, comma, sent, cue, speaker, medium=medium)
    rest = j + 1
    if draft is None or rest >= s1 or toks[rest].low.endswith("ing") or toks[rest].is_cap:
        return draft
    tail = span_of(index, rest, s1)
    if tail is not None:
        draft.pieces = [*draft.parts(), tail]
        draft.end = tail[1]
    return draft


# 'Dies bestätigte X': the fronted pronoun stands for the sentence before.
_BACK_POINTERS = frozenset({"dies", "das", "dieses"})


def _pointing_back(index, cue: Cue, sent: int, s0: int, s1: int, lex: Lexicon) -> Draft | None:
    """'Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle.': the claim is the
    sentence before (through the pronoun), said by the subject after the cue."""
    if sent == 0 or index.sentences[sent - 1].paragraph != index.sentences[sent].paragraph:
        return None
    speaker = np_after(index, cue.hi, lex, s1)
    if speaker is None or not any(t.is_cap for t in index.tokens[speaker[0]:speaker[1]]):
        return None
    p0 = index.sent_range[sent - 1][0]
    span = span_of(index, p0, s0 + 1)
    if span is None:
        return None
    return Draft(span[0], span[1], "indirect", sent, cue=cue, speaker=speaker)


def _noun_before(tok, lex: Lexicon) -> bool:
    """A determiner or a possessive ('the editor's note'; not 'he's noted') before the cue."""
    if tok.low in _NOUN_DETERMINERS:
        return True
    owner = tok.low[:-2] if tok.low.endswith(("'s", "’s")) else None
    return bool(owner) and owner not in lex.pronouns and owner not in _CONTRACTED


# Words whose 's is 'is' or 'has' ('that's said', 'there's talk'), not a possessive.
_CONTRACTED = frozenset({"that", "there", "here", "what", "who", "where", "let", "how", "it"})
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "his", "her", "its",
                               "their", "our", "my", "your", "every", "each", "no"})


def _clause_end(index: TokenIndex, cue: Cue, lo: int, s1: int, lex: Lexicon) -> int:
    """Content after a cue stops where a ', saying …' / ', adding …' claim takes over."""
    toks = index.tokens
    if lex.coordinators:
        end = de.coordinated_cue(index, lo, s1, lex)
        if end is not None:
            return end
    for j in range(lo + 1, s1 - 1):
        if toks[j].low in lex.verb_coordinators:
            # '… said that A and said that B': a second cue of the same subject starts a claim.
            k = j + 1
            while k < s1 - 1 and toks[k].low in lex.skip:
                k += 1
            if toks[k].low in lex.cues and not toks[k].low.endswith("ing"):
                return j - 1 if toks[j - 1].text == "," else j
        if toks[j].text == ",":
            k = j + 1
            while k < s1 - 1 and toks[k].text in "”’\"»“":
                k += 1
            if toks[k].low in lex.cues and toks[k].low.endswith("ing"):
                return k if k > j + 1 else j
    return s1


_LINK_SUBJECT_MAX = 6  # tokens between the conjunction and its clause's cue


def _linked_clause(index: TokenIndex, lo: int, s1: int, lex: Lexicon, verb_cues) -> int:
    """'… accused each other of playing politics while doctors warned of an outbreak': content
    ends before a conjunction whose clause has a subject and a cue of its own; that clause is
    a claim in its own right, not part of this one."""
    toks = index.tokens
    for j in range(lo + 1, s1 - 2):
        if toks[j].text in QUOTE_CHARS:
            break  # a conjunction inside a quote is the quoted speaker's, not the frame's
        if toks[j].low not in lex.clause_links:
            continue
        for k in range(j + 2, min(s1, j + 2 + _LINK_SUBJECT_MAX)):
            if not toks[k].is_word or toks[k].low in lex.complementizers:
                break
            if k in verb_cues:
                return j - 1 if toks[j - 1].text == "," else j
    return s1


def _content_before(index, cue: Cue, s0: int, s1: int, lex: Lexicon, sent: int,
                    speaker=None) -> Draft | None:
    """'…, X said.' / '…, said X.': the content is the clause before the comma."""
    toks = index.tokens
    if speaker is not None and speaker[0] >= cue.hi:
        # German inversion ('…, teilte das Unternehmen heute mit'): the comma precedes the cue.
        comma = cue.lo - 1
    elif speaker is not None:
        comma = speaker[0] - 1
    else:
        comma = cue.lo - 1
        speaker = np_after(index, cue.hi, lex, s1)
    if comma <= s0 or toks[comma].text not in ",—–":
        return None
    medium, _ = medium_after(index, speaker[1] if speaker else cue.hi, s1, lex)
    return _make(index, s0, comma, sent, cue, speaker, medium=medium)


def _is_tail_speaker(index, j: int, s1: int, lex: Lexicon) -> bool:
    """'…, said Smith.' and '…, said Mark Jones, a political scientist at Rice.': the name
    ends the sentence or an apposition follows it."""
    span = np_after(index, j, lex, s1)
    if span is None:
        return False
    toks = index.tokens
    after_comma = j - 2 >= 0 and _after_comma(index, j - 1)
    return span[1] >= s1 - 1 or (after_comma and span[1] < s1 and toks[span[1]].text == ",")


def _names_someone(index, j: int, s1: int, lex: Lexicon) -> bool:
    """'…, said former governor Ed Rendell' and '…, said the bureau's director': the phrase
    after the cue has a name or a role noun ('…, said the economy would grow' has neither)."""
    span = np_after(index, j, lex, s1)
    return span is not None and any(
        t.is_cap or t.low in lex.person_roles or t.low in lex.org_nouns
        for t in index.tokens[span[0]:span[1]])


def _after_comma(index, at: int) -> bool:
    """The token before ``at`` is a comma, perhaps inside a closing quote ('“…,” said')."""
    toks = index.tokens
    k = at - 1
    while k >= 0 and toks[k].text in "”’\"»“":
        k -= 1
    return k >= 0 and toks[k].text == ","


def free_indirect(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """German: sentences in Konjunktiv I right after a claim continue its reported speech."""
    if not lex.subjunctive:
        return []
    by_sent = {d.sent for d in drafts if d.type != "term"}
    # A sentence a claim already spans ('Er soll … sein. Das berichten Medien.') is no new one.
    covered = de.covered_sentences(index, drafts)
    out: list[Draft] = []
    chain = False
    for sent, (s0, s1) in enumerate(index.sent_range):
        if sent in by_sent or sent in covered:
            chain = True
            continue
        words = [t for t in index.tokens[s0:s1] if t.is_word]
        # German nouns are capitalised: 'Versuche', 'Sitze', 'Erfolge' are no verb forms
        # unless they open the sentence.
        moods = {t.low for k, t in enumerate(words) if t.low in lex.subjunctive
                 and not (lex.capital_nouns and k > 0 and t.is_cap)}
        if moods and moods <= lex.weak_moods and not chain and not de.hearsay(words, lex):
            moods = set()  # 'Die Ergebnisse sollen … veröffentlicht werden': a plan, not hearsay
        if moods and len(words) >= _MIN_WORDS:
            # Right after a claim it continues that speaker's report; on its own the mood still
            # marks hearsay ('Er soll … haben'), with the speaker left open.
            span = span_of(index, s0, s1)
            if span is not None:
                speaker = _framing_subject(index, s0, s1, lex)
                prev = out[-1] if out else None
                if (lex.join_reported and speaker is None and prev is not None
                        and prev.sent == sent - 1 and de.same_paragraph(index, sent)):
                    # A run of Konjunktiv-I sentences is one report ('Die Lage sei ernst. Es
                    # fehle an Wasser.'): the next sentence extends the claim before it.
                    prev.end = span[1]
                    prev.sent = sent
                else:
                    if speaker is None and not chain:
                        speaker = _previous_subject(index, sent, lex)
                    out.append(Draft(span[0], span[1], "indirect", sent, speaker=speaker,
                                     inherit=speaker is None))
            chain = chain or _FREE_STARTS_CHAIN
            continue
        chain = False
    return out


def _framing_subject(index: TokenIndex, s0: int, s1: int, lex: Lexicon) -> tuple[int, int] | None:
    """'Die Aktivistin zeigte sich besorgt, dass … sei': an indicative main clause before the
    Konjunktiv-I clause frames it, and its subject is the speaker (a cue outside the lexicon)."""
    toks = index.tokens
    j = s0
    while j < s1 and _np_token(toks, j, s1, lex):
        j += 1
    verb = j
    if verb == s0 or verb >= s1 or not toks[verb].is_word or toks[verb].is_cap or (
            toks[verb].low in lex.subjunctive or toks[verb].low in lex.stop
            or toks[verb].low in lex.preps):
        return None
    if _konjunktiv_form(toks[verb].low):
        return None  # 'Sein Programm diene …, die der Iran nutzen wolle': a mood outside the list
    first_mood = next((k for k in range(verb, s1) if toks[k].low in lex.subjunctive), s1)
    if not any(toks[k].text in ",:" for k in range(verb, first_mood)):
        return None  # the mood sits in the main clause: the subject is what is reported on
    lo = s0
    lone = verb - s0 == 1 and toks[s0].low not in lex.pronouns
    if lone or toks[lo].low in lex.preps or temporal(toks, lo, verb, lex):
        # Verb second: 'Bislang gingen die Wissenschaftler davon aus, …'.
        if verb + 1 < s1 and toks[verb + 1].low in lex.pronouns:
            return verb + 1, verb + 2
        after = compact_np(index, verb + 1, s1, lex)
        return after if after is not None and _names(toks, *after) else None
    return (lo, verb) if _names(toks, lo, verb) else None


def _previous_subject(index: TokenIndex, sent: int, lex: Lexicon) -> tuple[int, int] | None:
    """'Anja Hajduk kritisierte die Pläne. Hier seien die Mittel unrealistisch.': with no claim
    before it, a Konjunktiv-I sentence reports the named subject of the sentence before."""
    if sent == 0 or index.sentences[sent - 1].paragraph != index.sentences[sent].paragraph:
        return None
    toks = index.tokens
    p0, p1 = index.sent_range[sent - 1]
    if lex.comma_content:
        found = de.sentence_speaker(index, p0, p1, lex)
        if found is not None:
            return found
    subject = sentence_subject(index, p0, p1, lex)
    if subject is None or subject[1] >= p1 or toks[subject[1]].is_cap:
        return None  # no finite verb right after the phrase: not a plain subject
    return subject if de.named(toks, *subject, lex) else None


def _konjunktiv_form(low: str) -> bool:
    """A third-person Konjunktiv I ('diene', 'stehe'): stem + e, unlike the weak past in -te."""
    return len(low) > 3 and low.endswith("e") and not low.endswith("te") and low.isalpha()


def _np_token(toks, j: int, s1: int, lex: Lexicon) -> bool:
    tok = toks[j]
    if not tok.is_word:
        return tok.text in "-.&'’„“\""
    if tok.is_cap or tok.low in lex.determiners or tok.low in ("und", "von", "vom", "des", "der"):
        return True
    nxt = toks[j + 1] if j + 1 < s1 else None
    return nxt is not None and nxt.is_cap and tok.low not in lex.stop and (
        tok.low not in lex.skip and tok.low not in lex.cues and tok.low not in lex.subjunctive)


def _names(toks, lo: int, hi: int) -> bool:
    """A phrase that can be a speaker: some capitalised word after the first."""
    return hi - lo <= 12 and any(t.is_cap for t in toks[lo + 1:hi]) or (
        hi - lo == 1 and toks[lo].is_cap)


# Labels that head a line without being anyone's words ('Update: …', 'Photo: …').
_COLON_LABELS = frozenset({
    "update", "updated", "note", "editor", "photo", "photos", "video", "watch", "read", "related",
    "source", "sources", "credit", "image", "images", "live", "breaking", "exclusive", "analysis",
    "opinion", "correction", "warning", "question", "answer", "q", "a", "tags",
    "topics", "see", "also", "more", "listen", "transcript", "full", "text", "here", "then",
    "now", "today", "that", "this", "byline", "email", "e-mail", "contact", "stat", "look",
    "boom", "wow",
})
_COLON_NAME_MAX = 4


def colon_claims(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Headline attribution 'Sanders: I'm Not Much Of A Socialist': a short name, a colon, and
    the speaker's words, in a sentence no other frame has claimed."""
    if not lex.colon_heads:
        return []
    taken = {d.sent for d in drafts}
    toks = index.tokens
    out: list[Draft] = []
    for sent, (s0, s1) in enumerate(index.sent_range):
        colon = next((k for k in range(s0 + 1, min(s1, s0 + _COLON_NAME_MAX + 2))
                      if toks[k].text == ":"), None)
        if colon is None:
            continue
        turn = _transcript_turn(index, sent, colon)
        if turn is not None:
            out.append(turn)
            continue
        if sent in taken:
            continue
        name = toks[s0:colon]
        if not all(t.is_word and t.is_cap or t.text in ".'’-" for t in name) or (
                len([t for t in name if t.is_word]) > _COLON_NAME_MAX
                or any(t.low in _COLON_LABELS or t.low in lex.months or t.low in lex.preps
                       or t.low in lex.determiners for t in name if t.is_word)):
            continue
        if sum(1 for t in toks[colon + 1:s1] if t.is_word) < _MIN_WORDS:
            continue
        draft = _make(index, colon + 1, s1, sent, Cue(colon, colon + 1, "source", ":"),
                      (s0, colon))
        if draft is not None:
            out.append(draft)
    return out


def _transcript_turn(index: TokenIndex, sent: int, colon: int) -> Draft | None:
    """'SANDERS: We will win. …' and 'Q: Why run?' opening a paragraph: a transcript turn; the
    speaker's words run to the end of the paragraph, around any frames inside them. An 'A:'
    answer is left to the frames inside it: on PolNeAR train fewer than two in five answers
    are claims as a whole, against two in three named or 'Q:' turns. ``colon`` ends the label."""
    toks = index.tokens
    if de.same_paragraph(index, sent):
        return None
    s0 = index.sent_range[sent][0]
    label = [t for t in toks[s0:colon] if t.is_word]
    shouting = all(t.text.isupper() and len(t.text) > 1 for t in label)
    if not label or not (shouting or [t.text for t in label] == ["Q"]) or any(
            t.low in _COLON_LABELS and t.low != "q" for t in label):
        return None
    last = sent
    while last + 1 < len(index.sentences) and de.same_paragraph(index, last + 1):
        last += 1
    return _make(index, colon + 1, index.sent_range[last][1], sent,
                 Cue(colon, colon + 1, "source", ":"), (s0, colon))


_QUESTION_OPENERS = frozenset({"when", "after", "if", "once", "while", "upon"})


_QUESTION_REACH = 6


def question_claims(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Asked whether the vote was fair, the mayor said …': a question put to someone opens the
    sentence; what was asked is reported speech, by whoever 'by' names (usually nobody)."""
    if not lex.question_cues:
        return []
    toks = index.tokens
    # A token mask keeps this linear in the article's length.
    claimed = index.covered((d.start, d.end) for d in drafts if d.type != "term")
    out: list[Draft] = []
    for sent, (s0, s1) in enumerate(index.sent_range):
        j = s0
        if j < s1 and toks[j].low in _QUESTION_OPENERS:
            j += 1
        if j + 1 >= s1 or toks[j].low not in lex.question_cues:
            continue
        cue = Cue(j, j + 1, "verb", toks[j].low)
        k, source = j + 1, None
        if toks[k].low == "by":
            source = np_after(index, k + 1, lex, s1)
            k = source[1] if source is not None else k + 1
        opens = lex.complementizers | lex.question_words
        # 'Asked Tuesday about …', 'Asked during a debate why …': what was asked opens within
        # a few words, before any comma.
        k = next((m for m in range(k, min(s1, k + _QUESTION_REACH))
                  if toks[m].low in opens or toks[m].text == ","), s1)
        if k >= s1 or toks[k].low not in opens:
            continue
        comma = next((m for m in range(k + 1, s1) if toks[m].text == ","), None)
        if comma is None:
            continue
        draft = _make(index, k, comma, sent, cue, source)
        if draft is None or any(claimed[index.token_at(draft.start):index.token_at(draft.end)]):
            continue
        draft.agentless = source is None
        out.append(draft)
    return out
