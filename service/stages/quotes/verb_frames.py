"""Verb frames: a saying verb's speaker and where its content lies ('X said that …', '…, said X')."""

from __future__ import annotations

from service.languages import common
from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import addressee_after, medium_after
from service.stages.quotes.indirect_drafts import (
    MIN_OBJECT,
    MIN_WORDS,
    NO_CLAIM,
    indirect_draft,
)
from service.stages.quotes.lexicon import Lexicon, possessor
from service.stages.quotes.phrases import (
    compact_np,
    np_after,
    np_before,
    sentence_subject,
    subject_v2,
)
from service.stages.quotes.source_frames import as_source_claim
from service.stages.quotes.verb_content import (
    after_adjunct,
    clause_end,
    inverted_parenthetical,
    linked_clause,
    parenthetical_claim,
    passive_claim,
)
from service.tokens import is_stop_mark


def verb_claim(index, cue: Cue, s0: int, s1: int, lex: Lexicon,
               verb_cues: set[int] | frozenset[int] = frozenset()) -> Draft | None:
    """The content a verb cue frames and its speaker, before or after the verb."""
    toks = index.tokens
    sent = toks[cue.lo].sent
    if cue.lo > s0 and toks[cue.lo - 1].low in lex.source_preps:
        return None  # 'según informó el INDEC', 'segundo informou a polícia': the verb is the source's frame
    if _passive_aside(toks, cue, s0, s1, lex):
        return None  # 'The mayor, accused of corruption, resigned': the participle describes the mayor
    framed = as_source_claim(index, cue, s0, s1, lex)
    if framed is not None:
        return framed
    clause = lex.rules.clause_frame(index, cue, sent, s0, s1, lex)
    if clause is not None:
        return clause if isinstance(clause, Draft) else None  # a Draft, or NO_CLAIM
    if cue.lo == s0 and cue.is_participle and not lex.verb_second:
        return _fronted_participle(index, cue, s0, s1, lex, sent)
    framed = inverted_parenthetical(index, cue, s0, s1, lex, sent)
    if framed is not None:
        return framed
    speaker = np_before(index, cue.lo, lex, s0)
    if speaker is not None:
        speaker = lex.rules.uncoordinated(index, speaker, s0, cue, lex)
    if cue.is_participle and not lex.verb_second:
        speaker = _frame_subject(index, cue, s0, lex, verb_cues) or speaker
    inherit = False
    j = cue.hi
    if speaker is None and cue.text in lex.impersonal:
        speaker = impersonal_source(index, cue, s0, s1, lex)
        if speaker is not None and speaker[0] >= cue.hi and (
                cue.lo - 1 > s0 and toks[cue.lo - 1].text == ","):
            # '…, hieß es vom Sprecher Mark Toner.': the content is the clause before.
            return _content_before(index, cue, s0, s1, lex, sent, speaker)
    inverted = subject_v2(index, cue.lo, cue.hi, speaker, lex, s0, s1)
    if inverted is not None:
        inverted = lex.rules.checked_inversion(index, inverted, s1, lex)
    if inverted is not None:
        speaker, j = trim_adverbs(index, inverted, lex), inverted[1]
    elif (aux := lex.rules.perfect_subject(index, cue, s0, s1, lex)) is not None:
        subject, at = aux
        if speaker is None or speaker[1] > at:
            speaker = subject  # the phrase before the cue ran past the auxiliary
    elif cue.hi < s1 and toks[cue.hi].low in lex.nominative:
        # 'Die Tat bezeichnete er als sinnlos': a nominative pronoun right after the verb is
        # the subject; the phrase before the verb is a fronted object.
        speaker, j = (cue.hi, cue.hi + 1), cue.hi + 1
    if inverted is not None and lex.rules.reports_fronted_clause(index, cue, j, s0, s1, lex):
        # '…, sagte Mark Roth, der Sprecher der Klinik.': the clause before the comma.
        return _content_before(index, cue, s0, s1, lex, sent, speaker)
    addressee = medium = None
    if cue.text in lex.addressee_cues:
        addressee, j = addressee_after(index, j, s1, lex)
    medium, j = medium_after(index, j, s1, lex)
    if _inverted_compound_frame(index, cue, j, s0, s1, lex):
        # A 'speaker' read across the comma is the clause before it ('Il governo ha approvato …, che …, ha annunciato
        # il ministro'): the subject is the phrase after the cue.
        return _content_before(index, cue, s0, s1, lex, sent)
    framed = parenthetical_claim(index, cue, speaker, j, s0, s1, lex, sent, medium)
    if framed is not None:
        return framed
    start = lex.rules.content_start(index, cue, j, s1, lex)
    if start is None:
        # The words after the cue are its object ('kündigte eine Lösung an').
        return _content_before(index, cue, s0, s1, lex, sent, speaker)
    j = start
    while j < s1 and (toks[j].text == "," or toks[j].low in lex.months or (
            (toks[j].low in lex.date_leads or toks[j].low in lex.determiners)
            and j + 1 < s1 and toks[j + 1].low in lex.months) or (
            toks[j].low in lex.time_words and j > cue.hi and toks[j - 1].low in lex.months)):
        j += 1  # 'said on Friday that', 'anunció el lunes que', 'a déclaré dimanche soir que'
    k = j
    while k < s1 and toks[k].low in lex.skip:
        k += 1
    if k > j and k < s1 and toks[k].low in lex.complementizers:
        j = k  # 'said later that', 'said again that': the adverb dates the saying
    if _aside_after_frame(index, cue, speaker, j, s0, s1, lex):
        # 'Sales rose 5%, the company said, citing strong demand.': the participle is the writer's aside (or a
        # claim of its own cue, 'adding that …'); what the company said is the clause before the frame.
        return _content_before(index, cue, s0, s1, lex, sent, speaker)

    # The subject comes before the cue, or an apposition the rules could not read ends in a
    # comma right before it ('…,” Dan Lee, a fellow at the institute, said at …').
    fronted = (speaker[1] <= cue.lo if speaker is not None
               else cue.lo > s0 and toks[cue.lo - 1].text == ",")
    if fronted and cue.text in lex.bare and cue.text not in lex.belief and not lex.verb_second:
        clause = after_adjunct(index, j, s1, lex, after_medium=medium is not None)
        if clause is NO_CLAIM:
            # Content before the frame would be a fronted adverbial as often as a claim.
            return None
        j = clause if clause is not None else j
    if _be_request(toks, j, s1):
        return None  # 'que pidió no ser identificado': a request to be (not) named, no claim
    s1 = clause_end(index, cue, j, s1, lex)
    s1 = linked_clause(index, j, s1, lex, verb_cues)
    passive = passive_claim(index, cue, speaker, j, s1, lex, sent)
    if passive is not None:
        return None if passive is NO_CLAIM else passive
    if j < s1 and not lex.verb_second and (
            toks[j].low in lex.agent_preps or (cue.lo > s0 and cue.hi - cue.lo == 1
                                     and _noun_before(toks[cue.lo - 1], lex)
                                     and toks[j].low not in lex.complementizers
                                     and toks[j].low not in lex.infinitive_openers
                                     and not (cue.text in lex.charge_cues and _charged(toks, j, s1, lex)))):
        # 'exit polls reported by CNN' names an agent, not content; 'the forecast remains',
        # 'a note on' and 'Editor's note:' use the cue word as a noun.
        return None
    if speaker is not None and speaker[1] <= cue.lo and j < s1 and only_adverbial(toks, j, s1, lex):
        # 'The fire killed 15, the mayor said later.': what follows the cue only dates it; the content is before.
        return _content_before(index, cue, s0, s1, lex, sent, speaker)
    rest = [t for t in toks[j:s1] if t.is_word]
    enough = len(rest) >= (MIN_OBJECT if speaker is not None else MIN_WORDS)
    if rest and enough and (toks[j].low in lex.complementizers or cue.kind == "verb"
                            or cue.text in lex.bare or " " in cue.text):
        if (not lex.object_claims and speaker is not None and speaker[1] <= cue.lo
                and toks[j].low in lex.determiners and toks[j].low not in lex.charge_links
                and not cue.is_participle):
            # 'La maire dénonce la fermeture de l'usine': an object, not something said ('a promis de déposer …'
            # opens an infinitive, which is).
            return None
        if toks[j].low not in lex.complementizers:
            # '… said Smith' or '… said.' has no content after the cue.
            # A participle ('…, claiming Trump University is a fraud') has no subject after it.
            if speaker is None and not cue.is_participle and (toks[j].is_cap or (
                    _after_comma(index, _frame_start(index, cue, s0, lex))
                    and _names_someone(index, j, s1, lex))) and (
                    _is_tail_speaker(index, j, s1, lex)):
                return _content_before(index, cue, s0, s1, lex, sent)
        weak = speaker is None and cue.is_participle
        if weak:
            speaker = sentence_subject(index, s0, cue.lo, lex)
            inherit = speaker is None
        return indirect_draft(index, j, s1, sent, cue, speaker, inherit=inherit,
                              addressee=addressee, medium=medium, weak=weak)
    if cue.text in lex.charge_cues and speaker is not None and speaker[1] <= cue.lo and _charged(toks, j, s1, lex):
        # 'a accusé le gouvernement d'avoir menti': the charge after the accused, read as the languages whose
        # accusing verbs report without 'que' read it ('ha accusato il governo di aver mentito').
        return indirect_draft(index, j, s1, sent, cue, speaker, addressee=addressee, medium=medium)
    if cue.kind == "belief" and rest and speaker is not None and speaker[1] <= cue.lo:
        # 'o volante Marcinho lembrou a lesão': the object of a cue that reports only a clause is no
        # content, and the words before its subject are not either.
        return None
    return _content_before(index, cue, s0, s1, lex, sent, speaker)


