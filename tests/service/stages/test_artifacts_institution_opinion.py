"""The learned second opinion on ministry terms: its features, how a scorer changes a verdict, and its absence.

Every text is invented for the test.
"""

from __future__ import annotations

import json
import logging

import pytest

from service.contracts import Document
from service.stages.artifacts import find_artifacts, institution_candidates
from service.stages.artifacts import institution_opinion as opinion
from service.stages.segment import segment

# Tunisia named just before an unqualified "Trade Ministry": the rules give it to Tunisia at low confidence,
# although the story is about senators and a Louisiana company's complaint.
TEXT = ("Two senators on Tuesday urged the administration to drop duties on fertilizer from Tunisia. "
        "A Louisiana producer had argued that Tunisia's government propped up its state phosphate company. "
        "The Trade Ministry agreed with the producer and set the duties last year, lawmakers said.")


def _doc(text: str) -> Document:
    return Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))


def _terms(text: str) -> list[tuple[str, str]]:
    return [(a.surface, a.suggestion) for a in find_artifacts(_doc(text)) if a.category == "institution_term"]


def _write(path, weights: dict[str, float], bias: float, threshold: float = 0.5, version: int | None = None) -> None:
    path.write_text(json.dumps({"version": "test", "feature_version": version or opinion.FEATURE_VERSION,
                                "bias": bias, "threshold": threshold, "weights": weights}), encoding="utf-8")


@pytest.fixture
def scorer_file(tmp_path, monkeypatch):
    """Point the default scorer at a file the test writes, and forget the cached one before and after."""
    path = tmp_path / "weights.json"
    monkeypatch.setenv("WIRECHECK_INSTITUTION_SCORER", str(path))
    opinion.default_scorer.cache_clear()
    yield path
    opinion.default_scorer.cache_clear()


def test_the_candidate_carries_the_rules_verdict_and_the_story_around_it():
    [cand] = institution_candidates(_doc(TEXT))
    assert TEXT[cand.start : cand.end] == "Trade Ministry"
    assert (cand.kind, cand.function) == ("ministry", "commerce")
    f = cand.features
    assert f["kind=ministry"] == f["function=commerce"] == 1.0
    assert f["dateline=none"] == 1.0 and f["rule=ministry"] == 1.0 and f["rule_country_mentions"] > 0
    assert f["foreign_previous"] == 1.0 and f["us_share"] < 0.5  # Tunisia twice, Louisiana once
    assert "holder" not in f  # a ministry has no holder


def test_a_title_holder_s_name_says_how_english_it_reads():
    text = ("Talks went on. Finance Minister Howard Kinsella spoke first. "
            "Later, Finance Minister Tomasz Wierzbicki spoke.")
    found = {text[c.end :].split()[0]: c.features for c in institution_candidates(_doc(text))}
    american, polish = found["Howard"], found["Tomasz"]
    assert american["holder"] == polish["holder"] == 1.0
    assert american["holder_given_english"] > 0 > polish["holder_given_english"]
    # Surnames this rare are in no small word list: unknown, neither English nor not.
    assert american["holder_surname_english"] == polish["holder_surname_english"] == 0


def test_a_ministry_s_named_spokesperson_is_read_like_a_title_holder():
    text = ("Talks went on. Trade Ministry spokeswoman Dana Whitlock said the duties were separate. "
            "Later, the Trade Ministry spokesman Tomasz Wierzbicki spoke.")
    american, polish = (c.features for c in institution_candidates(_doc(text)))
    assert american["holder"] == american["holder_spokesperson"] == polish["holder_spokesperson"] == 1.0
    assert american["holder_given_us"] > polish["holder_given_us"] and polish["holder_given_english"] < 0


def test_the_story_s_actors_and_what_the_body_reports_on_are_features():
    text = ("The United States gave Chile more aid on Monday. The Foreign Ministry said Washington would "
            "also send doctors. Foreign Minister Javad Tavakoli said Iran would not renegotiate.")
    ministry, minister = (c.features for c in institution_candidates(_doc(text)))
    assert ministry["us_first_actor"] == ministry["us_said_about"] == 1.0
    assert ministry["foreign_said_about"] == 0.0
    # What a title's verb reports on is read past the holder's name.
    assert minister["foreign_said_about"] == 1.0 and minister["us_said_about"] == 0.0


