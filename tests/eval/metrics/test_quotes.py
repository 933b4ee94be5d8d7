import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eval.metrics.quotes import TokenIndex, aggregate, doc_stats, match, same_name, speaker_correct

# Token positions:      0    1  2  3    4     5    6   7     8   9
TEXT = "Smith said the plan will work well for everyone here. Jones disagreed."


def span(phrase: str, text: str = TEXT) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase)}


def test_token_index_counts_tokens_touched_by_a_span():
    index = TokenIndex("ab cd ef")
    assert index.positions([(0, 2)]) == {0}
    assert index.positions([(1, 4)]) == {0, 1}  # partial tokens count
    assert index.positions([(2, 3)]) == frozenset()  # only whitespace
    assert index.positions([(0, 2), (6, 8)]) == {0, 2}


def test_match_uses_both_ratios():
    gold = [frozenset(range(10))]
    assert match([frozenset(range(3))], gold, 0.3) == [(0, 0)]  # 3/10 = 0.3 exactly
    assert match([frozenset(range(2))], gold, 0.3) == []  # 2/10 < 0.3
    # overlap 3, |pred| = 11: 3/11 < 0.3
    assert match([frozenset(range(3)) | frozenset(range(100, 108))], gold, 0.3) == []


def test_match_is_greedy_one_to_one_by_overlap():
    gold = [frozenset({0, 1, 2, 3}), frozenset({4, 5, 6, 7, 8})]
    pred = [frozenset({0, 1, 2, 3, 4, 5, 6})]
    # overlaps 4 and 3 qualify at 0.3 (4/7, 3/7 ≥ 0.3); the larger one wins and the pred is used up.
    assert match(pred, gold, 0.3) == [(0, 0)]


def test_doc_stats_and_aggregate_hand_computed():
    gold = [
        {**span("the plan will work well for everyone here"), "type": "indirect",
         "speaker": {"name": "Smith", "mention": {**span("Smith"), "text": "Smith"}}},
        {**span("disagreed"), "type": "direct", "speaker": None},
    ]
    pred = [
        # 5 shared tokens: 5/8 of the gold, 5/5 of the prediction -> matches at 0.3, not at 0.8.
        {**span("plan will work well for"), "speaker": {"name": "John Smith", "start": None, "end": None}},
        {**span("Jones"), "speaker": None},
    ]
    stats = doc_stats(TEXT, pred, gold)
    assert stats["matched@0.3"] == 1 and stats["matched@0.8"] == 0 and stats["matched@exact"] == 0
    assert stats["speaker_pairs"] == 1 and stats["speaker_correct"] == 1  # shared word "smith"
    out = aggregate([stats])
    assert out["precision@0.3"] == 0.5 and out["recall@0.3"] == 0.5 and out["f1@0.3"] == 0.5
    assert out["f1@0.8"] == 0.0
    assert out["speaker_accuracy"] == 1.0
    assert out["recall@0.3_by_type"] == {"indirect": 1.0, "direct": 0.0}


def test_exact_ignores_quote_marks_and_discontinuous_gold_uses_its_spans():
    text = '"We will win," he said, "and soon."'
    a, b = text.index("We"), text.index("and")
    gold = [{"spans": [[a, a + 11], [b, b + 9]], "start": a, "end": b + 9, "type": "direct"}]
    pred_exact = [{"spans": [[a - 1, a + 13], [b - 1, b + 10]], "start": a - 1, "end": b + 10}]
    pred_hull = [{"start": a, "end": b + 9}]  # also covers "he said": 5 of 7 tokens are gold
    assert doc_stats(text, pred_exact, gold)["matched@exact"] == 1
    hull = doc_stats(text, pred_hull, gold)
    assert hull["matched@exact"] == 0 and hull["matched@0.3"] == 1 and hull["matched@0.8"] == 0


def test_optional_gold_excuses_a_prediction_but_is_never_required():
    text = "He called it a 'total disaster' and left."
    optional = [span("total disaster", text)]
    stats = doc_stats(text, [span("total disaster", text)], [], optional)
    assert stats["pred@0.3"] == 0 and stats["gold"] == 0


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        ({"name": "he", "start": 0, "end": 2}, True),  # mention offsets overlap
        ({"name": "Jean Dupont", "start": 50, "end": 54}, True),  # shares "dupont"
        ({"name": "Marie", "start": 50, "end": 55}, False),
        (None, False),
    ],
)
def test_speaker_correct(pred, expected):
    gold = {"name": "Dupont", "mention": {"start": 0, "end": 6, "text": "Dupont"}}
    assert speaker_correct(pred, gold) is expected


def test_aggregate_of_nothing_is_undefined_not_zero():
    out = aggregate([doc_stats("Nothing quoted.", [], [])])
    assert out["f1@0.3"] is None and out["speaker_accuracy"] is None and out["speaker_name_exact"] is None


def test_the_canonical_name_must_be_the_gold_one_where_the_mention_overlap_is_enough_for_the_speaker():
    text = "По словам Марии Захаровой, переговоры зашли в тупик. По словам Пескова, всё спокойно."
    gold = [{"start": 27, "end": 51, "speaker": {"name": "Мария Захарова",
                                                 "mention": {"start": 10, "end": 25, "text": "Марии Захаровой"}}},
            {"start": 72, "end": 84, "speaker": {"name": "Дмитрий Песков",
                                                 "mention": {"start": 63, "end": 70, "text": "Пескова"}}}]
    pred = [{"start": 27, "end": 51, "speaker": {"name": "мария  захарова", "start": 10, "end": 25}},
            {"start": 72, "end": 84, "speaker": {"name": "Пескова", "start": 63, "end": 70}}]
    out = aggregate([doc_stats(text, pred, gold)])
    # Both speakers are right by their mentions; only the first is named as the reference names it (case and
    # spacing aside).
    assert out["speaker_accuracy"] == 1.0 and out["speaker_name_exact"] == 0.5
    assert same_name(None, {"name": "Дмитрий Песков"}) is False


@given(
    text=st.text(alphabet="ab é,“”", max_size=30),
    bounds=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=3),
)
def test_token_index_agrees_with_a_character_by_character_scan(text, bounds):
    spans = [(min(a, b), max(a, b)) for a, b in bounds]
    tokens = TokenIndex(text).spans
    naive = {i for i, (ts, te) in enumerate(tokens) for s, e in spans if any(s <= c < e for c in range(ts, te))}
    assert TokenIndex(text).positions(spans) == naive


def _independent_matches(text, pred, gold, theta):
    """The issue's definition written out naively: \\w+ tokens, position sets, greedy by overlap."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    sets = [[{i for i, (a, b) in enumerate(tokens) if a < e and s < b} for s, e in side] for side in (pred, gold)]
    candidates = sorted(
        (-len(p & g), i, j)
        for i, p in enumerate(sets[0])
        for j, g in enumerate(sets[1])
        if p & g and len(p & g) / len(g) >= theta and len(p & g) / len(p) >= theta
    )
    used_p, used_g = set(), set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


spans_strategy = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted).filter(lambda s: s[0] < s[1]), max_size=5)


@given(text=st.text(alphabet="ab cd,.", min_size=10, max_size=60), pred=spans_strategy, gold=spans_strategy)
def test_matches_agree_with_an_independent_naive_scorer(text, pred, gold):
    stats = doc_stats(text, [{"start": s, "end": e} for s, e in pred], [{"start": s, "end": e} for s, e in gold])
    for name, theta in (("0.3", 0.3), ("0.8", 0.8), ("exact", 1.0)):
        assert stats[f"matched@{name}"] == _independent_matches(text, pred, gold, theta)
