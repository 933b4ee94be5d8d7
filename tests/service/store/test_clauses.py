"""Which part of a quote another claim restates (service/store/clauses.py), with invented quotes."""

from __future__ import annotations

import numpy as np

from service.store.clauses import parts_of, restated_polarity
from service.store.matching import ClaimFacts
from tests.service.store.articles import article

RETURN = "Inflation will return to 2 percent by the end of next year"
BOTH = RETURN + ", and we will not raise value-added tax"


def _by_words(texts: list[str]) -> np.ndarray:
    # Unit bag-of-words vectors: the part sharing the most words with the other claim is nearest.
    vocabulary = sorted({w for t in texts for w in t.lower().split()})
    rows = np.array([[t.lower().split().count(w) for w in vocabulary] for t in texts], dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_a_quote_splits_into_statements_and_short_phrases_join_their_neighbour():
    assert parts_of(BOTH) == [RETURN, "and we will not raise value-added tax"]
    assert parts_of("Inflation, the minister said, will not fall this year.") == [
        "Inflation the minister said will not fall this year."]
    assert parts_of("No.") == ["No."]


def test_a_negation_outside_the_restated_part_does_not_count():
    assert restated_polarity(ClaimFacts(RETURN, "en", "A"), ClaimFacts(BOTH, "en", "A"), _by_words) == (False, False)
    # The restated part is the negated one: the whole quotes decide, and they disagree.
    denial = ClaimFacts("We will not raise value-added tax, whatever the deficit says", "en", "A")
    assert restated_polarity(ClaimFacts("We will raise value-added tax", "en", "A"), denial, _by_words) is None
    # Both or neither negated, or one part only: the whole quotes decide.
    assert restated_polarity(ClaimFacts(RETURN, "en", "A"), ClaimFacts(RETURN, "en", "A"), _by_words) is None
    assert restated_polarity(ClaimFacts(RETURN, "en", "A"), ClaimFacts("It will not.", "en", "A"), _by_words) is None


def test_the_store_labels_a_restatement_of_one_half_of_a_quote_as_no_conflict(store):
    store.add_analysis(*article(("Anika Strand", RETURN)))
    article_id, _ = store.add_analysis(*article(("Anika Strand", BOTH)))
    [related] = store.related(store.claims_of(article_id)[0].id)
    assert related.label in ("corroborating", "paraphrase")
