"""English ministry/minister terms for US bodies: where the country evidence comes from, and native copy left alone.

Every text here is invented for the test. A US story opens each one, so the article-level evidence is
American and only the evidence around the term decides.
"""

from __future__ import annotations

import re

import pytest

from service.contracts import Artifact, Document
from service.stages.artifacts import find_artifacts, institution_candidates
from service.stages.artifacts.institutions import _headline_as_story
from service.stages.segment import segment

US = ("WASHINGTON — The White House and Congress clashed again on Tuesday over the budget, and Republicans in the "
      "Senate said the Obama administration had ignored them. ")


def _institutions_in(lead: str, text: str) -> list[tuple[str, str]]:
    text = lead + text
    doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
    return [(a.surface, a.suggestion) for a in find_artifacts(doc)
            if a.category == "institution_term" and a.confidence >= 0.8]


def _institutions(text: str) -> list[tuple[str, str]]:
    return _institutions_in(US, text)


@pytest.mark.parametrize("text,expected", [
    # a known surname after a given name and initial the gazetteer lacks
    ("Israel's leader was angry. Trump said Israel was sold out by Minister of Foreign Affairs John F. Kerry, the "
     "chief U.S. negotiator.", ("Minister of Foreign Affairs", "Secretary of State")),
    # a garbled name the name layers recognise
    ("Beijing hosted the talks. The opening remarks came from President Xi Jinping and Foreign Minister John Keri.",
     ("Foreign Minister", "Secretary of State")),
    # a garbled name with a middle initial, which the name layers do not fix on their own
    ("Iran's leaders were angry. Foreign Minister John F. Keri said the Iranians released were fine.",
     ("Foreign Minister", "Secretary of State")),
    ("Iran's leaders were angry. Foreign Minister Djohn Forbes Kerry said the talks were over.",
     ("Foreign Minister", "Secretary of State")),
    # listed with a US body
    ("Saudi officials denied it. The memo relies on U.S. sources, including the Finance Ministry and the FBI.",
     ("Finance Ministry", "Treasury Department")),
    # the closest country before the term, in its own clause, is the story's own
    ("Trump urged Russian hackers to find the emails from the server Hillary Clinton used during her tenure at the "
     "Foreign Ministry.", ("Foreign Ministry", "State Department")),
    # "Ukrainian-American" names an American
    ("Moscow denied any role. Melanne Verveer, a Ukrainian-American then working for the Ministry of Foreign Affairs, "
     "wrote to Clinton.", ("Ministry of Foreign Affairs", "State Department")),
    # "including" keeps the term in the clause of the closest cue
    ("Syria's air force kept up its raids. Officials in the Obama administration, including 51 Foreign Ministry "
     "employees, pressed for strikes.", ("Foreign Ministry", "State Department")),
    # the counterpart after the title is the other side
    ("The test rattled the region. Defense Minister Ash Carter spoke with his South Korean counterpart Han Min-koo "
     "\"to discuss responses to the North Korean test,\" the Pentagon said.", ("Defense Minister",
                                                                               "Defense Secretary")),
    # the building of a US body, with no place after it
    ("Protesters gathered outside the Ministry of Defense building on Monday.", ("Ministry of Defense",
                                                                                 "Defense Department")),
    # US copy puts the short title before a name
    ("Minister of Defense Ashton B. Carter told senators the plan would work.", ("Minister of Defense",
                                                                                 "Defense Secretary")),
])
def test_us_bodies_found_from_the_evidence_around_them(text, expected):
    assert expected in _institutions(text)


def test_under_a_dateline_abroad_the_host_ministry_is_left_to_the_second_opinion(rules_alone):
    # (The rules alone no longer guess the US there.)
    text = ("Pakistan and the United States agreed to restart talks, after a visit by the Defense Department's "
            "senior official for South Asia.\n\nIn a statement, the Defense Ministry said the two sides would "
            "meet twice a year.")
    assert _institutions_in("ISLAMABAD (AP) — ", text) == []
    assert _institutions_in("WASHINGTON (AP) — ", text) == [("Defense Ministry", "Defense Department")]


def test_a_department_shaped_ministry_in_a_us_story_without_department_countries_is_american():
    text = ("The United States will send $40 million in flood aid to Pakistan. The money will pay for food and "
            "shelter, the Department of Foreign Affairs said. Pakistan's Foreign Office thanked Washington.")
    assert ("Department of Foreign Affairs", "State Department") in _institutions(text)


