"""Reading claims and reviews back: the SELECTs and the mapping of their rows to records."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from service.store.db import Row, Session, placeholders
from service.store.records import StoredClaim, StoredReview
from service.store.values import from_blobs

# A claim with its article's source, title and time; callers append WHERE / ORDER BY.
CLAIM_SELECT = (
    "SELECT c.id, c.article_id, c.position, c.text, c.start_char, c.end_char, c.type, c.cue, "
    "c.speaker_name, c.speaker_mention, c.language, a.source, a.title, a.created_at "
    "FROM claims c JOIN articles a ON a.id = c.article_id"
)
REVIEW_SELECT = (
    "SELECT id, claim_reviewed, rating, rating_value, publisher, url, date_published, language, claimant "
    "FROM reviews"
)
# Ids per IN list: far below SQLite's 32,766 bound variables and PostgreSQL's 65,535.
_IN_CHUNK = 900


def claim_from_row(row: Row) -> StoredClaim:
    return StoredClaim(*row)


def review_from_row(row: Row) -> StoredReview:
    return StoredReview(*row)


def fetch_claims(session: Session, ids: Iterable[int]) -> dict[int, StoredClaim]:
    """The claims that still exist among ``ids`` (a vector index may hold ids deleted a moment ago)."""
    found: dict[int, StoredClaim] = {}
    for chunk in chunks(ids):
        query = f"{CLAIM_SELECT} WHERE c.id IN ({placeholders(len(chunk))})"
        found.update((row[0], claim_from_row(row)) for row in session.all(query, chunk))
    return found


def fetch_reviews(session: Session, ids: Iterable[int]) -> dict[int, StoredReview]:
    found: dict[int, StoredReview] = {}
    for chunk in chunks(ids):
        query = f"{REVIEW_SELECT} WHERE id IN ({placeholders(len(chunk))})"
        found.update((row[0], review_from_row(row)) for row in session.all(query, chunk))
    return found


def fetch_vectors(session: Session, ids: list[int], dim: int) -> dict[int, np.ndarray]:
    """Stored claim embeddings by id."""
    found: dict[int, np.ndarray] = {}
    for chunk in chunks(ids):
        rows = session.all(f"SELECT id, embedding FROM claims WHERE id IN ({placeholders(len(chunk))})", chunk)
        matrix = from_blobs([row[1] for row in rows], dim)
        found.update((row[0], matrix[i]) for i, row in enumerate(rows))
    return found


def chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    """Distinct ids, in order, in lists short enough for one IN (...)."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _IN_CHUNK):
        yield unique[start : start + _IN_CHUNK]
