"""Free indirect speech: Konjunktiv-I sentences that report without a cue ('Die Lage sei ernst.')."""

from __future__ import annotations

from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import span_of
from service.stages.quotes.indirect_drafts import MIN_WORDS
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.phrases import compact_np, sentence_subject, temporal
from service.stages.quotes.sentences import covered_sentences, same_paragraph
from service.tokens import TokenIndex

_FREE_STARTS_CHAIN = False


def free_indirect(index: TokenIndex, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """German: sentences in Konjunktiv I right after a claim continue its reported speech."""
    if not lex.subjunctive:
        return []
    by_sent = {d.sent for d in drafts if d.type != "term"}
    # A sentence a claim already spans ('Er soll … sein. Das berichten Medien.') is no new one.
    covered = covered_sentences(index, drafts)
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
        if moods and moods <= lex.weak_moods and not chain and not lex.rules.hearsay(words, lex):
            moods = set()  # 'Die Ergebnisse sollen … veröffentlicht werden': a plan, not hearsay
        if moods and len(words) >= MIN_WORDS:
            # Right after a claim it continues that speaker's report; on its own the mood still
            # marks hearsay ('Er soll … haben'), with the speaker left open.
            span = span_of(index, s0, s1)
            if span is not None:
                speaker = _framing_subject(index, s0, s1, lex)
                prev = out[-1] if out else None
                if (lex.join_reported and speaker is None and prev is not None
                        and prev.sent == sent - 1 and same_paragraph(index, sent)):
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
    if lex.rules.reporting_mood(toks[verb].low):
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
    found = lex.rules.previous_speaker(index, p0, p1, lex)
    if found is not None:
        return found
    subject = sentence_subject(index, p0, p1, lex)
    if subject is None or subject[1] >= p1 or toks[subject[1]].is_cap:
        return None  # no finite verb right after the phrase: not a plain subject
    return subject if named(toks, *subject, lex) else None


def _np_token(toks, j: int, s1: int, lex: Lexicon) -> bool:
    tok = toks[j]
    if not tok.is_word:
        return tok.text in "-.&'’„“\""
    if tok.is_cap or tok.low in lex.determiners or tok.low in lex.name_links:
        return True
    nxt = toks[j + 1] if j + 1 < s1 else None
    return nxt is not None and nxt.is_cap and tok.low not in lex.stop and (
        tok.low not in lex.skip and tok.low not in lex.cues and tok.low not in lex.subjunctive)


def _names(toks, lo: int, hi: int) -> bool:
    """A phrase that can be a speaker: some capitalised word after the first."""
    return hi - lo <= 12 and any(t.is_cap for t in toks[lo + 1:hi]) or (
        hi - lo == 1 and toks[lo].is_cap)


def named(toks, lo: int, hi: int, lex: Lexicon) -> bool:
    """A name (a capitalised word after the first), a role or an organisation."""
    words = [t for t in toks[lo:hi] if t.is_word]
    return any(t.is_cap for t in words[1:]) or any(
        t.low in lex.person_roles or t.low in lex.org_nouns for t in words)
