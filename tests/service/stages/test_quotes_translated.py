"""Claims in machine-translated English wire copy, which keeps the source language's order: the subject after the
addressee ('told the journalists the pensioner X'), 'As informed X, …', 'according to the words of X', a role
without its article before a name, and a cue followed only by its topic; and a French noun object after a cue,
which is no claim ('La maire … dénonce la fermeture de l'usine')."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


def test_inverted_subject_after_the_addressee_speaks_the_quote():
    text = ("Residents of the suburb protest against the toll. "
            "\"We pay twice for the same road,\" - told the reporters the driver Oleg Sidorov.")
    claim = claim_with(claims_of(text), "We pay twice")
    assert claim.speaker is not None and claim.speaker.name == "Oleg Sidorov"
    assert claim.addressee == "the reporters"


def test_addressee_alone_after_told_is_no_speaker():
    claim = claim_with(claims_of("\"The plant will close,\" told reporters."), "The plant will close")
    assert claim.speaker is None or claim.speaker.name != "reporters"


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("As informed the press-service of the ministry, the tunnel was closed for inspection on Monday.",
     "the tunnel was closed for inspection on Monday", "the press-service of the ministry"),
    ("The tunnel was closed for inspection on Monday, as reported the Interfax agency.",
     "The tunnel was closed for inspection on Monday", "the Interfax agency"),
])
def test_as_with_the_subject_after_its_verb_names_the_source(text, content, mention):
    claim = claim_with(claims_of(text), content)
    assert claim.quote == content
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_as_with_the_subject_before_its_verb_is_read_as_before():
    claim = claim_with(claims_of("As the minister said, the tunnel was closed on Monday."), "the tunnel was closed")
    assert claim.speaker is not None and claim.speaker.mention == "the minister"


@pytest.mark.parametrize("text", [
    "According to the words of the head of the district, the school will reopen in May.",
    "According to words of the head of the district, the school will reopen in May.",
])
def test_according_to_the_words_of_names_the_person(text):
    claim = claim_with(claims_of(text), "the school will reopen in May")
    assert claim.speaker is not None and not claim.speaker.mention.lower().startswith(("words", "the words"))
    assert claim.speaker.mention.endswith("head of the district")


@pytest.mark.parametrize(("text", "name"), [
    ("Samara, 5 May - Governor of Samara region Dmitry Olegovich Azarov declared on Monday that the road will open.",
     "Dmitry Olegovich Azarov"),
    ("The spokesperson of Ministry of Finance Mr. Li Wenhai on Tuesday said, the budget deficit will narrow.",
     "Li Wenhai"),
])
def test_role_before_a_name_leaves_the_person(text, name):
    claims = claims_of(text)
    assert claims and claims[0].speaker is not None and claims[0].speaker.name == name


@pytest.mark.parametrize("text", [
    "The farmers of the valley complain about the low prices.",
    "Minister of Region Declared About Reform of Schools",
])
def test_cue_followed_only_by_its_topic_is_no_claim(text):
    assert claims_of(text) == []


def test_topic_with_a_clause_after_it_stays_a_claim():
    text = "Residents complain about how long the repairs of the bridge take."
    assert claim_with(claims_of(text), "how long the repairs")


def test_about_before_a_number_is_no_topic():
    assert claim_with(claims_of("The mayor said about 300 homes were flooded."), "300 homes were flooded")


def test_speaker_of_a_topic_frame_is_the_one_a_pronoun_points_to():
    text = ("Senator Jane Holt complained about the new tariffs. "
            "She said the tariffs would cost farmers billions.")
    claim = claim_with(claims_of(text), "the tariffs would cost farmers billions")
    assert claim.speaker is not None and claim.speaker.name == "Jane Holt"


@pytest.mark.parametrize("text", [
    "Le directeur de l'hôpital, Marc Vernier, a dénoncé jeudi la suppression des lits de réanimation.",
    "Le directeur de l'hôpital, Marc Vernier, dénonce la suppression des lits de réanimation.",
])
def test_french_noun_object_after_a_cue_is_no_claim(text):
    claims = claims_of(text, "fr")
    assert not any("Marc Vernier" in c.quote or "suppression des lits" in c.quote for c in claims)


def test_french_clause_before_an_inverted_frame_is_still_a_claim():
    claim = claim_with(claims_of("La suppression des lits est une erreur grave, dénonce le syndicat.", "fr"),
                       "une erreur grave")
    assert claim.speaker is not None and claim.speaker.mention == "le syndicat"