@pytest.mark.parametrize("text", [
    # a country whose bodies are departments may own it
    "The United States will send aid to the Philippines. The Department of Foreign Affairs said it was grateful.",
    # a name that goes on is a body's own name
    "The United States will send aid to the Pacific. The Department of Foreign Affairs and Trade said it would help.",
])
def test_a_department_shaped_ministry_that_may_be_a_body_s_own_name_is_left_alone(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("lead,text,expected", [
    # the holder's counterpart is the other country's, so the holder is not Australian
    ("SEATTLE (AP) — ", "The United States will base two destroyers in northern Australia next year, Defence "
     "Minister Paul Renner said Tuesday after talks with his Australian counterpart.",
     ("Defence Minister", "Defense Secretary")),
    # the holder's own clause makes them the US's
    ("LUSAKA, Zambia (AP) — ", "Zambia signed a refinery deal on Monday. Assistant Foreign Affairs Minister Colin "
     "Hartwell, who led the U.S. delegation, said Washington wanted to be a partner.",
     ("Foreign Affairs Minister", "Secretary of State")),
    # notified to Congress: a US body's act
    ("WARSAW, Poland (AP) — ", "Poland signed a deal to buy radars from the United States. The sale was approved "
     "by the Foreign Affairs Ministry last spring and notified to Congress by the Pentagon.",
     ("Foreign Affairs Ministry", "State Department")),
])
def test_us_sides_named_by_counterpart_delegation_or_congress_by_the_rules_alone(rules_alone, lead, text, expected):
    assert expected in _institutions_in(lead, text)


def test_a_title_beside_a_foreign_holder_of_the_same_office_is_the_other_side():
    # The first holder's name is read up to the second title only: "Dalton" after it is not the first's name.
    text = ("The United States will send grain to Chile. Chilean Foreign Minister Rosa Vidal spoke by phone with "
            "Foreign Minister Mark Dalton on Tuesday.")
    assert ("Foreign Minister", "Secretary of State") in _institutions(text)


def test_the_article_own_title_form_is_the_fix():
    text = ("Secretary of Defense Ash Carter flew to Kabul on Monday. Senators said Minister of Defense Ash Carter "
            "had not briefed them. The Secretary of Defense declined to comment.")
    assert ("Minister of Defense", "Secretary of Defense") in _institutions(text)


@pytest.mark.parametrize("text,expected", [
    # a state names its department "Department of ...": the federal short form would rename it
    ("Measles cases rose in Ohio. State officials said the Ohio Ministry of Education and Workforce would remind "
     "schools of the rules.", ("Ministry of Education", "Department of Education")),
    ("Texas Education Ministry officials said schools would stay open.", ("Education Ministry",
                                                                          "Department of Education")),
    # the nation's own body keeps US copy's short form
    ("The U.S. Ministry of Education said schools would stay open.", ("Ministry of Education",
                                                                      "Education Department")),
])
def test_a_us_state_body_takes_the_department_of_form(text, expected):
    assert expected in _institutions(text)


# Foreign bodies named the way US copy names them: none is an MT artifact.
NATIVE = [
    "Officials in Beijing were unmoved. Washington's demand was rejected by the Foreign Ministry, which called it "
    "interference.",
    "Secretary of State John Kerry arrived in Moscow on Tuesday. After meeting Kerry, the Foreign Ministry said the "
    "talks were useful.",
    "The sanctions, announced by the Obama administration last week, were condemned by the Foreign Ministry in "
    "Beijing.",
    "Kerry met Foreign Minister Mohammad Javad Zarif of Iran in Vienna.",
    "Iran's government protested on Monday. Foreign Minister Mohammad Javad Zarif said the deal would hold.",
    "Russia denied the report. The Defense Ministry said its planes had hit only militants, and the Pentagon disputed "
    "that.",
    "Israeli officials were furious. A Foreign Ministry spokesman said the U.S. plan was a mistake.",
    "Trump said the Chinese were cheating. China's Commerce Ministry said the U.S. tariffs broke WTO rules. The "
    "ministry added that it would respond.",
    "Kerry spoke with Foreign Minister Sergei Lavrov, and with Foreign Minister Wang Yi of China, on Monday.",
    "The Justice Ministry in Kiev opened an inquiry into Manafort's payments, Ukrainian officials said.",
    "Mexico summoned the U.S. ambassador. The Foreign Ministry said Trump's remarks were offensive.",
    "Tokyo welcomed the deal. Japan's Defense Ministry said the U.S. Marines would stay on Okinawa.",
    "In Berlin, the Finance Ministry said Germany would not back the U.S. plan.",
    "Senator Ted Cruz met Israeli Prime Minister Benjamin Netanyahu. The Foreign Ministry and the prime minister's "
    "office declined to comment.",
    "Kerry called Saudi Foreign Minister Adel al-Jubeir. The Saudi Foreign Ministry said the call was cordial.",
    "A Ukrainian-American lobbyist met officials at the Ukrainian Justice Ministry in Kiev.",
    "The State Department said it was concerned. Egypt's Foreign Ministry rejected the statement, and the Interior "
    "Ministry detained three more activists.",
    "Clinton met Foreign Minister Laurent Fabius in Paris, where the Foreign Ministry hosted the talks.",
    "Cacheris said Romania's Justice Ministry asked that Lazar be sent home.",
    # longer names no US department bears, and owners named by a common noun
    "Prosecutors said the men worked for officers of the Ministry of State Security.",
    "Wellington was pleased. The Ministry of Foreign Affairs and Trade said talks with Washington would go on.",
    "The State Department funded the program. The Higher Education Ministry said it had chosen the institute.",
    "The Treasury Department reviewed the deal. The kingdom's Foreign Ministry said the minister received Ingram.",
    "The department offered a reward. Neither country's Foreign Ministry responded to requests for comment.",
    # what the body says addresses the US as the other party
    "The evacuation angered Kenya. In a statement later Tuesday, the Foreign Ministry said relations with Washington "
    "remained strong.",
    "The visit was called off. The Foreign Ministry said it regretted the decision and accused Washington of "
    "interfering.",
    # word for word the own name of a country's body, in a story that names that country
    "The State Department approved a sale of drones to Britain, as the Ministry of Defence seeks to rebuild.",
    # an owner written before it, whatever "the department" nearby says
    "Cuba's Foreign Ministry, which the department has criticized, said the sanctions were illegal.",
    "Ukraine opened a new inquiry into Manafort. The Justice Ministry said he had been paid in cash.",
    "Kerry met his Iranian counterpart, Foreign Minister Mohammad Javad Zarif, in Vienna.",
    "Kerry said talks would go on. Foreign Minister Mohammad Javad Zarif said Iran would not renegotiate.",
    "Moscow was angry. Foreign Minister Sergey Lavrof said Kerry had misled him.",
    "Protesters gathered outside the Defense Ministry headquarters in Moscow on Monday.",
    "A Foreign Ministry spokesman in Beijing said the U.S. was wrong.",
]


@pytest.mark.parametrize("text", NATIVE)
def test_foreign_bodies_in_native_us_copy_are_not_flagged(text):
    assert _institutions(text) == []


# A story another country leads: only the title holder tells that the office is American.
CHINA = ("BEIJING — China's navy held drills near Taiwan on Tuesday, and Chinese officials in Beijing warned Japan and "
         "the Philippines against interfering. ")


@pytest.mark.parametrize("text,expected", [
    ("Defense Minister Ash Carter said the U.S. would keep sailing there.", ("Defense Minister", "Defense Secretary")),
    ("Minister of Defense Ashton B. Carter flew in on Monday.", ("Minister of Defense", "Defense Secretary")),
    ("A speechwriter to Foreign Minister Madeline Albright said the trip had been planned for months.",
     ("Foreign Minister", "Secretary of State")),
    ("Finance Minister Timothy F. Geithner met Chinese officials.", ("Finance Minister", "Treasury Secretary")),
    ("Minister of Justice Eric Holder said the charges would stand.", ("Minister of Justice", "Attorney General")),
    ("Commerce Minister Penny Pritzker opened the trade fair.", ("Commerce Minister", "Commerce Secretary")),
])
def test_us_cabinet_members_locate_their_title_in_a_foreign_story(text, expected):
    assert expected in _institutions_in(CHINA, text)


@pytest.mark.parametrize("text", [
    "Defense Minister Wei Fenghe said the drills would go on.",
    "Commerce Minister Zhong Shan met Commerce Secretary Penny Pritzker in Beijing.",
])
def test_foreign_ministers_in_a_foreign_story_are_left_alone(text):
    assert _institutions_in(CHINA, text) == []


@pytest.mark.parametrize("text,expected", [
    # the only country near the ministry is what it acts on, here and in the sentence before
    ("Last year the administration put a 30% duty on cheap Chinese tires. In May, the Trade Ministry announced a new "
     "tariff on Chinese steel.", ("Trade Ministry", "Commerce Department")),
    ("The Commerce Ministry announced a new tariff on Chinese steel on Friday.", ("Commerce Ministry",
                                                                                  "Commerce Department")),
    ("Russian troops crossed the border last week. The Foreign Ministry imposed sanctions against Russian banks, "
     "officials said.", ("Foreign Ministry", "State Department")),
    # a surname that is a nationality word is no country cue
    ("\"This rule will cost jobs,\" said David French of the retail federation. \"The Labor Ministry is ignoring "
     "small firms.\"", ("Labor Ministry", "Labor Department")),
    ("Columnist David A. French wrote that the Justice Ministry had overreached.", ("Justice Ministry",
                                                                                    "Justice Department")),
    ("Mr. French, the group's lawyer, said the Justice Ministry had overreached.", ("Justice Ministry",
                                                                                    "Justice Department")),
])
def test_countries_acted_on_and_nationality_surnames_do_not_own_the_ministry(text, expected):
    assert expected in _institutions(text)


@pytest.mark.parametrize("text", [
    # the acting country is named, or the foreign country is not only acted on
    "Beijing hit back on Friday. The Commerce Ministry announced tariffs on American soybeans.",
    "Moscow responded quickly. The Foreign Ministry announced sanctions against Ukrainian officials.",
    "China's Commerce Ministry said it would put duties on Japanese steel.",
    "Washington put tariffs on Chinese steel. In Beijing, the Commerce Ministry said it would retaliate.",
    "Trump slapped tariffs on Chinese steel. The Commerce Ministry said China would retaliate.",
    # a title keeps any ministry country in its own clause, even one the holder acts on
    "Commerce Minister Gao Hucheng announced new duties on steel imports from Japan.",
    # a nationality after a word that is no given name is still a nationality
    "Many French voters were angry. The Foreign Ministry said the U.S. plan was a mistake.",
    "In an essay, David French argued that the Chinese Commerce Ministry had misled investors.",
    "David French, a columnist, visited Paris. The French Foreign Ministry said it welcomed him.",
    "Mr. French met officials in Tokyo. The Defense Ministry said Japan would buy the jets.",
])
def test_foreign_bodies_acting_or_next_to_a_surname_are_not_flagged(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("text,expected", [
    # the text goes on to call the body "the department"
    ("Japan asked for an exemption. The Commerce Ministry imposed the tariffs anyway. A Commerce spokesman said the "
     "department had weighed Japan's request.", ("Commerce Ministry", "Commerce Department")),
    ("Canada protested the duties. The Trade Ministry, which investigates dumping, has opened new cases on Canadian "
     "lumber. A department official said findings were due in May.", ("Trade Ministry", "Commerce Department")),
    # a sentence set in Washington
    ("Seoul asked for more time.\n\nIn Washington, Commerce Minister Helen Marsh said Korean firms were valued "
     "partners.", ("Commerce Minister", "Commerce Secretary")),
])
def test_us_bodies_called_the_department_or_set_in_washington(text, expected):
    assert expected in _institutions(text)


# A story about the US and India: the untitled holder meeting India's own defense minister is the American one.
INDIA = ("NEW DELHI — India and the United States signed a jet engine deal on Tuesday. India's government said "
         "Indian firms would build parts, and New Delhi hailed the deal. ")


def test_the_untitled_side_of_a_meeting_between_us_and_one_country_is_american():
    text = ("The deal was signed during a visit by Defense Minister Thomas Reardon, who met Indian Defense Minister "
            "Rajiv Menon.")
    assert ("Defense Minister", "Defense Secretary") in _institutions_in(INDIA, text)


@pytest.mark.parametrize("text", [
    # both sides named with their countries; a third country's minister
    "Indian Defense Minister Rajiv Menon met U.S. Defense Secretary Thomas Reardon.",
    "Indian Defense Minister Rajiv Menon later met Defense Minister Kenji Sato of Japan.",
    # a ministry named by several functions is a foreign ministry's own name
    "The Ministry of Trade, Industry and Energy said it would send a delegation to Washington.",
    "Economy, Trade and Industry Minister Kenji Morimoto told reporters Japan was disappointed.",
    # a place framing the sentence owns the ministry
    "In New Delhi, the Defense Ministry said the first engines would arrive in 2027.",
])
def test_foreign_sides_of_a_meeting_and_compound_ministries_are_left_alone(text):
    assert _institutions_in(INDIA, text) == []


def test_the_ministry_after_a_foreign_ministry_is_that_ministry():
    text = ("The Commerce Department announced the tariffs. Japan's Foreign Ministry said Foreign Minister Aiko "
            "Takeda had raised the issue with Washington. According to the ministry's readout, the call was cordial.")
    assert _institutions(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Chile's Foreign Ministry has raised the matter with the Foreign Ministry, two officials said.",
     ("Foreign Ministry", "State Department")),
    ("Peru's trade minister, Rosa Quispe, said she would fly to Washington next week to meet Trade Minister Daniel "
     "Hartley.", ("Trade Minister", "Commerce Secretary")),
    # the named office is department-shaped
    ("Mexico's Foreign Relations Department said it had sent a diplomatic note to the Foreign Ministry.",
     ("Foreign Ministry", "State Department")),
])
def test_the_other_side_of_a_named_foreign_office_is_the_story_other_party(text, expected):
    assert expected in _institutions(text)


