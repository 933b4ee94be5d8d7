"""Dependency-parse help for en/fr: the grammatical subject of a cue the rules could not read.

Parsing is the expensive part of the stage, so only sentences whose claim still lacks a speaker
after the rules (or has one guessed from the sentence head) are parsed, one by one, up to the
cue, and at most ``MAX_PARSED`` per article.
"""

from __future__ import annotations

from typing import Any

from service.stages.quotes.drafts import Draft
from service.stages.quotes.parses import NOMINAL_SUBJECTS, token_at_char
from service.tokens import TokenIndex

# A long article easily has more than a handful of claims whose rule-based speaker is missing or
# implausible; parsing one sentence up to its cue costs a few milliseconds, so a budget of 32
# keeps the worst case small while covering nearly every article (8 left many unparsed).
MAX_PARSED = 32
_OPENER = 2  # tokens before a participle cue that still open the sentence ('After saying')
# 'is quick to say', 'made a promise to cut': once above the cue verb, an adjective or object
# that carries its clause leads on to the verb whose subject speaks. (The cue word itself as an
# object or adjective is a noun or modifier use, not a speech verb.)
_CARRIERS = frozenset({"acomp", "dobj", "attr", "pobj"})
_CLIMB_MAX = 6  # heads looked up from the cue
_SUBJECTS = NOMINAL_SUBJECTS | {"csubj"}
_CLIMB = frozenset({"advcl", "xcomp", "conj", "ccomp", "acl", "relcl", "dep", "parataxis", "pcomp",
                    "prep"})


def parsed_subjects(parser: Any, index: TokenIndex,
                    drafts: list[Draft]) -> dict[int, tuple[int, int]]:
    """Speaker token ranges found by the parser, keyed by ``id(draft)``."""
    found: dict[int, tuple[int, int]] = {}
    cache: dict[tuple[int, bool], Any] = {}
    for draft in drafts:
        if draft.cue is None or draft.cue.kind == "source":
            continue
        sent = index.tokens[draft.cue.lo].sent
        # 'After saying …, the man …': a participle opening its sentence hangs on the main
        # clause that follows, so that sentence is parsed whole.
        opener = draft.cue.is_participle and draft.cue.lo - index.sent_range[sent][0] <= _OPENER
        key = (sent, opener)
        if key not in cache:
            if len(cache) >= MAX_PARSED:
                continue
            sentence = index.sentences[sent]
            # The subject usually precedes its verb: parsing up to the cue keeps the cost down.
            stop = len(sentence.text) if opener else (
                index.tokens[draft.cue.hi - 1].end - sentence.start)
            cache[key] = parser.parse(sentence.text[:stop])
        doc = cache[key]
        base = index.sentences[sent].start
        cue_char = index.tokens[draft.cue.lo].start - base
        head = token_at_char(doc, cue_char)
        span = _subject_span(head)
        if span is None:
            continue
        lo = index.token_at(base + span[0])
        hi = index.token_at(base + span[1])
        inside = index.tokens[lo].start < draft.end and draft.start < index.tokens[hi - 1].end
        if hi > lo and not inside:
            found[id(draft)] = (lo, hi)
    return found


def _subject_span(token) -> tuple[int, int] | None:
    """Char span (in the parsed sentence) of the subject governing ``token``."""
    for step in range(_CLIMB_MAX):
        if token is None:
            return None
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            left = subject.left_edge
            right = subject
            # Keep the head noun with its modifiers before it and short 'of'/'for' tails.
            for child in subject.rights:
                if child.dep_ in ("prep", "compound", "appos", "nmod", "flat", "amod"):
                    right = child.right_edge
            return left.idx, right.idx + len(right.text)
        climbs = token.dep_ in _CLIMB or (step > 0 and token.dep_ in _CARRIERS)
        if not climbs or token.head is token:
            return None
        token = token.head
    return None
