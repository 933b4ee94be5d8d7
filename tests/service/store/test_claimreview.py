"""ClaimReview markup from fixture files as fact-checkers publish it (invented reviews in en/fr/es/de)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from service.store.claimreview import ReviewFormatError, ReviewRecord, load_reviews, parse_claimreview

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "claimreview"
GOOD = FIXTURES / "good"


def test_a_single_review_gives_every_field() -> None:
    [record] = load_reviews(GOOD / "en_single.json")
    assert record == ReviewRecord(
        claim_reviewed="Offshore wind turbines have killed more than 200 whales on the US east coast since 2023.",
        rating="False",
        rating_value=0.0,
        publisher="Example FactCheck",
        url="https://factcheck.example.org/2024/02/wind-turbines-whales",
        date_published="2024-02-14",
        language="en",
        claimant="Tom Hollis",
    )


def test_a_graph_with_type_lists_prefixed_types_and_string_ratings() -> None:
    smic, beds = load_reviews(GOOD / "fr_graph.json")
    assert smic.rating == "Plutôt faux" and smic.rating_value == pytest.approx(0.25)
    assert smic.language == "fr" and smic.date_published == "2023-11-08"
    assert smic.publisher == "Vérif Express" and smic.claimant == "Marie Dupont"
    assert smic.url == "https://verif.example.fr/2023/11/08/smic-hausse"  # from @id
    assert beds.claim_reviewed == "La France a fermé 5 000 lits d'hôpital en 2022."
    assert beds.rating == "Vrai" and beds.rating_value is None
    assert beds.claimant == "Jean-Luc Mélenchon" and beds.language == "fr"


def test_a_jsonl_feed_skips_other_types_and_detects_a_missing_language() -> None:
    pensions, vat = load_reviews(GOOD / "es_de_feed.jsonl")
    assert (pensions.language, pensions.rating, pensions.rating_value) == ("es", "Engañoso", 0.0)
    # No inLanguage: py3langid reads the claim; no scale: schema.org's 1..5.
    assert (vat.language, vat.rating_value, vat.claimant) == ("de", 0.5, "Klaus Becker")


def test_an_html_page_reads_only_its_json_ld_blocks() -> None:
    [record] = load_reviews(GOOD / "pages" / "afp_style.html")
    assert record.claim_reviewed == "The city banned all cars from the old town on March 1."
    assert record.claimant == "Citizens for Clean Air" and record.rating == "Misleading"
    assert record.language == "en"


def test_a_review_without_claim_reviewed_is_skipped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="service.store.claimreview"):
        records = list(load_reviews(GOOD / "pages" / "no_claim.html"))
    assert [r.claim_reviewed for r in records] == ["La vacuna contiene un microchip de rastreo."]
    assert records[0].language == "es" and records[0].claimant == "Publicaciones en redes sociales"
    assert "no_claim.html" in caplog.text and "without claimReviewed" in caplog.text


def test_a_folder_is_read_recursively_in_sorted_order() -> None:
    publishers = [r.publisher for r in load_reviews(GOOD)]
    assert publishers == ["Example FactCheck", "Verificado Ejemplo", "Faktencheck Beispiel", "Vérif Express",
                          "Vérif Express", "Example Check", "Verificado Ejemplo"]


@pytest.mark.parametrize("name", ["truncated.json", "bad_block.html"])
def test_malformed_json_names_the_file(name: str) -> None:
    with pytest.raises(ReviewFormatError, match=rf"{name}.*malformed JSON"):
        list(load_reviews(FIXTURES / "broken" / name))


def test_a_missing_path_or_other_file_type_is_a_format_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("ClaimReview", encoding="utf-8")
    with pytest.raises(ReviewFormatError, match="notes.txt"):
        list(load_reviews(tmp_path / "notes.txt"))
    with pytest.raises(ReviewFormatError, match="missing"):
        list(load_reviews(tmp_path / "missing"))


def test_parse_takes_any_json_value() -> None:
    review = {"@type": "ClaimReview", "claimReviewed": "  Two  spaces ", "inLanguage": {"@type": "Language",
              "name": "English", "alternateName": "en"},
              "reviewRating": {"ratingValue": 7, "bestRating": 10, "worstRating": 0},
              "author": "Solo Checker"}
    assert parse_claimreview([]) == [] and parse_claimreview("text") == [] and parse_claimreview(None) == []
    [record] = parse_claimreview([[{"@type": "Thing"}], {"nested": {"list": [review]}}])
    assert record.claim_reviewed == "Two spaces" and record.rating_value == pytest.approx(0.7)
    assert record.language == "en" and record.publisher == "Solo Checker" and record.rating is None


@pytest.mark.parametrize(("rating", "expected"), [
    ({"ratingValue": "4", "bestRating": "5", "worstRating": "1"}, 0.75),
    ({"ratingValue": 1, "bestRating": 1, "worstRating": 0}, 1.0),  # some publishers' true/false scale
    ({"ratingValue": "-1", "bestRating": "5", "worstRating": "1"}, None),  # "not rated": off the scale
    ({"ratingValue": "Faux"}, None),
    ({"ratingValue": 3, "bestRating": 3, "worstRating": 3}, None),
    ({}, None),
])
def test_numeric_ratings_are_normalized_onto_their_scale(rating: dict, expected: float | None) -> None:
    [record] = parse_claimreview({"@type": "ClaimReview", "claimReviewed": "A claim.", "inLanguage": "en",
                                  "reviewRating": rating})
    assert record.rating_value == (pytest.approx(expected) if expected is not None else None)
