import pytest

from eval.metrics.summaries import aggregate, doc_stats, fact_recalled, rouge


def test_rouge_hand_computed():
    # unigrams: 3 shared of 4 each -> 0.75; bigrams "the cat", "cat sat": 2 of 3 -> 2/3; LCS 3 -> 0.75
    scores = rouge("the cat sat down", "the cat sat up")
    assert scores["rouge1"] == pytest.approx(0.75)
    assert scores["rouge2"] == pytest.approx(2 / 3)
    assert scores["rougeL"] == pytest.approx(0.75)


def test_rouge_counts_non_ascii_words():
    # rouge-score's default tokenizer would reduce both to nothing and score 0.
    assert rouge("Élysée réfute", "l'Élysée réfute")["rouge1"] == pytest.approx(2 * 2 / 5)
    assert rouge("قال الرئيس", "قال الوزير")["rouge1"] == pytest.approx(0.5)


def test_fact_recalled_needs_every_group():
    facts = [["Macron", "président"], ["3 %", "trois pour cent"]]
    assert fact_recalled("Le PRÉSIDENT annonce trois pour cent.", facts)
    assert not fact_recalled("Macron annonce une hausse.", facts)


def test_doc_stats_and_aggregate():
    a = doc_stats("the cat sat down", "the cat sat up", [{"keywords": [["cat"]]}, {"keywords": [["dog"]]}])
    b = doc_stats("a b", None, [{"keywords": [["a"]]}])
    out = aggregate([a, b])
    assert out["rouge1"] == pytest.approx(0.75)  # only the document with a reference
    assert out["key_fact_recall"] == pytest.approx(2 / 3)
    assert out["length_words"] == 3.0 and out["reference_length_words"] == 4.0