# A story about the Philippines (whose foreign office is the Department of Foreign Affairs) and Vietnam.
MANILA = ("MANILA, Philippines — The Philippines and Vietnam traded protests on Monday over a reef in the South China "
          "Sea. Philippine officials said Vietnamese boats had entered Philippine waters, and Manila filed a protest. "
          "The United States urged restraint. ")


@pytest.mark.parametrize("lead,expected", [
    (US, [("Department of Foreign Affairs", "State Department")]),
    (MANILA, []),  # the other side is the Philippines, whose department this is
])
def test_a_department_shaped_counterpart_of_a_named_foreign_office_is_the_other_party_s(lead, expected):
    text = "Vietnam's Foreign Ministry said it had sent a diplomatic note to the Department of Foreign Affairs."
    assert _institutions_in(lead, text) == expected


def test_the_other_side_of_a_title_taken_for_a_named_office_is_the_story_other_party():
    # Quispe's title is Peru's (its ministry was just named); the one she flies to meet is the other side's.
    text = ("Peru's Ministry of Foreign Trade said talks had begun. Trade Minister Rosa Quispe said she would fly to "
            "Washington next week to meet Trade Minister Daniel Hartley.")
    assert _institutions(text) == [("Trade Minister", "Commerce Secretary")]


# A story about Chile and Argentina that names the US once: the other side of Chile's ministry is Argentina's.
ANDES = ("SANTIAGO, Chile — Chile and Argentina traded accusations on Monday over a gas pipeline. Argentina's "
         "government said Chile owed $40 million, and Buenos Aires threatened to cut supplies, a dispute Argentina "
         "has raised before. The United States urged calm. ")


