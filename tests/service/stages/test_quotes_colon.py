"""Headline attribution with a colon ('Sanders: …') and the cue forms learned from train."""

from __future__ import annotations

from service.stages.quotes.lexicons.en import LEXICON as EN
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
