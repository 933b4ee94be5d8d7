"""Quoted and reported claims with their speakers: the claims stage of the pipeline.

``extract_claims`` pairs quote marks (marks.py), finds cue words (cues.py), frames direct and
partial quotes (direct.py) and reported speech (reported.py), then resolves every speaker
mention to a canonical name in document order (speakers.py) and scores check-worthiness.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from service.contracts import Claim, Document, Span, Speaker
from service.stages.quotes.bounds import (
    before_outer_frames,
    mark_topics,
    past_complementizer,
    past_dateline,
    without_answered_objects,
)
from service.stages.quotes.clauses import trim_contents
from service.stages.quotes.colons import colon_claims
from service.stages.quotes.cues import Cue, find_cues
from service.stages.quotes.direct import attribute_quotes
from service.stages.quotes.drafts import Draft
from service.stages.quotes.free_indirect import free_indirect
from service.stages.quotes.lexicon import get_lexicon
from service.stages.quotes.marks import dialogue_turns, find_quotes, single_quoted
from service.stages.quotes.parsed import parsed_claims
from service.stages.quotes.parses import ArticleParses
from service.stages.quotes.phrases import passive_agent, sentence_subject, temporal
from service.stages.quotes.questions import question_claims
from service.stages.quotes.reported import reported_claims
from service.stages.quotes.speakers import Resolver
from service.stages.quotes.syntax import parsed_subjects
from service.stages.quotes.tags import lead_in, speech_tag
from service.stages.quotes.unspaced import unspaced_claims
from service.stages.quotes.worthiness import score
from service.tokens import TokenIndex

if TYPE_CHECKING:
    from models.base import Parser

__all__ = ["extract_claims"]

# A claim without its own speaker continues the last one only this many paragraphs on.
_INHERIT_PARAGRAPHS = 3
_DEDUPE_MAX = 40
_CLOSING_SLACK = 3  # characters of closing marks and stops a clause may end before its quote
_LONG_SPEAKER = 5  # a longer speaker phrase starting in lowercase is re-read by the parser


def extract_claims(doc: Document, parser: Parser | None = None) -> list[Claim]:
    """Every attributed claim in ``doc``, sorted by start; ``parser`` (en/fr) only helps find
    subjects the rules miss."""
    if not doc.text.strip() or not doc.sentences:
        return []
    lex = get_lexicon(doc.language)
    if lex.unspaced is not None:
        return unspaced_claims(doc, find_quotes(doc.text, _paragraph_spans(doc)), lex)
    index = doc.tokens
    # One memo of parses per article, shared by every parse-using helper below.
    parses = ArticleParses(parser) if parser is not None else None
    quotes = find_quotes(doc.text, _paragraph_spans(doc), single_quotes=lex.single_quotes or single_quoted(doc.text))
    if lex.dialogue_dashes:
        quotes = sorted(quotes + dialogue_turns(doc.text, _paragraph_spans(doc), quotes),
                        key=lambda q: (q.start, q.depth))
    cues = find_cues(index, lex)
    cue_at = {cue.lo: cue for cue in cues}
    drafts, used = attribute_quotes(index, quotes, cue_at, lex)
    inside = _inside_quotes(index, [d for d in drafts if d.type != "term"])
    drafts += reported_claims(index, cues, inside, used, lex)
    drafts = _drop_covered(_dedupe(drafts))
    drafts = _one_of_nested(drafts, lex.nested)
    drafts += free_indirect(index, drafts, lex)
    drafts += colon_claims(index, drafts, lex)
    drafts += question_claims(index, drafts, lex)
    if parses is not None:
        # Bounding contents first frees the words after them for frames of their own.
        trim_contents(parses, index, drafts, lex)
        drafts += parsed_claims(parses, index, drafts, lex)
    _fallback_speakers(index, drafts, lex, parses)
    _raise_subjects(index, drafts, lex)
    past_dateline(doc.text, drafts)
    past_complementizer(index, drafts, lex)
    before_outer_frames(index, drafts, lex)
    drafts = without_answered_objects(index, drafts, lex)
    mark_topics(index, drafts, lex)
    drafts.sort(key=lambda d: (d.start, -d.end))
    return _resolve(doc, index, drafts, lex)


def _fallback_speakers(index: TokenIndex, drafts: list[Draft], lex, parser) -> None:
    """No subject next to the cue: ask the parser (en/fr), else take the sentence's leading noun
    phrase, else the last speaker."""
    for draft in drafts:
        if draft.speaker is not None and temporal(index.tokens, *draft.speaker, lex):
            draft.speaker = None  # 'Ende Januar', '05 Uhr MEZ' name a time, not a speaker
    for draft in drafts:
        if draft.cue is not None and draft.cue.kind == "verb":
            agent = passive_agent(index, draft.cue.lo, draft.cue.hi, lex)  # 'was told by X'
            draft.speaker = agent or draft.speaker
        if draft.type == "direct" and draft.cue is None and draft.speaker is None:
            draft.speaker = speech_tag(index, draft, lex, parser)  # '“…,” he continued'
            if draft.speaker is None:
                draft.speaker = lead_in(index, draft, lex, parser)  # 'Roe went further: “…”'
            draft.inherit = draft.inherit and draft.speaker is None
    todo = [d for d in drafts if d.type != "term" and d.speaker is None and not d.inherit
            and not d.agentless]
    weak = [d for d in drafts if d.type != "term" and (
        d.weak or (d.speaker is not None and d.cue is not None and d.cue.kind != "source"
                   and not _plausible(index, d.speaker, lex)))]
    parsed = parsed_subjects(parser, index, todo + weak) if parser is not None else {}
    for draft in weak:
        draft.speaker = parsed.get(id(draft), draft.speaker)
    for draft in todo:
        if id(draft) in parsed:
            draft.speaker = parsed[id(draft)]
            continue
        if draft.cue is not None and draft.cue.kind != "source":
            s0 = index.sent_range[draft.sent][0]
            subject = sentence_subject(index, s0, draft.cue.lo, lex)
            if subject is not None and not (
                index.tokens[subject[0]].start < draft.end
                and draft.start < index.tokens[subject[1] - 1].end
            ):
                draft.speaker = subject
                continue
        draft.inherit = True


def _raise_subjects(index: TokenIndex, drafts: list[Draft], lex) -> None:
    """'The plan appears to be working': after a raising verb the subject belongs to the
    content ('the plan … to be working' is one proposition), so the claim starts there. An
    expletive 'it' ('It seems that …') is no subject of the content."""
    for draft in drafts:
        cue, speaker = draft.cue, draft.speaker
        if (cue is None or cue.text not in lex.raising or speaker is None or draft.pieces
                or not speaker[1] <= cue.lo or index.tokens[cue.hi - 1].end > draft.start
                or lex.pronouns.get(index.tokens[speaker[0]].low) == "n"):
            continue
        draft.start = index.tokens[speaker[0]].start


def _plausible(index: TokenIndex, span: tuple[int, int], lex) -> bool:
    """A speaker phrase naming someone: a capitalised word, a pronoun or a role/organisation
    noun ('a heated', 'the Sunday morning' are not)."""
    toks = index.tokens[span[0]:span[1]]
    if len(toks) > _LONG_SPEAKER and not toks[0].is_cap:
        return False
    return any(t.is_word and ((t.is_cap and t.low not in lex.months) or t.low in lex.pronouns
                              or t.low in lex.person_roles or t.low in lex.org_nouns
                              or t.low in lex.speaker_relatives)
               for t in toks)


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    spans: dict[int, list[int]] = {}
    for sentence in doc.sentences:
        span = spans.setdefault(sentence.paragraph, [sentence.start, sentence.end])
        span[1] = sentence.end
    return [(s, e) for s, e in spans.values()]


def _inside_quotes(index: TokenIndex, drafts: list[Draft]) -> list[bool]:
    return index.covered(piece for d in drafts if d.type in ("direct", "partial")
                         for piece in d.parts())


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Two frames around nearly the same words ('… nach Angaben …, so X'): keep the one that
    names its speaker."""
    by_sent: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sent.setdefault(draft.sent, []).append(draft)
    drop: set[int] = set()
    for group in by_sent.values():
        if len(group) > _DEDUPE_MAX:
            continue  # a run-on 'sentence' with this many frames is not worth a quadratic pass
        for k, one in enumerate(group):
            for other in group[k + 1:]:
                shared = min(one.end, other.end) - max(one.start, other.start)
                shorter = min(one.end - one.start, other.end - other.start)
                if one.type == other.type and shorter > 0 and shared >= 0.8 * shorter:
                    drop.add(id(one) if _named(one) < _named(other) else id(other))
    return [d for d in drafts if id(d) not in drop]


