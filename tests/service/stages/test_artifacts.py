"""find_artifacts on the seed and on small synthetic texts, one layer at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.contracts import Document
from service.stages.artifacts import find_artifacts
from service.stages.segment import segment

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_22c1501935b67f74.txt"


def run(text: str, language: str = "en"):
    return find_artifacts(Document(text, language, True, sentences=segment(text, language)))


def pairs(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(a.surface, a.suggestion, a.category) for a in run(text, language)]


@pytest.fixture(scope="module")
def seed_artifacts():
    text = SEED.read_text(encoding="utf-8")
    return text, run(text)


SEED_EXPECTED = [
    ("Bitdance", "ByteDance", "misspelled_name"),
    ("BitDance", "ByteDance", "misspelled_name"),
    ("Tik Tok", "TikTok", "split_name"),
    ("ministry", "Department of Commerce", "institution_term"),
    ("Ministry of Commerce", "Department of Commerce", "institution_term"),
    ("France Press", "AFP", "agency_name"),
    ("»", "", "punctuation"),
    ("the maturity", "the deadline", "calque"),
    ("the Californian Oracle company", "California-based Oracle", "calque"),
    ("are not similar, they are similar", "are not identical, they are similar", "calque"),
]


@pytest.mark.parametrize("surface,suggestion,category", SEED_EXPECTED)
def test_seed_artifact_found_with_suggestion(seed_artifacts, surface, suggestion, category):
    _, arts = seed_artifacts
    assert (surface, suggestion, category) in [(a.surface, a.suggestion, a.category) for a in arts]


def test_seed_counts_each_occurrence(seed_artifacts):
    _, arts = seed_artifacts
    surfaces = [a.surface for a in arts]
    assert surfaces.count("Tik Tok") == 3
    assert surfaces.count("ministry") == 2


def test_seed_offsets_sorted_and_disjoint(seed_artifacts):
    text, arts = seed_artifacts
    for a in arts:
        assert text[a.start : a.end] == a.surface and 0 <= a.confidence <= 1 and a.explanation
    assert all(x.end <= y.start for x, y in zip(arts, arts[1:]))


def test_seed_main_fixes_clear_the_default_threshold(seed_artifacts):
    _, arts = seed_artifacts
    strong = {a.surface for a in arts if a.confidence >= 0.8}
    assert {"Bitdance", "BitDance", "Tik Tok", "ministry", "Ministry of Commerce", "France Press", "»"} <= strong
    assert all(a.confidence < 0.5 for a in arts if a.category == "calque")


def test_native_english_is_left_alone():
    text = (
        "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Friday, "
        "the State Department said. The Russian Foreign Ministry called the talks useful. Facebook and "
        "TikTok declined to comment to The Associated Press. “We are ready,” Kerry said: the talks resume "
        "on Monday. Is that enough? Clinton's campaign, Trump's advisers and the Obamas did not respond."
    )
    assert run(text) == []


def test_guillemets_in_english_become_curly_quotes():
    found = pairs("He said « we will win » and left. “Fine,” she said.")
    assert ("« ", "“", "punctuation") in found and (" »", "”", "punctuation") in found


@pytest.mark.parametrize("language,text", [
    ("fr", "Il a déclaré : « Nous gagnerons ! » Puis il est parti ; rien d'autre."),
    ("de", "Er sagte: „Wir gewinnen.“ Dann ging er."),
])
def test_native_punctuation_of_other_languages_is_correct(language, text):
    assert [a for a in run(text, language) if a.category == "punctuation"] == []


def test_space_before_colon_and_fullwidth_marks_in_english():
    found = pairs("The senator replied : no。 Why ?")
    assert ("replied :", "replied:", "punctuation") in found
    assert ("。", ".", "punctuation") in found
    assert ("Why ?", "Why?", "punctuation") in found


def test_german_low_quotes_in_english():
    found = pairs("She called it „a disaster“ on Monday, “she” said.")
    assert ("„", "“", "punctuation") in found and ("“", "”", "punctuation") in found


@pytest.mark.parametrize("text,expected", [
    ("Hillary Clinton spoke first. Later Klinton said the plan was sound.", ("Klinton", "Clinton")),
    ("President Vladimir Poutine met the press in Moscow.", ("Vladimir Poutine", "Vladimir Putin")),
    ("Donald Trump arrived late. Donald Tramp then spoke.", ("Tramp", "Trump")),
    ("Shares of Mikrosoft rose on Monday.", ("Mikrosoft", "Microsoft")),
])
def test_garbled_names_get_the_gazetteer_spelling(text, expected):
    assert expected in [(a.surface, a.suggestion) for a in run(text)]


def test_real_words_and_unknown_people_are_not_names():
    assert run("The tramp slept under the bridge. Kevin Klinger, a farmer, said rain was due.") == []


def test_a_common_given_name_makes_a_near_surname_somebody_else():
    # "Diane" is also an English word, so word frequency alone did not mark it as a first name.
    assert run("FAA Administrator Diane Holbrook said the agency had reached an agreement.") == []
    assert ("Holbrook", "Holbrooke") in [(a.surface, a.suggestion)
                                         for a in run("Ambassador Richard Holbrook said the talks would go on.")]


@pytest.mark.parametrize("text,language", [
    ("Volgens topman Boudewijn Siemons kiezen rederijen vaker voor Rotterdam.", "nl"),
    ("Volgens woordvoerder Petra Philipse is het plan goedgekeurd. Heineke en Philipse reageerden niet.", "nl"),
    ("Spokeswoman Petra Philipse said the plan was approved.", "en"),
])
def test_a_surname_after_a_given_name_is_no_garbled_company(text, language):
    # Given names are common words to word lists; the role before them says a person is named.
    assert [a.suggestion for a in run(text, language)] == []


def test_a_garbled_company_after_a_common_word_is_still_found():
    assert ("Siemons", "Siemens") in [(a.surface, a.suggestion) for a in run("Orders at Siemons fell in May.")]


@pytest.mark.parametrize("text,expected", [
    ("He posted it on Face book and You Tube.", [("Face book", "Facebook"), ("You Tube", "YouTube")]),
    ("Analysts at Goldmansachs disagreed.", [("Goldmansachs", "Goldman Sachs")]),
])
def test_split_and_joined_names(text, expected):
    found = [(a.surface, a.suggestion) for a in run(text) if a.category == "split_name"]
    assert found == expected


def test_swapped_name_order():
    assert ("Jinping Xi", "Xi Jinping") in [(a.surface, a.suggestion) for a in run("Jinping Xi visited Paris.")]


@pytest.mark.parametrize("text,expected", [
    ("Washington pressed Beijing again. The U.S. Foreign Ministry said talks would resume.",
     ("Foreign Ministry", "State Department")),
    ("Foreign Minister John Kerry flew to Vienna.", ("Foreign Minister", "Secretary of State")),
    ("Officials at the Chinese Commerce Department objected.", ("Commerce Department", "Ministry of Commerce")),
])
def test_institution_terms_follow_the_country(text, expected):
    assert expected in [(a.surface, a.suggestion) for a in run(text) if a.category == "institution_term"]


def test_ministries_of_ministry_countries_are_fine():
    text = "Moscow rejected the claim. The Russian Defence Ministry and China's Foreign Ministry said so."
    assert [a for a in run(text) if a.category == "institution_term"] == []


@pytest.mark.parametrize("text,expected", [
    ("It was first reported by Agentur Reuters on Monday.", ("Agentur Reuters", "Reuters")),
    ("He told the French Press Agency that he would stay.", ("French Press Agency", "AFP")),
    ("The figures were confirmed to Associated Pres by the ministry.", ("Associated Pres", "AP")),
])
def test_agency_names(text, expected):
    assert expected in [(a.surface, a.suggestion) for a in run(text) if a.category == "agency_name"]


def test_agency_described_and_named_is_fine():
    assert run("He told the French news agency AFP that he would stay.") == []


def test_inconsistent_spelling_inside_one_article():
    text = "Mission chief Anna Petrović spoke on Monday. Later Petrovic said the probe was healthy."
    assert ("Petrovic", "Petrović", "inconsistent_variant") in pairs(text)


def test_calques_are_low_confidence():
    arts = [a for a in run("He has lived in Paris since three years.") if a.category == "calque"]
    assert [(a.surface, a.suggestion) for a in arts] == [("since", "for")]
    assert arts[0].confidence < 0.5


def test_native_language_names_are_accepted():
    artifacts = run("Vladimir Poutine a rencontré l'ONU et l'OTAN à Paris.", "fr")
    assert [a for a in artifacts if a.category != "calque"] == []


def test_spanish_ministry_for_a_us_department_and_its_echo():
    text = ("El Ministerio de Comercio de Estados Unidos anunció aranceles. Un portavoz del ministerio "
            "dijo que Washington no cederá.")
    found = [(a.surface, a.suggestion) for a in run(text, "es") if a.category == "institution_term"]
    assert found == [("Ministerio de Comercio", "Departamento de Comercio"), ("ministerio", "Departamento de Comercio")]


def test_english_quotes_in_french_copy_unless_nested():
    text = "Il a dit « non ». Un cadre a confié : “C'est irréaliste.”\n\n« Elle m'a dit : “On ira” », dit-il."
    found = [(a.surface, a.suggestion) for a in run(text, "fr") if a.category == "punctuation"]
    assert found == [("“", "«\u00a0"), ("”", "\u00a0»")]


@pytest.mark.parametrize("language", ["zh", "ja", "ar", "und"])
def test_languages_without_word_lists_do_not_crash(language):
    text = "美国商务部说，Tik Tok 将被禁止。Aussenministerium Klinton «test»"
    arts = find_artifacts(Document(text, language, True))
    assert all(text[a.start : a.end] == a.surface for a in arts)
    assert ("Tik Tok", "TikTok") in [(a.surface, a.suggestion) for a in arts]


def test_inverted_guillemets_in_english():
    text = "He said »we will win« and left."
    found = pairs(text)
    assert found == [("»", "“", "punctuation"), ("«", "”", "punctuation")]


def test_two_names_for_one_place_in_one_article():
    text = "Beijing a réagi mardi. À Pékin, les analystes attendent une riposte."
    assert ("Beijing", "Pékin", "inconsistent_variant") in pairs(text, "fr")
    text = "Las plantas de Monterey cerraron. El Tecnológico de Monterrey lo confirmó."
    assert ("Monterey", "Monterrey", "inconsistent_variant") in pairs(text, "es")


@pytest.mark.parametrize("text, surface, suggestion", [
    ("The ban on Tik\u00a0Tok starts Sunday.", "Tik\u00a0Tok", "TikTok"),
    ("Bit\u00addance rejected the order on Sunday.", "Bit\u00addance", "ByteDance"),
    ("Bit\u200bdance rejected the order on Sunday.", "Bit\u200bdance", "ByteDance"),
])
def test_names_split_by_no_break_spaces_or_joined_by_invisible_characters_are_found(text, surface, suggestion):
    found = [a for a in run(text) if a.suggestion == suggestion]
    assert [a.surface for a in found] == [surface]
    assert text[found[0].start:found[0].end] == surface