def test_congress_a_visit_abroad_and_the_paragraph_are_features():
    text = ("Senators met the Pentagon chief in Washington on Tuesday.\n\n"
            "At a House Appropriations subcommittee hearing, Rep. Ann Pike asked about Chile and the Defense "
            "Ministry's budget.\n\nTrade Minister Ellen Ward arrived in Lima on Sunday for talks with Peruvian "
            "officials.")
    hearing, visit = (c.features for c in institution_candidates(_doc(text)))
    assert hearing["congress_in_sentence"] == 1.0 and "visits_foreign" not in hearing
    assert visit["visits_foreign"] == 1.0 and visit["congress_in_sentence"] == 0.0
    assert visit["paragraph_us_share"] == 0.0  # its paragraph names only Egypt


@pytest.mark.parametrize("sentence,congress", [
    ("After a vote in Chile, Congress questioned the Trade Ministry.", True),
    ("Talks in Chile went on. Members of Congress praised the Defense Ministry.", True),
    ("Sen. Ann Pike questioned the Trade Ministry.", True),
    ("The Nigeria Labour Congress demanded a meeting with the Labour Ministry.", False),
    ("The Indian National Congress criticised the Finance Ministry.", False),
])
def test_congress_is_the_us_legislature_not_any_body_of_that_name(sentence, congress):
    [cand] = institution_candidates(_doc(sentence))
    assert cand.features["congress_in_sentence"] == float(congress)


@pytest.mark.parametrize("host,sentence,congress", [
    (None, "Finance Minister Ana Ruiz told lawmakers the budget was realistic.", True),
    # datelined in a parliament country: its lawmakers are its own, the US Congress is still the US's
    ("parliament", "Finance Minister Ana Ruiz told lawmakers the budget was realistic.", False),
    ("parliament", "U.S. lawmakers asked the Finance Ministry for the figures.", True),
    ("parliament", "Congress was notified of the sale, the Defense Ministry said.", True),
    # datelined in a Congress country: its Congress and Senate are its own too
    ("congress", "Congress has until October, and the Finance Ministry said it was open to changes.", False),
    ("congress", "A Senate committee questioned the Defense Ministry.", False),
    ("congress", "The U.S. Congress questioned the Defense Ministry.", True),
    ("congress", "Sen. Ann Pike questioned the Trade Ministry.", True),
])
def test_a_legislature_in_a_story_datelined_abroad_is_the_host_s_unless_called_american(host, sentence, congress):
    assert opinion._congress_in(sentence, 0, len(sentence), host) is congress


@pytest.mark.parametrize("dateline,legislature", [
    ("BOGOTA, Colombia (wirecheck) — ", "congress"),
    ("LIMA, Peru (wirecheck) — ", "congress"),
    ("CHISINAU, Moldova (wirecheck) — ", "parliament"),
])
def test_the_host_legislature_is_read_from_the_dateline(dateline, legislature):
    text = dateline + ("Congress has until October to pass the budget, and the Finance Ministry said it was open to "
                       "changes.")
    [cand] = institution_candidates(_doc(text))
    assert cand.features["congress_in_sentence"] == float(legislature != "congress")


@pytest.mark.parametrize("name,east_asian", [
    ("Gao Hucheng", True), ("Chung Dae-ho", True), ("Kurosawa Takeshi", True),
    ("Howard Kinsella", False), ("Tomasz Wierzbicki", False), ("Ellen Ward", False),
])
def test_a_holder_s_name_in_an_east_asian_romanisation_is_a_feature(name, east_asian):
    text = f"Talks went on. Trade Minister {name} spoke first."
    [cand] = institution_candidates(_doc(text))
    assert cand.features["holder_east_asian"] == float(east_asian)


@pytest.mark.parametrize("given,lowest,highest", [
    ("Helen", 0.95, 1.0), ("Jonathan", 0.8, 0.95), ("Madeline", 0.45, 0.7), ("Mohammad", 0.15, 0.4),
    ("Sergei", 0.0, 0.0), ("Javad", 0.0, 0.0), ("Tomasz", 0.0, 0.0),
])
def test_how_american_a_holder_s_given_name_is_comes_from_the_us_census_list(given, lowest, highest):
    # News English writes "Mohammad" about as often as "Jonathan", so word frequency alone cannot tell them apart.
    text = f"Talks went on. Foreign Minister {given} Whitcombe spoke first."  # no English-name country near
    [cand] = institution_candidates(_doc(text))
    assert lowest <= cand.features["holder_given_us"] <= highest


@pytest.mark.parametrize("before,feature", [
    ("Talks went on. ", "holder_given_us"),
    ("Ottawa was angry. ", "holder_given_us_near_english"),  # Canada's ministers bear such names too
    ("Talks went on in Nairobi.\n\n", "holder_given_us_near_english"),  # the sentence before
    ("Talks went on in Nairobi.\n\nFood prices rose. Bread ran short. ", "holder_given_us"),  # a paragraph away
])
def test_an_american_sounding_name_is_its_own_feature_near_a_country_whose_ministers_bear_such_names(before, feature):
    [cand] = institution_candidates(_doc(f"{before}Foreign Minister Helen Whitcombe spoke first."))
    other = ({"holder_given_us", "holder_given_us_near_english"} - {feature}).pop()
    assert cand.features[feature] == 1.0 and other not in cand.features