def _fronted_participle(index, cue: Cue, s0: int, s1: int, lex: Lexicon, sent: int) -> Draft | None:
    """'Noting that the bill failed, the senator said …': a participle opening the sentence
    reports what follows it up to the comma, and the main clause's subject is the source.
    Without a comma ('Demanding equality.') the participle frames the whole line."""
    toks = index.tokens
    comma = next((k for k in range(cue.hi, s1) if toks[k].text == ","), None)
    if comma is None:
        return indirect_draft(index, cue.hi, s1, sent, cue, None)
    return indirect_draft(index, cue.hi, comma, sent, cue, sentence_subject(index, comma + 1, s1, lex))


def _frame_subject(index, cue: Cue, s0: int, lex: Lexicon, verb_cues) -> tuple[int, int] | None:
    """'…, the company said on Monday, adding that …': a participle after a comma goes on with the subject of the
    saying verb before it."""
    toks = index.tokens
    if cue.lo - 1 <= s0 or toks[cue.lo - 1].text != ",":
        return None
    # The nearest verb cue before the comma, read back through the sentence (not through every cue of the article).
    before = next((k for k in range(cue.lo - 2, s0, -1) if k in verb_cues), None)
    return np_before(index, before, lex, s0) if before is not None else None


def _aside_after_frame(index, cue: Cue, speaker, j: int, s0: int, s1: int, lex: Lexicon) -> bool:
    """'…, the company said on Monday, citing …', '…, data showed, as …': a frame between commas after the
    content, with a participle or another aside of the writer after it."""
    toks = index.tokens
    if speaker is None or speaker[1] > cue.lo or speaker[0] - 1 <= s0 or toks[speaker[0] - 1].text != ",":
        return False
    if not (cue.hi < j < s1 and toks[j - 1].text == ","):
        return False
    word = toks[j]
    if not word.is_word or word.is_cap:
        return False
    participle = not lex.verb_second and word.low.endswith(lex.gerund_endings) and len(word.low) > 4
    return participle or word.low in lex.writer_asides


