"""English reported speech: where the content of a cue starts and ends."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


def test_a_clause_with_its_own_subject_and_cue_is_a_claim_of_its_own():
    text = ("The candidates accused each other of playing politics with the crisis while doctors "
            "warned of the risk of an outbreak on the mainland.")
    claims = claims_of(text)
    first = claim_with(claims, "playing politics")
    second = claim_with(claims, "risk of an outbreak")
    assert first.quote == "each other of playing politics with the crisis"
    assert first.speaker.mention == "The candidates"
    assert second.speaker.mention == "doctors"


def test_a_clause_without_a_cue_stays_in_the_content():
    text = "The minister said the plan will cut costs while prices keep rising in the spring."
    claim = claim_with(claims_of(text), "the plan")
    assert claim.quote.endswith("keep rising in the spring")


def test_an_inverted_frame_with_a_lowercase_role_reports_the_clause_before_it():
    text = ("The committee is $9 million short of its goal, said former governor Ed Rendell, who "
            "chairs the host committee.")
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert len(claims) == 1
    assert claims[0].quote == "The committee is $9 million short of its goal"
    assert claims[0].speaker.mention.startswith("former governor Ed Rendell")


def test_a_clause_after_said_without_a_name_is_still_its_content():
    text = "He paused for a moment, said the economy would grow and walked away."
    claim = claim_with(claims_of(text), "economy")
    assert claim.quote.startswith("the economy would grow")


def test_a_participle_frame_reports_what_follows_it():
    text = ("The attorney general is suing the school for $40 million, claiming Trump University "
            "is a fraud.")
    claim = claim_with(claims_of(text), "is a fraud")
    assert claim.quote == "Trump University is a fraud"
    assert claim.speaker.mention == "The attorney general"


def test_a_participle_after_a_quote_frame_reports_its_own_clause():
    text = '"I prefer Kasich," he said, noting he had previously backed Sen. Marco Rubio.'
    claim = claim_with(claims_of(text), "previously backed")
    assert claim.quote == "he had previously backed Sen. Marco Rubio" and claim.cue == "noting"


def test_a_stance_adjective_frames_what_it_takes():
    claims = claims_of("Intro.\n\nSanders has been highly critical of the trade deal with Asia.\n\n"
                       "His advisers were optimistic that he would win the primaries.")
    deal = claim_with(claims, "trade deal")
    assert deal.quote == "the trade deal with Asia" and deal.speaker.mention == "Sanders"
    assert claim_with(claims, "he would win").speaker.mention == "His advisers"


def test_a_word_or_three_before_a_trailing_frame_is_no_claim():
    claims = [c for c in claims_of("Will it pass? Not this year, he said.") if c.type != "term"]
    assert claims == []
    claim = claim_with(claims_of("The bill will not pass this year, he said."), "bill")
    assert claim.quote == "The bill will not pass this year"


def test_a_compound_with_a_cue_word_is_no_cue():
    claims = claims_of("A liberal think tank released figures on pledged delegates on Monday.")
    assert [c for c in claims if c.type != "term"] == []


def test_a_cue_word_after_a_possessive_is_a_noun():
    claims = claims_of("Editor's note: this story was updated on Monday with new figures.")
    assert [c for c in claims if c.type != "term"] == []
    claim = claim_with(claims_of("He's noted that the ban is legal."), "the ban")
    assert claim.quote == "that the ban is legal"


def test_a_named_poll_vouches_for_the_clause_it_sits_in():
    claims = claims_of("Intro.\n\nThe mayor leads by nine points in a new Harbor Times poll.\n\n"
                       "In a statewide survey last week, the senator had a narrow lead.\n\n"
                       "She trails her rival in the polls.")
    lead = claim_with(claims, "nine points")
    assert lead.quote == "The mayor leads by nine points"
    assert lead.speaker.mention == "a new Harbor Times poll"
    assert claim_with(claims, "narrow lead").quote == "the senator had a narrow lead"
    assert not [c for c in claims if "trails" in c.quote]


def test_what_was_asked_may_open_with_any_question_word_after_an_adverbial():
    claims = claims_of("Asked during a debate in May why he trailed so badly, the senator said "
                       "he would gain ground.")
    asked = claim_with(claims, "trailed")
    assert asked.quote == "why he trailed so badly" and asked.cue == "Asked"
    assert claim_with(claims, "gain ground").speaker.mention == "the senator"


def test_where_and_how_something_was_said_is_not_its_content():
    claims = claims_of("Ana Ruiz, a lawyer for the city, said after the hearing.\n\n"
                       "The mayor said in a video message to the council.\n\n"
                       "The mayor said dryly.")
    assert [c.quote for c in claims] == []
    claims = claims_of("“It is over,” Dan Lee, a fellow at the institute, said at an event.")
    assert not [c for c in claims if "event" in c.quote]
    claims = claims_of("Ana Ruiz said of the plan that it would fail.")
    assert claim_with(claims, "fail").quote == "that it would fail"


def test_content_starts_at_the_clause_after_an_adjunct():
    claims = claims_of("The mayor said on Friday during a town hall that the bridge would reopen.")
    assert claim_with(claims, "bridge").quote == "that the bridge would reopen"


def test_an_adjunct_that_names_a_topic_keeps_its_content():
    claims = claims_of("The envoy wrote to the minister about a visit to the border region.")
    assert claim_with(claims, "visit").quote.startswith("to the minister about a visit")


def test_the_subject_of_a_raising_verb_is_part_of_the_content():
    claims = claims_of("The governor's plan appears to be losing support among donors.")
    assert claim_with(claims, "losing support").quote == (
        "The governor's plan appears to be losing support among donors")
    claims = claims_of("It seems that the talks will resume next week.")
    assert claim_with(claims, "talks").quote == "that the talks will resume next week"


def test_speaking_about_and_pushing_for_report_their_object():
    claims = claims_of("The senator spoke about the rising cost of rent in small towns.\n\n"
                       "Unions have pushed for a higher minimum wage in the state.")
    assert claim_with(claims, "cost of rent").speaker.mention == "The senator"
    assert claim_with(claims, "minimum wage").quote == "a higher minimum wage in the state"


def test_a_participle_opening_the_sentence_reports_up_to_the_comma():
    claims = claims_of("Noting that the policy has failed, the senator said he would vote no.")
    noted = claim_with(claims, "policy")
    assert noted.quote == "that the policy has failed" and noted.cue == "Noting"
    assert noted.speaker.mention == "the senator"
    assert claim_with(claims, "vote no").quote == "he would vote no"


def test_seeing_someone_as_something_is_a_judgement_claim():
    claims = claims_of("Many voters see the senator as a uniter.\n\nThey saw the game on Sunday.")
    judged = claim_with(claims, "uniter")
    assert judged.quote == "the senator as a uniter" and judged.speaker.mention == "Many voters"
    assert not [c for c in claims if "game" in c.quote]
    cast = claim_with(claims_of("The mayor cast the vote as a test of trust."), "test of trust")
    assert cast.quote == "the vote as a test of trust"


@pytest.mark.parametrize("text", [
    "The company did not respond to requests for comment on Friday.",
    "He responded with attacks on the judge and her family.",
])
def test_answering_what_is_asked_is_no_claim(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor replied to critics that the budget was balanced.", "that the budget was balanced"),
    ("She responded that the plan was legal.", "that the plan was legal"),
])
def test_what_an_answer_says_is_a_claim(text, content):
    assert [c.quote for c in claims_of(text)] == [content]


@pytest.mark.parametrize("text", [
    "Britain's economy grew by 0.4% in the first quarter, the statistics office said on Friday, beating "
    "expectations of 0.2% growth.",
    "Quarterly sales rose 5% to a record high, the company said on Monday, citing strong demand.",
])
def test_a_participle_after_a_trailing_frame_leaves_the_content_before_it(text):
    said = [c for c in claims_of(text) if c.cue == "said"]
    assert [c.quote for c in said] == [text.split(",")[0]]


def test_a_participle_after_a_frame_goes_on_with_its_speaker():
    text = "Quarterly sales rose 5% to a record high, the company said, adding that demand was strong."
    adding = claim_with(claims_of(text), "demand was strong")
    assert adding.speaker.mention == "the company"


@pytest.mark.parametrize(("text", "content"), [
    ("Retail sales fell 1.2% in April, separate data showed, as wet weather kept shoppers at home.",
     "Retail sales fell 1.2% in April"),
    # A reason after the frame is mostly the speaker's own, so it stays in the claim.
    ("The policy has hurt the party with young voters, Graham said, since most of them accept the science.",
     "The policy has hurt the party with young voters, Graham said, since most of them accept the science"),
])
def test_the_writers_aside_after_a_frame_is_not_the_claim(text, content):
    assert claims_of(text)[0].quote == content


@pytest.mark.parametrize("text, speaker", [
    ("The fire killed 15 people, the mayor said later.", "the mayor"),
    ("The fire killed 15 people, officials said afterwards.", "officials"),
    ("The bridge will reopen, the mayor told reporters later that day.", "the mayor"),
    ("The talks have failed, said Foreign Minister Anna Berg on Tuesday.", "Foreign Minister Anna Berg"),
])
def test_a_frame_s_tail_of_time_words_leaves_the_content_before_it(text, speaker):
    claim = claim_with(claims_of(text), "The")
    assert claim.quote == text[:text.index(",")]
    assert claim.speaker.mention == speaker


def test_an_adverb_between_the_cue_and_that_is_no_part_of_the_content():
    claim = claim_with(claims_of("He said later that the bridge would reopen."), "bridge")
    assert claim.quote == "that the bridge would reopen"
