"""Headline attribution with a colon ('Sanders: …') and the cue forms learned from train."""

from __future__ import annotations

from service.languages.en.quotes import LEXICON as EN
from tests.service.stages.quote_helpers import claim_with
from tests.service.stages.quote_helpers import claims_of as _claims


def test_colon_headline_names_its_speaker():
    text = ("Jane Doakes: Our Plan Will Cut Taxes For Every Family\n\n"
            "The senator spoke in Ohio on Monday.")
    claim = next(c for c in _claims(text) if "Our Plan" in c.quote)
    assert claim.quote == "Our Plan Will Cut Taxes For Every Family"
    assert claim.speaker.mention == "Jane Doakes"


def test_colon_labels_and_german_lines_are_not_claims():
    assert not [c for c in _claims("Update: The office will reopen on Monday morning.")]
    text = "Berlin: Der Verkehr wird am Montag wieder normal fließen."
    assert not [c for c in _claims(text, "de") if c.cue == ":"]


def test_train_measured_cue_forms_are_cues():
    assert {"showed", "shows", "issued", "alluding"} <= EN.cues


def test_a_transcript_turn_runs_to_the_end_of_its_paragraph():
    text = ("Partial transcript follows.\n\n"
            "BLAKE: Why did the council vote against the plan?\n\n"
            "MAYOR ORTIZ: The plan was never funded. We will try again next year.\n\n"
            "Q: Will you run again?\n\n"
            "UPDATE: The vote was delayed.")
    claims = _claims(text)
    answer = claim_with(claims, "never funded")
    assert answer.quote == "The plan was never funded. We will try again next year"
    assert answer.speaker.mention == "MAYOR ORTIZ"
    assert claim_with(claims, "council vote").speaker.mention == "BLAKE"
    assert claim_with(claims, "run again").speaker.mention == "Q"
    assert not [c for c in claims if "delayed" in c.quote]


def test_a_poll_headline_names_the_poll():
    claim = next(c for c in _claims("Poll: Mayor Leads Rival By Nine Points\n\nThe race is close."))
    assert claim.quote == "Mayor Leads Rival By Nine Points" and claim.speaker.mention == "Poll"


def test_train_measured_phrases_are_cues():
    assert {"made clear", "laid out", "spoke about", "pushed for"} <= set(EN.phrases)