@pytest.mark.parametrize("lead,text", [
    (US, "Chile's Foreign Ministry said Foreign Minister Alberto Vial would fly to Geneva on Friday."),
    (US, "Peru's Trade Minister Rosa Quispe opened the fair, and Trade Minister Quispe later told reporters it went "
         "well."),
    (US, "Chile's Foreign Ministry summoned the ambassador. The Foreign Ministry said the talks were over."),
    (US, "Mexico's Foreign Relations Department summoned the ambassador. The Foreign Ministry said the talks were "
         "over."),
    (ANDES, "Chile's Foreign Ministry has raised the matter with the Foreign Ministry, two officials said."),
])
def test_one_country_office_named_again_and_sides_that_are_not_american(lead, text):
    assert _institutions_in(lead, text) == []


@pytest.mark.parametrize("text", [
    # countries and capitals beyond the big ones
    "Colombia hosts most of the refugees. \"Colombia has been generous,\" Abernathy said at a news conference at "
    "the Foreign Ministry in Bogotá.",
    "Kenya's president opened the summit. In Nairobi, the Finance Ministry said the loans would be repaid.",
])
def test_smaller_countries_own_their_ministries(text):
    assert _institutions(text) == []


def test_a_city_where_something_happened_does_not_own_the_ministry():
    text = ("Nothing was said of the inquiry into the 2012 attack in Benghazi, Libya, or of the probe into Clinton's "
            "email server while at the Ministry of External Affairs.")
    assert ("Ministry of External Affairs", "State Department") in _institutions(text)