def test_the_census_list_is_read_whole_and_keyed_by_capitalised_name():
    names = opinion.us_given_names()
    assert len(names) > 5000
    assert names["James"] > names["Madeline"] > names["Mohammad"] > 0
    assert opinion._us_given_name("JAMES") == opinion._us_given_name("james") == 1.0


def test_a_missing_census_list_is_a_clear_install_error(tmp_path, monkeypatch):
    monkeypatch.setattr(opinion, "US_GIVEN_NAMES", tmp_path / "gone.tsv")
    opinion.us_given_names.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="reinstall wirecheck"):
            opinion._us_given_name("Helen")
    finally:
        opinion.us_given_names.cache_clear()


@pytest.mark.parametrize("india,absent", [("", 1.0), ("India's prime minister was in town. ", 0.0)])
def test_a_name_only_one_country_uses_says_whether_that_country_is_in_the_story(india, absent):
    # ("External Affairs Ministry": India's own name, "Ministry of External Affairs", would be left as India's.)
    text = f"{india}The United States gave Chile more aid. The External Affairs Ministry said it would help."
    [cand] = institution_candidates(_doc(text))
    assert cand.features["form_owner_absent"] == absent
    assert cand.features["form_owner_named"] == 1.0 - absent


def test_the_second_opinion_never_makes_a_us_department_in_a_story_that_never_names_the_us(scorer_file):
    _write(scorer_file, {}, bias=30.0)  # says "US" to everything it is asked about
    text = "Commerce Minister Gao Hucheng announced new duties on steel imports from Japan."
    assert institution_candidates(_doc(text))  # it is asked ...
    assert _terms(text) == []  # ... and not followed


def test_a_scorer_that_reads_the_story_as_american_flags_what_the_rules_left(scorer_file):
    _write(scorer_file, {"rule=ministry": 6.0}, bias=-3.0)
    assert _terms(TEXT) == [("Trade Ministry", "Commerce Department")]


def test_a_scorer_below_its_threshold_leaves_the_rules_verdict(scorer_file):
    _write(scorer_file, {"rule=ministry": 6.0}, bias=-3.0, threshold=0.99)
    assert _terms(TEXT) == []


def test_an_explicit_foreign_modifier_never_reaches_the_scorer(scorer_file):
    _write(scorer_file, {}, bias=30.0)  # says "US" to everything it is asked about
    text = "Senators met on Tuesday. Romania's Justice Ministry said it would cooperate, lawmakers said."
    assert _terms(text) == []


@pytest.mark.parametrize("content", ["not json", json.dumps({"feature_version": 999, "weights": {}})])
def test_an_unreadable_or_foreign_scorer_file_means_the_rules_alone_with_one_warning(scorer_file, content, caplog):
    scorer_file.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert _terms(TEXT) == []
    assert "cannot read the institution scorer" in caplog.text and "wirecheck train institutions" in caplog.text


def test_off_turns_the_second_opinion_off(rules_alone):
    assert opinion.default_scorer() is None


def test_the_shipped_scorer_reads_and_matches_this_feature_version():
    scorer = opinion.read_scorer(opinion.WEIGHTS_FILE)
    assert scorer.version == "institutions-v9"
    assert 0.3 <= scorer.threshold <= 0.95
    assert {"us_share", "rule=none", "holder_given_english", "us_first_actor", "holder_east_asian",
            "same_office_named_after", "host_addressed"} <= scorer.weights.keys()


def test_a_probability_is_bounded_for_any_weights():
    scorer = opinion.InstitutionScorer("t", {"x": 1e6}, 0.0, 0.5)
    assert scorer.probability({"x": 1.0}) == pytest.approx(1.0)
    assert scorer.probability({"x": -1.0}) == pytest.approx(0.0)


@pytest.mark.parametrize("between,near", [
    ("", 1.0),  # the Treasury named in the very next sentence
    ("Markets were calm. Bond yields held steady through the week. Analysts expected no change. ", 0.0),
])
def test_the_same_us_body_near_the_term_is_read_from_the_sentence_before_to_the_one_after(between, near):
    text = ("TUNIS, Tunisia (AP) — Washington and Tunisia held talks on debt relief. Tunisia asked for help with "
            f"payments due next year. The Ministry of Finance had not yet responded. {between}A Treasury spokesman "
            "declined to comment.")
    [cand] = institution_candidates(_doc(text))
    assert cand.features["same_us_body_near"] == near
    assert cand.features["same_us_body_after"] == 1.0