def _named(draft: Draft) -> int:
    """2: a speaker outside the cue ('so ein Sprecher'), 1: one inside it ('nach
    Polizeiangaben'), 0: none."""
    if draft.speaker is None:
        return 0
    cue = draft.cue
    inside = cue is not None and cue.lo <= draft.speaker[0] and draft.speaker[1] <= cue.hi
    return 1 if inside else 2


def _drop_covered(drafts: list[Draft]) -> list[Draft]:
    """An indirect claim that is mostly a direct quote restates it; keep the quote."""
    # An interrupted quote covers its pieces, not the frame between them ('“A,” he said,
    # referring to the vote. “B.”' leaves 'the vote' to its own claim).
    quoted = sorted(piece for d in drafts if d.type == "direct" for piece in d.parts())
    starts = [s for s, _ in quoted]
    out = []
    for draft in drafts:
        if draft.type == "indirect":
            covered = 0
            # Quotes do not overlap each other, so only those starting inside can count, plus one.
            k = max(0, bisect_left(starts, draft.start) - 1)
            while k < len(quoted) and quoted[k][0] < draft.end:
                s, e = quoted[k]
                covered += max(0, min(e, draft.end) - max(s, draft.start))
                k += 1
            if covered > 0.5 * (draft.end - draft.start):
                continue
        out.append(draft)
    return out


