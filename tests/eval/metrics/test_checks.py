import pytest

from eval.metrics.checks import (
    balanced_accuracy,
    contradiction_aggregate,
    contradiction_stats,
    support_aggregate,
    support_stats,
)


def test_balanced_accuracy_hand_computed():
    gold = [True, True, True, False]
    predicted = [True, True, False, True]
    assert balanced_accuracy(gold, predicted) == pytest.approx((2 / 3 + 0) / 2)
    assert balanced_accuracy([True, True], [True, False]) == 0.5  # one class present
    assert balanced_accuracy([], []) is None


def test_support_threshold_and_pooling():
    out = support_aggregate([support_stats([True, False], [0.5, 0.49]), support_stats([False], [0.9])])
    assert out["sentences"] == 3
    assert out["balanced_accuracy"] == pytest.approx((1.0 + 0.5) / 2)


def test_contradiction_found_only_when_one_check_covers_both_sides():
    pair = {"a": {"start": 0, "end": 10}, "b": {"start": 50, "end": 60}}
    both = {"kind": "contradiction", "spans": [{"start": 5, "end": 8}, {"start": 55, "end": 70}]}
    split = [{"kind": "contradiction", "spans": [{"start": 0, "end": 3}]},
             {"kind": "contradiction", "spans": [{"start": 50, "end": 53}]}]
    wrong_kind = {"kind": "unsupported", "spans": both["spans"]}
    assert contradiction_stats([both], [pair])["found"] == 1
    assert contradiction_stats(split, [pair])["found"] == 0
    assert contradiction_stats([wrong_kind], [pair])["found"] == 0
    out = contradiction_aggregate([contradiction_stats([both], [pair]), contradiction_stats(split, [pair])])
    assert out["recall"] == 0.5 and out["flags"] == 3
