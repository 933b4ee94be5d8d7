"""Frames only a parse can confirm: the verb's complement is the content, its subject speaks."""

from __future__ import annotations

from tests.service.stages.quote_helpers import claim_with, claims_of


def test_an_intention_with_an_open_complement_is_claimed(spacy_en):
    text = "After weeks of talks, the union decided to accept the offer from the port."
    claims = claims_of(text, parser=spacy_en)
    claim = claim_with(claims, "to accept the offer")
    assert claim.speaker.mention == "the union" and claim.cue == "decided"
    # Without the parser the rules leave 'decided' alone: it is as often a plain action.
    assert not [c for c in claims_of(text) if "accept the offer" in c.quote]


def test_a_coordinated_stance_verb_takes_the_subject_of_the_first_verb(spacy_en):
    text = "The senator visited the plant on Friday and questioned whether the subsidies had worked."
    claim = claim_with(claims_of(text, parser=spacy_en), "the subsidies had worked")
    assert claim.speaker.mention == "The senator"


def test_the_same_verb_without_a_complement_is_no_claim(spacy_en):
    text = "The board decided on Monday."
    assert [c for c in claims_of(text, parser=spacy_en) if c.type != "term"] == []


def test_first_person_and_quoted_sentences_are_not_new_frames(spacy_en):
    text = "“We decided to stay. I think it was right,” the mayor said. You know the rest."
    claims = [c for c in claims_of(text, parser=spacy_en) if c.type != "term"]
    assert len(claims) == 1 and claims[0].speaker.mention == "the mayor"


def test_a_passive_belief_verb_reports_hearsay_with_its_subject_inside():
    text = "Despite the cold, thousands of voters are expected to attend the caucuses on Monday."
    claim = claim_with(claims_of(text), "are expected to attend")
    assert claim.quote.startswith("thousands of voters")
    assert claim.speaker is None  # nobody is named as the source


def test_a_passive_belief_verb_with_an_agent_names_it():
    text = "The plant is believed by investigators to have leaked for years."
    claim = claim_with(claims_of(text), "to have leaked")
    assert claim.speaker.mention == "investigators"


def test_a_question_put_to_the_subject_is_reported_speech():
    text = "Asked by a reporter whether the plant would close, the mayor said talks were going on."
    claims = claims_of(text)
    question = claim_with(claims, "whether the plant would close")
    assert question.cue == "Asked" and question.speaker.mention == "a reporter"
    answer = claim_with(claims, "talks were going on")
    assert answer.speaker.mention == "the mayor"


def test_a_passive_cue_without_content_reports_nothing():
    assert [c for c in claims_of("No detail was revealed in this regard.") if c.type != "term"] == []


def test_a_passive_report_verb_with_a_clause_keeps_its_subject_as_the_source():
    # Machine-translated copy renders 'a fait savoir' as 'was informed that'.
    text = "The retailer was informed that it was still interested in the deal."
    claim = claim_with(claims_of(text), "still interested")
    assert claim.speaker.mention == "The retailer"


def test_a_stance_noun_reports_its_object_and_its_possessor_speaks(spacy_en):
    text = "The mayor's attacks on the transit agency grew sharper during the week."
    claim = claim_with(claims_of(text, parser=spacy_en), "the transit agency")
    assert claim.cue == "attacks" and claim.speaker.mention.startswith("The mayor")


def test_any_verb_with_a_that_clause_reports_it(spacy_en):
    text = "The appeals court ruled that the new district map was drawn unlawfully."
    claim = claim_with(claims_of(text, parser=spacy_en), "the new district map")
    assert claim.cue == "ruled" and claim.speaker.mention == "The appeals court"
