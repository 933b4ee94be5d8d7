"""German reported speech: content clauses set off by a comma, objects of verb cues, inverted
subjects after the content."""

from __future__ import annotations

from tests.service.stages.quote_helpers import claim_with, claims_of


def _claims(text: str):
    return [c for c in claims_of(text, "de") if c.type != "term"]


def test_content_before_inverted_subject_with_closing_particle():
    text = ("Die Firma legte ihre Zahlen vor. Der Umsatz wird 200 Millionen Euro betragen, "
            "teilte das Unternehmen heute mit.")
    claim = claim_with(_claims(text), "Der Umsatz")
    assert claim.quote == "Der Umsatz wird 200 Millionen Euro betragen"
    assert claim.speaker.mention == "das Unternehmen"


def test_content_starts_after_the_comma_past_adverbs_and_particle():
    claim = claim_with(_claims("Sie räumte zwar ein, es könnten Stellen verloren gehen."),
                       "Stellen")
    assert claim.quote == "es könnten Stellen verloren gehen"


def test_content_starts_after_addressee_in_quote_marks():
    text = ("Der Sprecher sagte der „Berliner Zeitung“, dass die Tankstellen bald Biogas "
            "anbieten sollten.")
    claim = claim_with(_claims(text), "Tankstellen")
    assert claim.quote.startswith("dass die Tankstellen")


def test_object_of_an_announcing_verb_is_no_claim():
    assert _claims("Der Minister kündigte eine Lösung des Problems an.") == []
    assert _claims("Der Bauer warf die Zweige in das Feuer.") == []


def test_object_of_a_demand_is_a_claim():
    claim = claim_with(_claims("Die Gewerkschaft fordert eine bessere Bezahlung der Pfleger."),
                       "Bezahlung")
    assert claim.speaker.mention == "Die Gewerkschaft"
