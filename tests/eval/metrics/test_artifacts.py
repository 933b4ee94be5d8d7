import pytest

from eval.metrics.artifacts import aggregate, doc_stats, match_spans, same_suggestion


def test_match_spans_one_to_one_by_overlap():
    gold = [{"start": 0, "end": 10}, {"start": 8, "end": 12}]
    pred = [{"start": 5, "end": 12}]
    assert match_spans(pred, gold) == [(0, 0)]  # overlap 5 beats overlap 4


def test_same_suggestion_normalises():
    assert same_suggestion(" Jean-Yves  LE Drian", "jean-yves le drian")
    assert not same_suggestion("Le Drian", "Ledrian")


def test_doc_stats_and_aggregate_hand_computed():
    text = " ".join(["word"] * 500)
    gold = [{"start": 0, "end": 4, "category": "calque", "suggestion": "x"},
            {"start": 10, "end": 14, "category": "punctuation", "suggestion": ","}]
    pred = [{"start": 0, "end": 4, "category": "calque", "suggestion": "X"},
            {"start": 100, "end": 104, "category": "calque", "suggestion": "y"}]
    out = aggregate([doc_stats(text, pred, gold)])
    assert out["precision"] == 0.5 and out["recall"] == 0.5
    assert out["suggestion_accuracy"] == 1.0 and out["category_accuracy"] == 1.0
    assert out["false_flags_per_1000_words"] == pytest.approx(2.0)  # 1 unmatched flag in 500 words