def _one_of_nested(drafts: list[Draft], mode: str = "partial") -> list[Draft]:
    """A partial quote inside a reported clause. ``mode`` as in ``Lexicon.nested``: 'partial'
    keeps the partial alone, with the clause's frame; 'clause' keeps the clause, retyped
    partial (the claim is the clause; the quoted words are part of it); 'both' keeps both."""
    if mode == "both":
        return drafts
    parts = sorted((d.start, d.end, id(d)) for d in drafts if d.type == "partial")
    by_id = {id(d): d for d in drafts}
    starts = [p[0] for p in parts]
    drop: set[int] = set()
    for clause in drafts:
        if clause.type != "indirect":
            continue
        k = bisect_left(starts, clause.start)
        while k < len(parts) and parts[k][0] < clause.end:
            start, end, key = parts[k]
            if mode == "clause" and end <= clause.end + _CLOSING_SLACK:
                drop.add(key)
                clause.type = "partial"
                clause.end = max(clause.end, end)  # the clause may stop before the closing mark
                clause.quoted_end = max(clause.quoted_end, end)
            elif mode != "clause" and end <= clause.end:
                _share_frame(by_id[key], clause)
                drop.add(id(clause))
            k += 1
    return [d for d in drafts if id(d) not in drop]


def _share_frame(part: Draft, clause: Draft) -> None:
    """A quoted fragment kept beside its clause is framed by the same cue: it takes the clause's
    speaker, which the reported-speech rules read with the language's word order ('قال X إن …
    «…»': the quote's own reading took the words before the verb)."""
    if (part.cue is not None and clause.cue is not None and part.cue.lo == clause.cue.lo
            and clause.speaker is not None):
        part.speaker = clause.speaker


def _joined(text: str, claim: Claim, draft: Draft, lex) -> Claim:
    """``claim`` continued by the quote of ``draft``: one more piece, the hull, re-scored."""
    pieces = claim.spans or [Span(start=claim.start, end=claim.end)]
    quote = text[claim.start:draft.end]
    said = [(p.start, p.end) for p in pieces] + [(draft.start, draft.end)]
    worth, reasons = score(_own_words(text, said), lex, claim.cue)
    return claim.model_copy(update={
        "end": draft.end, "quote": quote, "checkworthiness": worth, "reasons": reasons,
        "spans": [*pieces, Span(start=draft.start, end=draft.end)],
    })


def _own_words(text: str, pieces) -> str:
    """The quote's pieces without what interrupts them ('“A”, dijo Montes, “B”'): what is scored is what was said."""
    return " … ".join(text[start:end] for start, end in pieces)