_ACCUSED_MAX = 6  # tokens naming the accused between an accusing verb and its charge


def _charged(toks, j: int, s1: int, lex: Lexicon) -> bool:
    """An object, then the preposition that opens an infinitive charge ('le gouvernement d'avoir menti', 'la
    direction de mentir'), no clause or quote in between."""
    for k in range(j + 1, min(s1 - 1, j + _ACCUSED_MAX + 1)):
        tok = toks[k]
        if not tok.is_word or tok.low in lex.complementizers:
            return False
        if tok.low in lex.charge_links or tok.low.startswith(lex.charge_elisions):
            return toks[k + 1].is_word or tok.low.startswith(lex.charge_elisions)
    return False


def _passive_aside(toks, cue: Cue, s0: int, s1: int, lex: Lexicon) -> bool:
    return passive_aside_at(toks, cue.lo, cue.hi, s0, s1, lex)


def passive_aside_at(toks, lo: int, hi: int, s0: int, s1: int, lex: Lexicon) -> bool:
    """A one-word participle cue (tokens lo:hi) right after a comma, with no auxiliary, and the preposition of a
    passive right after it ('…, accused of corruption,', '…, accusato di peculato,', '…, criticized for …'): an
    aside about the noun before, not a frame ('…, accused the government of lying' has its object first)."""
    if hi - lo != 1 or lo - 1 <= s0 or toks[lo - 1].text != "," or hi >= s1:
        return False
    word = toks[lo].low
    return word.endswith(lex.aside_participle_endings or lex.past_endings) and toks[hi].low in lex.passive_preps


