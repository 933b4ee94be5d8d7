"""The parser bounds reported content by the cue's complement, and only ever shortens it."""

from __future__ import annotations

from tests.service.stages.quote_helpers import claim_with, claims_of


def test_content_stops_where_the_main_clause_takes_over(spacy_en):
    text = ("As the mayor announces that she is ready for the fight over rents, she is set to "
            "sign a series of orders on housing.")
    without = claim_with(claims_of(text), "she is ready")
    with_parse = claim_with(claims_of(text, parser=spacy_en), "she is ready")
    assert "sign a series" in without.quote
    assert with_parse.quote == "that she is ready for the fight over rents"
    assert text[with_parse.start:with_parse.end] == with_parse.quote


def test_content_that_is_one_complement_is_left_whole(spacy_en):
    text = "The minister said that the plan, which starts in May, will cut costs by a third."
    claim = claim_with(claims_of(text, parser=spacy_en), "the plan")
    assert claim.quote == "that the plan, which starts in May, will cut costs by a third"


def test_content_stops_before_a_verb_coordinated_with_the_cue(spacy_en):
    text = "In a video posted on Monday, she criticized the donor and challenged him to a debate."
    claim = claim_with(claims_of(text, parser=spacy_en), "the donor")
    assert claim.quote == "the donor"


def test_content_cut_before_a_coordinated_verb_keeps_no_dangling_conjunction(spacy_en):
    text = ("On Tuesday, Comey announced that Clinton was careless with classified material and "
            "in the normal course of sanctions would face some punishment for her actions.")
    claim = claim_with(claims_of(text, parser=spacy_en), "careless")
    assert not claim.quote.endswith((" and", ","))
    assert text[claim.start:claim.end] == claim.quote