@pytest.mark.parametrize("after,named,is_rule", [
    # The host's own body of that function named right after the unqualified one: the other side of it.
    ("Britain's Ministry of Justice would then have to agree.", 1.0, 1.0),
    ("A French Ministry of Justice spokesman declined to comment.", 1.0, 0.0),  # named, but not the rules' country
    ("Britain's Foreign Office would then be told.", None, None),  # another function
    ("Britain's justice minister would then have to agree.", None, None),  # a minister after a ministry
    ("The prisoner's lawyers welcomed the news.", None, None),
])
def test_the_same_office_named_for_a_foreign_country_right_after_the_term_is_a_feature(after, named, is_rule):
    text = (f"LONDON (AP) — A British prisoner asked to serve his sentence in Britain. If the Justice Ministry "
            f"approves the transfer, {after}")
    [cand] = [c for c in institution_candidates(_doc(text)) if text[c.start : c.end] == "Justice Ministry"]
    assert cand.features.get("same_office_named_after") == named
    assert cand.features.get("same_office_named_after_is_rule") == is_rule


@pytest.mark.parametrize("sentence,addressed,obj", [
    # The host is whom the body's clause addresses, or what its holder acts on: the body is the other side.
    ("The Ministry of Foreign Affairs said it would provide $180 million in financing to the Philippines.", 1.0, None),
    ("Foreign Minister Daniel Whitcombe thanked the Philippines for its patience.", None, 1.0),
    ("Foreign Minister Daniel Whitcombe pressed the Philippines to act.", None, 1.0),
    # The host's demonym before a noun is no object ("urged Philippine citizens"), nor another country the host's.
    ("The Ministry of Foreign Affairs urged Philippine citizens to stay indoors.", None, None),
    ("The Ministry of Foreign Affairs said it would send aid to Vietnam.", None, None),
])
def test_the_host_as_the_terms_addressee_or_object_is_a_feature(sentence, addressed, obj):
    text = f"MANILA, Philippines (AP) — The United States and the Philippines held talks. {sentence}"
    [cand] = institution_candidates(_doc(text))
    assert cand.features.get("host_addressed") == addressed
    assert cand.features.get("host_object") == obj


# Turkey's Foreign Ministry, then an unqualified one "in Washington" speaking of the United States: MT writes the
# State Department so right after the foreign office it answers.
JUST_NAMED = ("Turkey's Foreign Ministry said on Monday that the arrests were lawful. In Washington, a Foreign "
              "Ministry spokesperson said the United States valued its security cooperation with Ankara.")


def test_a_term_right_after_the_same_foreign_office_goes_to_the_second_opinion_marked_so():
    [cand] = institution_candidates(_doc(JUST_NAMED))
    assert JUST_NAMED[cand.start : cand.end] == "Foreign Ministry" and cand.start > JUST_NAMED.index("Washington")
    assert cand.rule_country == "TR" and cand.features["rule_just_named"] == 1.0
    assert cand.features["rule_conf>=0.9"] == 1.0


def test_the_plain_model_never_judges_a_term_right_after_the_same_foreign_office(scorer_file):
    _write(scorer_file, {}, bias=30.0)  # says "US" to everything it is asked about
    [cand] = institution_candidates(_doc(JUST_NAMED))
    assert cand.context_only
    assert _terms(JUST_NAMED) == []


def test_without_a_second_opinion_the_term_after_the_named_office_stays_that_office_s(rules_alone):
    assert _terms(JUST_NAMED) == []


@pytest.mark.parametrize("text, other_title", [
    # "Philippine Defense Secretary Reyes" holds the Philippines' office ...
    ("The U.S. will help build a port in Palawan. It was announced after talks in Manila between Defense Minister "
     "Gregory Talbot and Philippine Defense Secretary Emilio Santiago Reyes.", "Philippine Defense Secretary"),
    # ... and "National Defense Secretary" is the Philippines' title, whatever US title it contains.
    ("The U.S. will help build a port in Palawan. Defense Minister Thomas Varga met his Philippine counterpart, "
     "National Defense Secretary Ramon Villareal, in Manila.", "National Defense Secretary"),
])
def test_another_country_s_or_a_longer_title_holds_no_us_office(scorer_file, text, other_title):
    _write(scorer_file, {}, bias=30.0)  # says "US" to everything it is asked about
    # The minister beside that title's holder is left to the second opinion, which may find him American.
    assert _terms(text) == [("Defense Minister", "Defense Secretary")]
    # The US title itself given to someone else still makes the minister another country's.
    assert _terms(text.replace(other_title, "Defense Secretary")) == []