def _noun_before(tok, lex: Lexicon) -> bool:
    """A determiner or a possessive ('the editor's note'; not 'he's noted') before the cue."""
    if tok.low in lex.noun_determiners:
        return True
    owner = possessor(tok.low, lex)
    return owner is not None and owner not in lex.pronouns


def _content_before(index, cue: Cue, s0: int, s1: int, lex: Lexicon, sent: int,
                    speaker=None) -> Draft | None:
    """'…, X said.' / '…, said X.': the content is the clause before the comma."""
    toks = index.tokens
    if speaker is not None and speaker[0] >= cue.hi:
        # German inversion ('…, teilte das Unternehmen heute mit'): the comma precedes the cue.
        comma = _frame_start(index, cue, s0, lex) - 1
    elif speaker is not None:
        comma = speaker[0] - 1
    else:
        comma = _frame_start(index, cue, s0, lex) - 1
        speaker = np_after(index, cue.hi, lex, s1)
    if comma <= s0 or toks[comma].text not in ",—–":
        return None
    medium, _ = medium_after(index, speaker[1] if speaker else cue.hi, s1, lex)
    return indirect_draft(index, s0, comma, sent, cue, speaker, medium=medium)


def _be_request(toks, j: int, s1: int) -> bool:
    """The content is an infinitive of 'be' after at most two markers or negations ('no ser identificado', 'di non
    essere nominato'): a reported clause has a finite verb. The word sets leave English out (common.py)."""
    k = j
    while k < min(s1, j + 2) and toks[k].low in common.INFINITIVE_OPENERS:
        k += 1
    return k > j and k < s1 and toks[k].low in common.BE_INFINITIVES


def _frame_start(index, cue: Cue, s0: int, lex: Lexicon) -> int:
    """The first token of an inverted frame: the cue, or the auxiliaries and adverbs before it ('…, a déclaré le
    ministre', '…, ha dicho el ministro') where the language inverts compound frames; elsewhere the cue ('…, was
    found in …' is passive, not a frame)."""
    k = cue.lo
    while lex.inverted_compounds and k - 1 > s0 and index.tokens[k - 1].low in lex.skip:
        k -= 1
    return k


def _inverted_compound_frame(index, cue: Cue, j: int, s0: int, s1: int, lex: Lexicon) -> bool:
    """'…, a indiqué de son côté un responsable', '…, ha dicho el ministro': where the language inverts a compound
    frame (lex.inverted_compounds), an auxiliary and the cue right after a comma, with no subject before them and
    a subject, not 'que' or an object, after them, report the clause before."""
    start = _frame_start(index, cue, s0, lex)
    if not (lex.inverted_compounds and start < cue.lo and _after_comma(index, start) and j < s1):
        return False
    first = index.tokens[j]
    if not first.is_word or first.low in lex.complementizers:
        return False  # '…, ha destacado «la precisión …»' quotes its object
    if _subject_and_aside(index, s0, start - 1, lex):
        return False
    return (np_after(index, j, lex, s1) is None or _is_tail_speaker(index, j, s1, lex)
            or _short_tail(index, j, s1))


_TAIL_WORDS = 8  # words of a subject phrase closing the sentence after an inverted cue


