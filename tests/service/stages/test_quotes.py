"""Claims stage on the seed article: every quote gets the right speaker, scare quotes none."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.contracts import Document
from service.stages.quotes import extract_claims
from service.stages.segment import segment

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_22c1501935b67f74.txt"


@pytest.fixture(scope="module", params=["rules", "spacy"])
def seed_claims(request):
    parser = request.getfixturevalue("spacy_en") if request.param == "spacy" else None
    text = SEED.read_text(encoding="utf-8")
    return extract_claims(Document(text, "en", True, segment(text, "en")), parser)


def _find(claims, fragment: str):
    hits = [c for c in claims if fragment in c.quote and c.type in ("direct", "partial")]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0]


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("The president leaves a deadline", "US Department of Commerce"),
        ("will be closed in the United States", "US Department of Commerce"),
        ("The Chinese Communist Party has proven", "US Department of Commerce"),
        ("As far as TikTok is concerned", "Wilbur Ross"),
        ("We do not agree with the decision", "spokeswoman for the company that owns TikTok"),
        ("In our proposal submitted", "spokeswoman for the company that owns TikTok"),
        ("verify the code’s security", "spokeswoman for the company that owns TikTok"),
        ("the basic Tik Tok will remain unchanged", "Wilbur Ross"),
        ("if there is no agreement before November 12th", "Wilbur Ross"),
        ("interested in investing in TikTok", "Walmart"),
        ("Although the risks of WeChat", "US Department of Commerce"),
    ],
)
def test_seed_quote_speakers(seed_claims, fragment, speaker):
    claim = _find(seed_claims, fragment)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "term", ["national security", "Made in the United States", "reliable technology partner",
             "Tencent"],
)
def test_seed_scare_quotes_get_no_speaker(seed_claims, term):
    for claim in seed_claims:
        if claim.quote == term:
            assert claim.type == "term" and claim.speaker is None


def test_seed_offsets_round_trip(seed_claims):
    text = SEED.read_text(encoding="utf-8")
    assert [c.start for c in seed_claims] == sorted(c.start for c in seed_claims)
    for claim in seed_claims:
        assert text[claim.start:claim.end] == claim.quote
        if claim.cue is not None:
            assert text[claim.cue_start:claim.cue_end] == claim.cue
        if claim.speaker is not None and claim.speaker.start is not None:
            assert text[claim.speaker.start:claim.speaker.end] == claim.speaker.mention


def test_seed_role_medium_and_addressee(seed_claims):
    ross = _find(seed_claims, "As far as TikTok is concerned")
    assert ross.speaker.role == "US Commerce Secretary"
    assert ross.medium == "on Fox Business"
    spokeswoman = _find(seed_claims, "We do not agree with the decision")
    assert spokeswoman.addressee == "France Press"
    assert _find(seed_claims, "The Chinese Communist Party").medium == "in a statement"


def test_seed_check_worthiness_reasons(seed_claims):
    ross = _find(seed_claims, "the basic Tik Tok will remain unchanged")
    assert {"dates", "predictions"} <= set(ross.reasons) and ross.checkworthiness >= 0.5
    assert all(c.checkworthiness == 0.0 for c in seed_claims if c.type == "term")


def test_seed_reported_speech_is_extracted(seed_claims):
    announced = [c for c in seed_claims if c.type == "indirect" and c.cue == "announced"]
    assert announced and announced[0].speaker.name == "US Department of Commerce"
    analysts = [c for c in seed_claims if c.cue == "point to"]
    assert analysts and analysts[0].speaker.mention == "Some analysts"


def test_an_interrupted_quote_is_scored_without_its_attribution():
    text = ("MADRID, 3 abr (Wire) - Los regantes protestaron ante la sede de la confederación.\n\n"
            "\u201cLlevamos tres años pidiendo obras de modernización\u201d, dijo Montes, \u201cy nadie nos ha "
            "escuchado\u201d.")
    claims = [c for c in extract_claims(Document(text, "es", True, segment(text, "es"))) if "Llevamos" in c.quote]
    assert claims and "escuchado" in claims[0].quote and "named entities" not in claims[0].reasons
