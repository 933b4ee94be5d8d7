"""Speakers as the store compares and searches them: honorifics left out, a role alone unknown (invented people)."""

from __future__ import annotations

import pytest

from service.store.matching import MISATTRIBUTED_MIN_SIMILARITY, ClaimFacts, label_pair, same_speaker
from service.store.speakers import is_role_only, name_words, person, speaker_matches
from tests.service.store.articles import article

HIGH = 0.9


@pytest.mark.parametrize(
    ("name", "language"),
    [("Ms. Dahl", "en"), ("Mr Dahl", "en"), ("Dr. Dahl", "en"), ("La señora Dahl", "es"), ("Sra. Dahl", "es"),
     ("señor Dahl", "es"), ("M. Dahl", "fr"), ("Mme Dahl", "fr"), ("madame Dahl", "fr"), ("Frau Dahl", "de"),
     ("Herr Dr. Dahl", "de"), ("la sig.ra Dahl", "it"), ("sig. Dahl", "it"), ("senhora Dahl", "pt"),
     ("Sr. Dahl", "pt"), ("mevrouw Dahl", "nl"), ("г-жа Даль", "ru"), ("госпожа Даль", "ru")],
)
def test_a_title_and_surname_is_the_surname(name: str, language: str) -> None:
    assert len(name_words(name, language)) == 1
    # ... and the same person as the full name, in any language pair.
    full = "Даль Ирина" if language == "ru" else "Ingrid Dahl"
    assert same_speaker(name, full, language, "en") is True


def test_a_title_is_a_title_only_in_its_own_language_and_only_before_a_name() -> None:
    assert name_words("Don Pratt", "en") == ("don", "pratt")  # a given name in English
    assert name_words("don Pratt", "es") == ("pratt",)
    assert name_words("Ms.", "en") == ("ms",)


@pytest.mark.parametrize(
    ("name", "language"),
    [("minister", "en"), ("the minister", "en"), ("die Ministerin", "de"), ("Energieministerin", "de"),
     ("la portavoz", "es"), ("la ministra de Energía", "es"), ("la ministre", "fr"), ("il portavoce", "it"),
     # Anonymous sources: modifiers before the role, and where it works or comes from after it.
     ("a senior government official", "en"), ("a diplomat from Ostara", "en"), ("ein Diplomat aus Ostara", "de"),
     ("un haut fonctionnaire", "fr"), ("Regierungskreise", "de")],
)
def test_a_role_alone_is_no_person(name: str, language: str) -> None:
    assert is_role_only(name, language) and person(name, language) is None
    assert same_speaker(name, "Ingrid Dahl", language, "en") is None


@pytest.mark.parametrize(
    ("name", "language"),
    [("Ingrid Richter", "de"), ("Präsident Dahl", "de"), ("Coal miners", "en"), ("Tom King", "en")],
)
def test_a_name_with_a_role_word_is_a_name(name: str, language: str) -> None:
    assert not is_role_only(name, language)


def test_a_role_before_the_name_is_no_given_name() -> None:
    assert same_speaker("Präsident Dahl", "Ingrid Dahl", "de", "en") is True


def test_two_anonymous_sources_are_never_two_people() -> None:
    official = ClaimFacts("Talks will resume on Monday in Geneva.", "en", "a senior government official")
    diplomat = ClaimFacts("Die Gespräche werden am Montag in Genf fortgesetzt.", "de", "ein Diplomat aus Ostara")
    assert same_speaker(official.speaker, diplomat.speaker, "en", "de") is None
    assert label_pair(official, diplomat, max(HIGH, MISATTRIBUTED_MIN_SIMILARITY)) == "paraphrase"
    assert person("the former minister Jean Dupont", "en") == "jean dupont"


def test_different_people_stay_different_without_their_titles() -> None:
    assert same_speaker("Mme Dahl", "Ingrid Lund", "fr", "en") is False
    assert same_speaker("Ms. Ingrid Dahl", "Mr. Jonas Dahl", "en", "en") is False


def test_a_title_or_a_role_never_makes_a_misattribution() -> None:
    prices_en = ClaimFacts("Gas prices will not rise this winter.", "en", "Ingrid Dahl")
    prices_es = ClaimFacts("Los precios del gas no subirán este invierno.", "es", "señora Dahl")
    prices_de = ClaimFacts("Die Gaspreise werden diesen Winter nicht steigen.", "de", "die Ministerin")
    other = ClaimFacts("Gas prices will not rise this winter.", "en", "Jonas Lund")
    assert label_pair(prices_en, prices_es, HIGH) == "corroborating"
    # An unresolved speaker: a restatement, not a corroboration by the same person nor a misattribution.
    assert label_pair(prices_en, prices_de, HIGH) == "paraphrase"
    assert label_pair(prices_de, prices_en, HIGH) == "paraphrase"
    assert label_pair(prices_en, other, max(HIGH, MISATTRIBUTED_MIN_SIMILARITY)) == "misattributed"


def test_speaker_matches_ignores_titles_on_both_sides() -> None:
    assert speaker_matches("Ms. Dahl", "Ingrid Dahl", "Frau Dahl", "de")
    assert speaker_matches("Mme Dahl", "señora Dahl", "La señora Dahl", "es")
    assert speaker_matches("Ingrid Dahl", "señora Dahl", "La señora Dahl", "es")
    assert not speaker_matches("Ingrid Dahl", "Jonas Dahl", "Dahl", "en")  # another Dahl, named in full
    assert not speaker_matches("Ingrid Dahl", "minister", "the minister", "en")


def test_speaker_matches_reads_a_role_in_the_query_as_no_part_of_the_name() -> None:
    assert speaker_matches("Finanzministerin Strand", "Anika Strand", "Finanzministerin Anika Strand", "de")
    assert speaker_matches("Finance Minister Strand", "Anika Strand", "Strand", "en")
    assert speaker_matches("Finanzministerin", "Anika Strand", "Finanzministerin Anika Strand", "de")
    assert not speaker_matches("Finanzministerin", "Jonas Berg", "Jonas Berg", "de")


def test_search_by_speaker_finds_every_form_of_one_name(store) -> None:
    store.add_analysis(*article(("Ingrid Dahl", "Gas prices will not rise.")))
    store.add_analysis(*article(("Ms. Dahl", "Coal has no future here.")))
    store.add_analysis(*article(("señora Dahl", "Los precios no subirán."), language="es"))
    store.add_analysis(*article(("Mme Dahl", "Le charbon n'a pas d'avenir."), language="fr"))
    store.add_analysis(*article(("Jonas Dahl", "Prices will rise."), ("Jonas Lund", "Nothing changes.")))
    ingrid = {"Ingrid Dahl", "Ms. Dahl", "señora Dahl", "Mme Dahl"}
    every_dahl = ingrid | {"Jonas Dahl"}
    for query in ("Dahl", "Ms. Dahl", "Mme Dahl", "Frau Dahl", "señora Dahl"):
        assert {hit.claim.speaker for hit in store.search(speaker=query)} == every_dahl, query
    assert {hit.claim.speaker for hit in store.search(speaker="Ingrid Dahl")} == ingrid
    assert {hit.claim.speaker for hit in store.search(speaker="Ingrid Dahl", q="gas prices")} == ingrid
    newest = store.search(speaker="Ingrid Dahl", limit=2)
    assert [hit.claim.speaker for hit in newest] == ["Mme Dahl", "señora Dahl"]