def _short_tail(index, j: int, s1: int) -> bool:
    """'…, ha annunciato il ministro dell'Economia Giancarlo Giorgetti.': the rest of the sentence is one short
    phrase, no comma in it, which the subject rules may not read whole."""
    rest = index.tokens[j:s1]
    words = [t for t in rest if t.is_word]
    return 0 < len(words) <= _TAIL_WORDS and all(t.is_word or is_stop_mark(index.tokens, k)
                                                  for k, t in enumerate(rest, j))


_SUBJECT_MAX = 8  # words of a sentence's subject before the aside set off after it


def _subject_and_aside(index, s0: int, comma: int, lex: Lexicon) -> bool:
    """'Le gouvernement, réuni mardi, a annoncé …': a short subject and an aside between two commas before the
    verb, not reported content before an inverted frame."""
    toks = index.tokens
    commas = [k for k in range(s0, comma) if toks[k].text == ","]
    if len(commas) != 1:
        return False
    words = [t for t in toks[s0:commas[0]] if t.is_word]
    # An auxiliary or adverb ('Il governo ha approvato …') makes the first part a clause, not a subject.
    return (0 < len(words) <= _SUBJECT_MAX and (words[0].low in lex.determiners or words[0].is_cap)
            and not any(t.low in lex.skip for t in words))


def _is_tail_speaker(index, j: int, s1: int, lex: Lexicon) -> bool:
    """'…, said Smith.' and '…, said Mark Jones, a political scientist at Rice.': the name
    ends the sentence, perhaps after its medium ('…, a indiqué le ministère dans un communiqué.'),
    or an apposition follows it."""
    span = np_after(index, j, lex, s1)
    if span is None:
        return False
    toks = index.tokens
    medium, after = medium_after(index, span[1], s1, lex)
    if medium is not None and after >= s1 - 1:
        return True
    after_comma = j - 2 >= 0 and _after_comma(index, j - 1)
    return span[1] >= s1 - 1 or (after_comma and span[1] < s1 and toks[span[1]].text == ",") or (
        only_adverbial(toks, span[1], s1, lex))


# Adverbs of time that close a frame ('…, the mayor said afterwards'); the rest are the lexicon's skip words.
_TRAILING_TIME = frozenset({"afterwards", "afterward", "today", "yesterday", "tonight", "tomorrow"})
# Words that open a time phrase with the noun after them ('later that day', 'the same week').
_TIME_OPENERS = frozenset({"that", "the", "next", "same", "this", "last"})


def only_adverbial(toks, j: int, s1: int, lex: Lexicon) -> bool:
    """Nothing but adverbs and time phrases from ``j`` to the end of the sentence ('later', 'again', 'on Tuesday',
    'later that day'): a frame's tail, no content."""
    k = j
    while k < s1:
        tok = toks[k]
        low = tok.low
        if not tok.is_word or low in lex.skip or low in lex.months or low in lex.time_words or (
                low in _TRAILING_TIME):
            k += 1
        elif (low in lex.date_leads or low in _TIME_OPENERS) and k + 1 < s1 and (
                toks[k + 1].low in lex.months or toks[k + 1].low in lex.time_words
                or toks[k + 1].low in _TIME_OPENERS):
            k += 1
        else:
            return False
    return True


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


def impersonal_source(index, cue: Cue, s0: int, s1: int,
                       lex: Lexicon) -> tuple[int, int] | None:
    """'heißt es in dem Bericht', 'hieß es vom Sprecher X', 'In der Resolution heißt es': an
    impersonal cue names its source in a prepositional phrase after it or before it."""
    toks = index.tokens
    for k in (cue.hi, s0):
        if k < s1 and toks[k].low in lex.source_marks and (k != s0 or k < cue.lo - 1):
            np = compact_np(index, k + 1, s1 if k == cue.hi else cue.lo, lex)
            if np is not None and any(t.is_cap for t in toks[np[0]:np[1]]):
                return np
    return None


def trim_adverbs(index, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """'teilte das Unternehmen heute mit': adverbs and a closing particle after an inverted
    German subject are not part of its name."""
    toks = index.tokens
    lo, hi = span
    while hi - 1 > lo and not toks[hi - 1].is_cap and (
            toks[hi - 1].low in lex.skip or toks[hi - 1].low in lex.months
            or any(toks[hi - 1].low in p for p in lex.separable.values())):
        hi -= 1
    return lo, hi
