"""normalize / normalize_span: edits with offsets in both texts, confidence threshold, span slices."""

from __future__ import annotations

from service.contracts import Artifact
from service.stages.artifacts import normalize, normalize_span

TEXT = "Bitdance owns Tik Tok, the ministry said. ». Since two years."


def art(surface: str, suggestion: str, confidence: float, category: str = "misspelled_name", nth: int = 0) -> Artifact:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Artifact(surface=surface, start=start, end=start + len(surface), category=category,
                    suggestion=suggestion, confidence=confidence, explanation="test")


ARTS = [
    art("Bitdance", "ByteDance", 0.95),
    art("Tik Tok", "TikTok", 0.95, "split_name"),
    art("ministry", "Department of Commerce", 0.85, "institution_term"),
    art("»", "", 0.85, "punctuation"),
    art("Since", "For", 0.4, "calque"),
]


def test_normalize_applies_confident_edits_with_both_offsets():
    out = normalize(TEXT, ARTS, 0.8)
    assert out.text == "ByteDance owns TikTok, the Department of Commerce said.. Since two years."
    assert [e.category for e in out.edits] == ["misspelled_name", "split_name", "institution_term", "punctuation"]
    for e in out.edits:
        assert TEXT[e.start : e.end] == e.before and out.text[e.new_start : e.new_end] == e.after


def test_threshold_controls_low_confidence_edits():
    assert normalize(TEXT, ARTS, 0.3).text.endswith("For two years.")
    assert normalize(TEXT, ARTS, 0.99).text == TEXT and normalize(TEXT, ARTS, 0.99).edits == []


def test_normalize_span_slices_the_original():
    start = TEXT.index("Bitdance")
    end = TEXT.index(",")
    assert normalize_span(TEXT, start, end, ARTS, 0.8) == "ByteDance owns TikTok"
    assert normalize_span(TEXT, 0, 4, ARTS, 0.8) == "Bitd"  # an artifact crossing the edge is left alone


def test_stale_artifacts_never_corrupt_text():
    wrong = Artifact(surface="xyz", start=0, end=3, category="calque", suggestion="Q", confidence=1.0, explanation="")
    assert normalize(TEXT, [wrong], 0.5).text == TEXT
