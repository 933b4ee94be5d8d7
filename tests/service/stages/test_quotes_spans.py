"""Claim boundaries: interrupted quotes are one claim in pieces; English partial quotes are
claimed with the reported clause they sit in."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


def test_a_quote_interrupted_by_its_frame_is_one_claim_in_two_pieces():
    text = 'Rates rose again.\n\n"We have a plan," the mayor said. "It starts in May."\n\nThe vote is next week.'
    claims = [c for c in claims_of(text) if c.type != "term"]
    claim = claim_with(claims, "We have a plan")
    assert "It starts in May." in claim.quote
    assert [text[s.start:s.end] for s in claim.spans] == ["We have a plan,", "It starts in May."]
    assert text[claim.start:claim.end] == claim.quote
    assert claim.speaker.mention == "the mayor"
    assert len(claims) == 1


def test_a_frame_with_a_long_apposition_still_joins_the_pieces():
    text = ("“Prices will fall,” said Ana Ruiz, who runs the port authority in the northern "
            "province. “Shipping is back to normal.”")
    claim = claim_with(claims_of(text), "Prices will fall")
    assert len(claim.spans) == 2 and claim.quote.endswith("Shipping is back to normal.")


def test_a_quote_with_its_own_speaker_stays_separate():
    text = '"We will win," the senator said. "We will not," her rival said.'
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert len(claims) == 2 and all(not c.spans for c in claims)


def test_a_short_quote_that_is_a_whole_sentence_is_speech_not_a_scare_quote():
    text = "“The plan is sound,” the minister said. “It is working.”"
    claim = claim_with(claims_of(text), "The plan is sound")
    assert "It is working." in claim.quote


def test_a_trailing_narrative_verb_frames_the_quote_before_it():
    # 'continued' is no cue elsewhere ('the rally continued'), but right after a quote it is.
    text = "“The first loser of such a policy would be the port,” he continued."
    claim = claim_with(claims_of(text), "The first loser")
    assert claim.cue == "continued" and claim.speaker.mention == "he"


def test_a_partial_quote_is_claimed_with_its_reported_clause():
    text = "The governor said the new budget “protects every school” in the state."
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert len(claims) == 1
    assert claims[0].type == "partial"
    assert claims[0].quote == "the new budget “protects every school” in the state"


def test_a_partial_quote_before_a_trailing_cue_starts_its_sentence():
    text = "Small farms are “barely breaking even,” the union leader said on Monday."
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert [c.quote for c in claims] == ["Small farms are “barely breaking even,"]
    assert claims[0].speaker.mention == "the union leader"


def test_a_frame_between_commas_reports_the_words_before_it_when_an_action_follows():
    text = "Orders rose again in May, she said, closing her laptop."
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert [c.quote for c in claims] == ["Orders rose again in May"]
    assert claims[0].speaker.mention == "she"


def test_a_frame_inside_a_sentence_reports_the_whole_sentence_in_two_pieces():
    text = "Cycling alone at night, the riders said, can be dangerous."
    claim = claim_with(claims_of(text), "Cycling alone")
    assert [text[s.start:s.end] for s in claim.spans] == ["Cycling alone at night", "can be dangerous"]
    assert claim.speaker.mention == "the riders"


def test_a_long_apposition_after_the_name_still_marks_content_before_the_frame():
    text = ("The new rules are a burden for small schools, said Dana Cole, a teacher who has run "
            "rural schools in the state for twenty years.")
    claim = claim_with(claims_of(text), "The new rules")
    assert claim.quote == "The new rules are a burden for small schools"
    assert claim.speaker.name == "Dana Cole"


def test_a_quote_after_an_abbreviation_is_partial():
    text = "The senator said the U.S. “clearly” needs a stronger navy."
    claim = claim_with(claims_of(text), "clearly")
    assert claim.type == "partial" and claim.quote.startswith("the U.S.")


def test_a_short_capitalised_german_quote_after_a_word_names_a_paper_not_a_claim():
    text = "Der Minister sagte der „Rheinischen Post“, die Reform komme im Mai."
    claims = claims_of(text, "de")
    assert all(c.type == "term" for c in claims if "Rheinischen" in c.quote)
    assert any("die Reform komme im Mai" in c.quote and c.type != "term" for c in claims)


def test_a_second_cue_of_the_same_subject_starts_its_own_claim():
    text = "The senator said the bill was fair and added that it would pass by June."
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert [c.quote for c in claims] == ["the bill was fair", "that it would pass by June"]
    assert all(c.speaker is not None and c.speaker.name.endswith("senator") for c in claims)


def test_a_cue_word_used_as_a_noun_or_followed_by_an_agent_frames_nothing():
    for text in ("For the spring, the forecast remains the same across the region.",
                 "Turnout was high, according to exit polls reported by two networks."):
        assert not [c for c in claims_of(text) if c.cue in ("forecast", "reported")], text


def test_a_frame_in_a_sentence_of_its_own_still_joins_the_pieces():
    text = 'Officials met.\n\n"Why is he attacking me?" the mayor said. "He has to win seven races first."'
    claim = claim_with(claims_of(text), "Why is he attacking me?")
    assert len(claim.spans) == 2 and claim.quote.endswith("seven races first.")


def test_a_one_word_answer_opening_its_sentence_is_speech_not_a_title():
    claim = claim_with(claims_of("“Absolutely,” he said on Monday."), "Absolutely")
    assert claim.type == "direct" and claim.speaker.mention == "he"


def test_mixed_quote_styles_around_a_frame_still_make_one_claim():
    text = ('The mayor spoke on Sunday.\n\n“Our roads are crumbling," she said. "Families endure '
            'blackouts. Our airports are a mess.”')
    claim = claim_with(claims_of(text), "crumbling")
    assert claim.type == "direct" and "airports are a mess" in claim.quote
    assert len(claim.spans) == 2


def test_a_quote_after_a_reported_clause_belongs_to_that_clause(spacy_en):
    text = ("He also said he was best positioned to get a peace deal because he is a negotiator, "
            '"like you folks."')
    for parser in (None, spacy_en):
        claims = [c for c in claims_of(text, parser=parser) if c.type != "term"]
        assert len(claims) == 1
        assert claims[0].type == "partial" and claims[0].speaker.mention == "He"
        assert claims[0].quote.startswith("he was best positioned")
        assert claims[0].quote.endswith('"like you folks."')


def test_an_unframed_quote_later_in_the_paragraph_continues_the_claim():
    text = ('Officials met on Monday.\n\n"We have a process," she said. The room went quiet for a '
            'moment. "It works."\n\n"It does not," a rival said.')
    claims = [c for c in claims_of(text) if c.type != "term"]
    first = claim_with(claims, "We have a process")
    assert first.quote.endswith("It works.")
    assert [text[s.start:s.end] for s in first.spans] == ["We have a process,", "It works."]
    assert claim_with(claims, "It does not").speaker.mention == "a rival"


def test_an_unframed_quote_in_the_next_paragraph_stays_its_own_claim():
    text = ('"We have a process," she said on Monday. The room went quiet.\n\nReporters left. '
            '"It works."')
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert len(claims) == 2


def test_a_show_title_in_the_frame_does_not_break_the_quote():
    text = ('"It is more of a consideration than it was," Cuban said in an interview on NBC\'s '
            '"Meet the Press." "You do not have to be the perfect candidate."')
    claims = claims_of(text)
    assert [c.quote for c in claims if c.type == "term"] == ["Meet the Press."]
    claim = claim_with(claims, "consideration")
    assert claim.quote.endswith("the perfect candidate.") and len(claim.spans) == 2


def test_a_short_sentence_in_the_next_paragraph_is_not_the_quotes_frame():
    text = '"He will still get coverage," he said. "You will cover him."\n\nThat adds its own pressure.'
    claim = claim_with(claims_of(text), "still get coverage")
    assert claim.quote.endswith("You will cover him.") and claim.speaker.mention == "he"


def test_a_partial_quote_after_a_connective_continues_the_claim():
    text = ('"It is not do or die," he said outside the building. But "the campaign is stronger '
            'with an endorsement. It helps."')
    claims = [c for c in claims_of(text) if c.type != "term"]
    assert len(claims) == 1 and claims[0].quote.endswith("It helps.")


def test_a_participle_in_the_frame_of_an_interrupted_quote_is_its_own_claim():
    text = ('"Say they are in the majority," Manchin said, referring to the number of seats his '
            'party controls. "Then the chances are good."')
    claims = claims_of(text)
    quote = claim_with(claims, "in the majority")
    assert len(quote.spans) == 2 and quote.quote.endswith("the chances are good.")
    frames = [c for c in claims if c.cue == "referring to"]
    assert [c.quote for c in frames] == ["the number of seats his party controls"]


@pytest.mark.parametrize(("text", "language", "fragment", "content"), [
    ("WASHINGTON, March 4 (Reuters) - The United States will curb chip exports to three companies, the "
     "Commerce Department said on Tuesday.", "en", "curb chip exports",
     "The United States will curb chip exports to three companies"),
    ("MADRID (EFE) — El Gobierno aprobó un plan de 2.000 millones de euros, anunció la ministra de Transportes.",
     "es", "aprobó un plan", "El Gobierno aprobó un plan de 2.000 millones de euros"),
])
def test_a_claim_opening_the_article_starts_after_the_dateline(text, language, fragment, content):
    claim = claim_with(claims_of(text, language), fragment)
    assert claim.quote == content
    assert text[claim.start:claim.end] == claim.quote


@pytest.mark.parametrize(("text", "fragment", "content"), [
    ("The ministry warned that prices would rise, officials said.", "prices would rise", "that prices would rise"),
    ("The company announced that it would close two plants, a spokesman said on Friday.", "close two plants",
     "that it would close two plants"),
    ("Police said the suspect had fled the city, according to Rana Osei, a spokeswoman for the mayor's office in "
     "the northern district of the capital.", "suspect had fled", "the suspect had fled the city"),
])
def test_a_claim_inside_another_ends_before_the_outer_frame(text, fragment, content):
    inner = [c for c in claims_of(text) if c.quote.startswith(content[:12])]
    assert [c.quote for c in inner] == [content]


def test_a_frame_inside_the_sentence_does_not_end_the_claim_around_it():
    # 'según Washington' interrupts the reported clause, which goes on after it.
    text = ("El Ministerio de Comercio anunció la imposición de aranceles del 25 % al acero, una medida que, según "
            "Washington, responde a un aumento de los envíos de acero asiático.")
    announced = [c for c in claims_of(text, "es") if c.cue == "anunció"]
    assert [c.quote[-24:] for c in announced] == ["envíos de acero asiático"]


def test_a_unit_after_a_number_ends_the_claim():
    text = "Le budget augmentera de 5 %, a indiqué le ministère."
    assert [c.quote for c in claims_of(text, "fr")] == ["Le budget augmentera de 5 %"]


def test_a_cue_after_but_starts_a_new_clause_not_the_partial_quotes_tag():
    text = ("Kremlin spokesman Dmitry Peskin told reporters on Monday that Moscow remained \"open to negotiations\" "
            "but accused Kyiv of sabotaging talks.")
    claim = claim_with(claims_of(text), "open to negotiations")
    assert (claim.cue, claim.speaker.mention) == ("told", "Kremlin spokesman Dmitry Peskin")
    assert claim.quote == 'that Moscow remained "open to negotiations"'


@pytest.mark.parametrize("text, language", [
    ('His best-known songs include "Born to Run," "Thunder Road and the Rest of It" and "Dancing in the Dark of '
     'the Night." He said he was happy.', "en"),
    ("Zu seinen Liedern gehören „Über den Wolken“, „Der Mörder ist immer der Gärtner“ und „Ein Vater, ein Sohn "
     "und ein Geist“. Der Sänger sagte, er sei glücklich.", "de"),
])
def test_listed_quoted_titles_are_terms_and_take_no_cue_from_the_next_sentence(text, language):
    claims = claims_of(text, language)
    titles = [c for c in claims if c.type == "term"]
    assert len(titles) == 3 and all(c.cue is None and c.speaker is None for c in titles)
    assert [c.type for c in claims if c.type != "term"] == ["indirect"]


def test_a_long_quote_inside_a_sentence_takes_no_frame_from_the_next_sentence():
    text = ("Die Firma hält das für ungerecht, weil sie „die Ware ja irgendwo zwischenlagern muss, bis entschieden "
            "ist“. Der Geschäftsführer fragte: „Was spricht dagegen?“")
    claim = claim_with(claims_of(text, "de"), "zwischenlagern")
    assert claim.cue != "fragte"