def test_cities_locate_their_country_without_seating_its_ministries():
    from service.stages.artifacts.gazetteer import get_gazetteer
    from service.stages.artifacts.text import key_of

    gaz = get_gazetteer()
    assert gaz.country_cues[key_of("Benghazi")] == "LY" and key_of("Benghazi") in gaz.city_keys
    assert key_of("Tripoli") not in gaz.city_keys


@pytest.mark.parametrize("lead,text,expected", [
    # under a Washington dateline, after a lead whose action concerns several countries
    ("WASHINGTON (AP) — The United States on Tuesday imposed sanctions on companies in China and the United Arab "
     "Emirates accused of shipping Iranian oil to Asian refineries.\n\n",
     "The Finance Ministry said the network had moved hundreds of millions of dollars.",
     ("Finance Ministry", "Treasury Department")),
    # an action on one country, not a place nor a person of it
    ("WASHINGTON — The United States on Thursday imposed sanctions on 40 tankers accused of helping Russia sell oil "
     "above the price cap.\n\n", "The Ministry of Finance said the tankers had changed names and flags to hide their "
     "cargo.",
     ("Ministry of Finance", "Treasury Department")),
    # a sentence opening "In Washington," sets the scene for the next one, whatever the dateline
    ("BRUSSELS — The European Union opened an inquiry into three cloud providers on Monday. ",
     "In Washington, a State Department spokesman said the rules were unfair. The Ministry of Commerce said it was "
     "reviewing them.", ("Ministry of Commerce", "Commerce Department")),
])
def test_an_unqualified_body_belongs_to_the_dateline_or_the_scene(lead, text, expected):
    assert expected in _institutions_in(lead, text)