def _cue_gender(cue, lex) -> str | None:
    """The gender a past-tense cue gives its subject (Russian 'заявила'), for pronouns that point back to it."""
    word = cue.text.split(" ", 1)[0] if cue is not None else ""
    return next((gender for ending, gender in lex.cue_genders if word.endswith(ending)), None)


def _stands_for_source(index: TokenIndex, draft: Draft, lex) -> bool:
    """The speaker is the source adverb opening the sentence ('Demnach …'), which names no one. (After a comma,
    'ein Bericht, wonach …' names its source before the comma.)"""
    cue = draft.cue
    return (cue is not None and cue.text in lex.self_sources and draft.speaker is not None
            and (draft.speaker[0], draft.speaker[1]) == (cue.lo, cue.hi)
            and cue.lo == index.sent_range[index.tokens[cue.lo].sent][0])


def _goes_on(cue, lex) -> bool:
    """The cue says the speaker before goes on ('added', 'ajoute-t-il', 'fügte hinzu')."""
    word = cue.text.split(" ", 1)[0].split("-", 1)[0].lower() if cue is not None else ""
    return word in lex.continuing


def _resolve(doc: Document, index: TokenIndex, drafts: list[Draft], lex) -> list[Claim]:
    resolver = Resolver(index, lex)
    claims: list[Claim] = []
    last: tuple[Speaker, int] | None = None  # speaker, paragraph
    said: int | None = None  # index of the last claim that is not a term
    for draft in drafts:
        paragraph = doc.sentences[draft.sent].paragraph
        speaker: Speaker | None = None
        if draft.speaker is not None:
            speaker = resolver.resolve(*draft.speaker, gender=_cue_gender(draft.cue, lex),
                                       goes_on=_goes_on(draft.cue, lex))
            if _stands_for_source(index, draft, lex) and last is not None and paragraph - last[1] <= 1:
                # 'Das berichtet die Zeitung „La Nación“. Demnach …': the adverb points back to the last source;
                # it stays the mention, the source is the name (a store would file every such claim under 'Demnach').
                speaker = speaker.model_copy(update={"name": last[0].name, "role": last[0].role})
        elif draft.inherit and last is not None and paragraph - last[1] <= _INHERIT_PARAGRAPHS:
            speaker = last[0]
        if speaker is None and draft.type == "indirect" and draft.cue is None:
            continue  # mood alone (Konjunktiv I) with nobody to carry it over is not a claim
        if draft.topic_only:
            if speaker is not None:
                last = (speaker, paragraph)  # 'Trump boasted about his debates. … he said': still the one meant
            continue
        if (lex.join_quotes and draft.type in ("direct", "partial") and draft.cue is None
                and draft.speaker is None and speaker is not None and said is not None
                and claims[said].speaker is speaker and last is not None and last[1] == paragraph):
            # '“A,” she said. … “B.”': an unframed quote later in the same paragraph goes on
            # with the claim before it; news and the labelled corpora count one utterance. A
            # quote inside that claim is already part of it.
            if draft.start >= claims[said].end:
                claims[said] = _joined(doc.text, claims[said], draft, lex)
            continue
        if speaker is not None:
            last = (speaker, paragraph)
        quote = doc.text[draft.start:draft.end]
        cue: Cue | None = draft.cue
        own = _own_words(doc.text, draft.pieces) if draft.pieces else quote
        worth, reasons = (0.0, []) if draft.type == "term" else score(own, lex, cue.text if cue else None)
        cue_span = index.surface(cue.lo, cue.hi) if cue is not None else None
        if draft.type != "term":
            said = len(claims)
        claims.append(Claim(
            quote=quote, start=draft.start, end=draft.end,
            type=draft.type,  # type: ignore[arg-type]
            cue=cue_span[2] if cue_span else None,
            cue_start=cue_span[0] if cue_span else None,
            cue_end=cue_span[1] if cue_span else None,
            speaker=speaker, medium=draft.medium, addressee=draft.addressee,
            checkworthiness=worth, reasons=reasons,
            spans=[Span(start=s, end=e) for s, e in draft.pieces],
        ))
    return claims
