"""Related claims: nearest neighbours from the vector index, labelled at query time by service/store/matching.

Labels are never stored: they depend on the matching rules and thresholds, which improve, and on
both claims, either of which may be deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from service.store import matching
from service.store.clauses import Embed, restated_polarity
from service.store.records import RelatedClaim, StoredClaim
from service.store.vectors import VectorIndex

Fetch = Callable[[list[int]], dict[int, StoredClaim]]


@dataclass(frozen=True)
class Query:
    """A claim to find relatives of; candidates from ``article_id`` (its own article) are skipped."""

    facts: matching.ClaimFacts
    vector: np.ndarray
    article_id: int | None = None
    claim_id: int | None = None


def facts_of(claim: StoredClaim) -> matching.ClaimFacts:
    return matching.ClaimFacts(text=claim.text, language=claim.language, speaker=claim.speaker)


def find_related(index: VectorIndex, queries: list[Query], k: int, fetch: Fetch,
                 embed: Embed | None = None) -> list[list[RelatedClaim]]:
    """Up to ``k`` related claims per query, most similar first; one index search serves every query. With the
    store's encoder (``embed``), a quote whose parts disagree on negation is compared where it restates the other."""
    if not queries:
        return []
    vectors = np.stack([query.vector for query in queries])
    # Neighbours from the query's own article or below the relatedness cut take places in the top
    # list; ask for more than k, and widen until k are found or the rest is too dissimilar.
    wanted = 4 * k + 16
    while True:
        neighbours = index.search(vectors, wanted)
        claims = fetch([cid for hits in neighbours for cid, sim in hits if sim >= matching.RELATED_MIN_SIMILARITY])
        results = [_label(query, hits, claims, k, embed) for query, hits in zip(queries, neighbours)]
        unfinished = [
            hits for found, hits in zip(results, neighbours)
            if len(found) < k and len(hits) == wanted and hits[-1][1] >= matching.RELATED_MIN_SIMILARITY
        ]
        if not unfinished or wanted >= len(index):
            return results
        wanted *= 4


def _label(query: Query, hits: list[tuple[int, float]], claims: dict[int, StoredClaim], k: int,
           embed: Embed | None) -> list[RelatedClaim]:
    found: list[RelatedClaim] = []
    for claim_id, similarity in hits:
        if len(found) == k or similarity < matching.RELATED_MIN_SIMILARITY:
            break
        claim = claims.get(claim_id)
        if claim is None or claim_id == query.claim_id or claim.article_id == query.article_id:
            continue
        # Rounding noise can lift a self-match of identical unit vectors just above 1.
        similarity = min(similarity, 1.0)
        other = facts_of(claim)
        label = matching.label_pair(query.facts, other, similarity)
        if label == "conflicting" and embed is not None:
            # Only a conflict is worth the encoder's look at the quote's parts (it can only lift one).
            negated = restated_polarity(query.facts, other, embed)
            if negated is not None:
                label = matching.label_pair(query.facts, other, similarity, negated)
        if label is not None:
            found.append(RelatedClaim(claim, round(similarity, 4), label))
    return found