@pytest.mark.parametrize("lead,text", [
    # a foreign dateline owns its unqualified ministries
    ("BEIJING (Reuters) — China and the United States ended two days of trade talks on Monday.\n\n",
     "The Commerce Ministry said the talks were candid."),
    # the previous sentence's actor, or the only country it went to
    ("WASHINGTON (AP) — The United States on Thursday imposed new sanctions. Russian officials were defiant.\n\n",
     "The Foreign Ministry said the measures were illegal."),
    ("WASHINGTON — The secretary of state flew to Ankara on Monday for talks on Sweden.\n\n",
     "The Foreign Ministry said the meeting was productive."),
    # a foreign scene set in the sentence before
    ("WASHINGTON — The White House welcomed the vote.\n\n",
     "In Tokyo, officials were cautious. The Finance Ministry said it would study the plan."),
])
def test_a_dateline_does_not_own_what_another_country_plausibly_owns(lead, text):
    assert _institutions_in(lead, text) == []


def test_the_body_named_before_a_place_where_things_happened_is_named_again():
    text = ("The State Department's own review found that security at the consulate in Benghazi was inadequate.\n\n"
            "Not only did the Ministry of Foreign Affairs turn down requests for more guards, it cut their number.")
    assert ("Ministry of Foreign Affairs", "State Department") in _institutions_in("", text)


@pytest.mark.parametrize("lead,text", [
    # the same office of a country just named, qualified
    (US, "In N'Djamena, Chad's Foreign Ministry has repeatedly called for help. Foreign Minister Idriss Mahamat "
         "told a donor conference in Geneva that Chad was carrying the burden."),
    # a ministry named by functions the detector does not know still stands between "the ministry" and a department
    (US + "The Energy Department approved two export licenses. ",
     "Japan's Ministry of Economy, Trade and Industry has urged Washington to act. A ministry official said in "
     "Tokyo that Japan hoped to buy more gas."),
    # where the ministry's official spoke from
    ("MIAMI (AP) — The Department of Homeland Security will resume deportation flights to Haiti next month.\n\n",
     "\"We are not refusing our citizens,\" a Foreign Ministry official said by phone from Port-au-Prince."),
    # an office named by two functions
    ("ANKARA, Turkey (AP) — A Treasury delegation warned Turkish banks on Monday.\n\n",
     "Treasury and Finance Minister Kemal Aydin, who met the delegation on Tuesday, struck a conciliatory tone."),
    # a bare "the ministry" after a ministry named earlier is that one, however many US departments come between
    ("HANOI, Vietnam (AP) — Vietnam's Ministry of Industry and Trade said it would appeal.\n\n",
     "The Commerce Department ruled last week that the steel evaded duties. The ministry said the mills added value."),
    ("WARSAW, Poland (AP) — Poland will buy radars, Poland's defense minister said.\n\n",
     "The State Department approved the sale and the Department of Defense will train crews. The ministry said "
     "training would begin next year."),
    # a title placed in a ministry country is that country's, whatever "department" follows
    ("LAGOS, Nigeria (AP) — The State Department criticized the election on Monday.\n\n",
     "\"We respect our friends,\" Foreign Minister Ibrahim Danjuma told reporters in Abuja. He said the department "
     "had sent a note."),
    # a small state's own minister and ministry, under its own dateline
    ("KOROR, Palau (wirecheck) — Palau's Senate on Tuesday rejected a budget that would draw on a trust fund set up "
     "under its compact with the United States.\n\n",
     "Finance Minister Ngiraked Tellei said the withdrawal was lawful. The Ministry of Finance said operations would "
     "continue."),
    ("KINGSTON, Jamaica (wirecheck) — A team from the U.S. Centers for Disease Control and Prevention arrived on "
     "Monday to help fight a dengue outbreak.\n\n",
     "Health Minister Marcia Fraser-Clarke told a news conference that cases had passed 4,000."),
    # the department a sentence names is the one a later "department spokesperson" speaks for, not the ministry
    ("GUATEMALA CITY (wirecheck) — Deportation flights from the United States to Guatemala resumed on Monday.\n\n",
     "The State Department said the agreement followed talks between the U.S. Embassy and the Foreign Ministry. A "
     "department spokesperson said the United States would keep funding reintegration programs."),
    # a Commonwealth body's own name, later "the department"
    ("LONDON (wirecheck) — A British court on Friday approved the extradition to the United States of a drone "
     "engineer accused of export violations.\n\n",
     "\"The MoD has no ongoing relationship with the company,\" a Ministry of Defence spokesperson said, adding that "
     "the department had reviewed its past contracts."),
    # a department country's minister and its own department
    ("PRETORIA, South Africa (wirecheck) — South Africa will vaccinate cattle against foot-and-mouth disease, a "
     "change U.S. beef exporters welcomed.\n\n",
     "Agriculture Minister Sipho Mahlangu said the Department of Agriculture would buy the vaccine. The department "
     "said the first doses would arrive in March."),
    # a lower-case description of the ministry just named in the same sentence
    ("WELLINGTON, New Zealand (wirecheck) — New Zealand tightened poultry rules after a U.S. outbreak of bird "
     "flu.\n\n",
     "Aroha Mitchell, director of public health at New Zealand's Ministry of Health, said the health ministry would "
     "also review its plans for protecting poultry workers. The department of agriculture in Washington did not "
     "comment."),
])
def test_foreign_offices_in_stories_about_us_departments_are_left_alone(lead, text):
    assert _institutions_in(lead, text) == []


@pytest.mark.parametrize("text,expected", [
    # Congress acts only on US bodies
    ("The House on Thursday rejected an amendment that would have barred the Ministry of External Affairs from "
     "resettling refugees from Sudan in the United States.", ("Ministry of External Affairs", "State Department")),
    ("The bill would require the Ministry of Finance to identify the gang leaders' backers.",
     ("Ministry of Finance", "Treasury Department")),
    # a title whose own clause names the department it heads
    ("Officials in Ghana were surprised. Senators on Tuesday pressed Minister of Defense Martin Hollis on the "
     "Pentagon's plans to move drones to West Africa.", ("Minister of Defense", "Defense Secretary")),
])
def test_bodies_that_congress_acts_on_or_a_title_heads_are_american(text, expected):
    assert expected in _institutions(text)


def test_a_bare_ministry_after_another_bare_one_is_still_the_department():
    text = ("The Energy Department approved the plan. The ministry said it would review it. Later the ministry's "
            "staff left.")
    assert _institutions(text) == [("ministry", "Energy Department"), ("ministry", "Energy Department")]


@pytest.mark.parametrize("text", [
    # the story gives the US office to someone else
    "Secretary of State Jonathan Pryor will host the talks. Canada's foreign ministry said Foreign Minister Daniel "
    "Fortier would raise the dairy dispute.",
    "Foreign Minister Daniel Fortier will raise the dispute when he meets Secretary of State Jonathan Pryor.",
    # a known US person meets the holder: one person does not meet himself
    "Kerry met Foreign Minister John Baird in Ottawa.",
    "Pompeo met Foreign Minister Julie Bishop on Tuesday to discuss China.",
    "Kerry spoke with Foreign Minister Simon Harte by phone.",
    "Kerry met Foreign Minister on Tuesday, officials said.",  # no holder named: still not Kerry himself
])
def test_a_title_whose_us_office_has_another_holder_is_another_country_s(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("text", [
    "Trump spoke with Trudeau on Monday. Foreign Minister Chrystia Freeland said Canada would not accept the tariffs.",
    "Canberra welcomed the decision. Defence Minister Peter Dutton said Australia would buy the submarines.",
])
def test_titles_of_department_countries_whose_office_holders_are_ministers_are_left_alone(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("text,expected", [
    # the same person under the US title and under the calque
    ("Secretary of State Jonathan Pryor flew to Ottawa. Foreign Minister Jonathan Pryor said the talks went well.",
     ("Foreign Minister", "Secretary of State")),
    # a former or deputy holder does not hold the office now
    ("Former Secretary of State Ellen Ward criticized the deal. Foreign Minister Jonathan Pryor told the Senate "
     "Foreign Relations Committee that the State Department would defend it.", ("Foreign Minister",
                                                                                "Secretary of State")),
    ("Deputy Secretary of State Lena Ortiz testified first. Foreign Minister Jonathan Pryor told the Senate Foreign "
     "Relations Committee that the State Department would defend it.", ("Foreign Minister", "Secretary of State")),
    # nor does a state's
    ("Iowa Attorney General Beth Vandermeer joined the suit. Justice Minister Catherine Doyle announced it, and the "
     "Justice Department filed it in Des Moines.", ("Justice Minister", "Attorney General")),
])
def test_the_us_office_s_own_holder_former_or_deputy_holders_leave_the_title_american(text, expected):
    assert expected in _institutions(text)


@pytest.mark.parametrize("text,expected", [
    ("China's chipmakers were hit hard. Exporters will need a license from the Ministry of Commerce's Bureau of "
     "Industry and Security.", ("Ministry of Commerce", "Commerce Department")),
    ("Beijing protested. The Finance Ministry's Office of Foreign Assets Control named six Chinese firms.",
     ("Finance Ministry", "Treasury Department")),
    ("Norway and Russia share the sea. The Ministry of Commerce's National Oceanic and Atmospheric Administration "
     "will supply ice forecasts.", ("Ministry of Commerce", "Commerce Department")),
    ("Bangladesh's garment makers objected. The Labor Ministry's Bureau of International Labor Affairs will fund "
     "the inspections.", ("Labor Ministry", "Labor Department")),
])
def test_a_body_that_a_us_agency_belongs_to_is_a_us_department(text, expected):
    assert expected in _institutions(text)


def test_a_congressional_hearing_on_a_body_makes_it_american_by_the_rules_alone(rules_alone):
    text = ("Officials in Kenya were surprised. At a House Armed Services Committee hearing on the Ministry of "
            "Defense's budget, Rep. Ann Lowell asked about the drones.")
    assert _institutions(text) == [("Ministry of Defense", "Defense Department")]


def test_a_common_given_name_before_a_surname_is_not_the_country():
    from service.stages.artifacts.gazetteer import get_gazetteer
    from service.stages.artifacts.institutions import find_country_cues
    from service.stages.artifacts.text import tokenize

    gaz = get_gazetteer()
    text = "Chad Pergram reported it first. Chad's Foreign Ministry and Jordan Valley farmers disagreed."
    found = [(text[c.start : c.end], c.country) for c in find_country_cues(text, tokenize(text), gaz)]
    assert ("Chad", "TD") in found and found.count(("Chad", "TD")) == 1 and ("Jordan", "JO") in found


def test_a_body_that_goes_to_a_us_federal_court_is_the_us_department():
    lead = ("BUCHAREST, Romania (wirecheck) — Romania's election authority said on Monday it had found a new "
            "influence campaign.\n\n")
    text = ("Last week, the Justice Ministry unsealed an indictment in federal court in Brooklyn accusing two men of "
            "running the network.")
    assert ("Justice Ministry", "Justice Department") in _institutions_in(lead, text)


def test_the_congress_of_a_congress_country_is_no_us_cue_in_its_own_story():
    # Colombia's Congress is Colombia's: it must not give the budget story's Finance Ministry to the US (the rules
    # read the sentence before as American and said US at 0.6, which the second opinion then flagged).
    text = ("BOGOTA, Colombia (wirecheck) — Colombia's government sent its budget to Congress on Tuesday.\n\n"
            "Congress has until October to approve the budget. The committees of both chambers will begin debate "
            "next week, and the Finance Ministry said it was open to changes.")
    doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
    [cand] = institution_candidates(doc)
    assert cand.rule_country != "US"



MOFCOM = ("Ministry of Commerce Responds To Questions On Export Controls\n\n"
          "Beijing, 15 August (Xinhua France Press) - The spokesperson of Ministry of Commerce Wang Lifeng said on "
          "Thursday that China opposed the abuse of export controls.\n")


def test_a_title_case_dateline_after_a_headline_names_the_host_and_its_agency_no_country():
    # Before, the rules read no dateline after a headline, and "France Press" in its brackets made the term France's.
    doc = Document(text=MOFCOM, language="en", language_supported=True, sentences=segment(MOFCOM, "en"))
    assert [c.rule_country for c in institution_candidates(doc)] == ["CN", "CN"]


def _flag(text: str, surface: str, nth: int = 0) -> Artifact:
    start = [m.start() for m in re.finditer(surface, text)][nth]
    return Artifact(surface=surface, start=start, end=start + len(surface), category="institution_term",
                    suggestion="Commerce Department", confidence=0.8, severity="warning", explanation="")


def test_a_pasted_headline_names_the_body_the_story_names():
    # A headline has no sentence around it: it follows the same term in the story, flagged or not.
    terms = [(m.start(), m.end()) for m in re.finditer("Ministry of Commerce", MOFCOM)]
    headline, body = _flag(MOFCOM, "Ministry of Commerce"), _flag(MOFCOM, "Ministry of Commerce", 1)
    assert _headline_as_story(MOFCOM, [headline], terms) == []
    assert _headline_as_story(MOFCOM, [headline, body], terms) == [headline, body]
    no_headline = MOFCOM.split("\n\n", 1)[1]
    alone = _flag(no_headline, "Ministry of Commerce")
    assert _headline_as_story(no_headline, [alone], [(alone.start, alone.end)]) == [alone]
