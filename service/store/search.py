"""Claim search: by meaning when there is query text, else the newest; filtered by speaker, language, time."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import numpy as np

from service.store.db import Session, placeholders
from service.store.records import ClaimHit
from service.store.rows import CLAIM_SELECT, chunks, claim_from_row, fetch_claims, fetch_vectors
from service.store.speakers import search_word, speaker_matches
from service.store.values import fold, like_contains, since_iso
from service.store.vectors import VectorIndex

# A filter that leaves at most this many claims is ranked exactly, by reading their vectors: a rare
# speaker's claims are then never lost below the index's nearest neighbours of other speakers.
_EXACT_MAX = 5000


def search_claims(
    session: Session,
    index: VectorIndex | None,
    vector: np.ndarray | None,
    speaker: str | None,
    language: str | None,
    since: date | datetime | str | None,
    limit: int,
) -> list[ClaimHit]:
    conditions, params = _filters(speaker, language, since)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    if speaker and search_word(speaker):
        return _among(session, index, _speaker_ids(session, where, params, speaker), vector, limit)
    if vector is None:
        rows = session.all(f"{CLAIM_SELECT}{where} ORDER BY c.id DESC LIMIT ?", [*params, limit])
        return [ClaimHit(claim_from_row(row), None) for row in rows]
    if index is None or not len(index):
        return []
    if conditions:
        ids = [
            row[0]
            for row in session.all(
                f"SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id{where} LIMIT ?",
                [*params, _EXACT_MAX + 1],
            )
        ]
        if len(ids) <= _EXACT_MAX:
            return _rank_exactly(session, ids, vector, limit, index.dim)
    wanted = 4 * limit + 16
    while True:
        hits = index.search(vector, wanted)[0]
        found = _keep_matching(session, hits, conditions, params)
        if len(found) >= limit or len(hits) < wanted:
            return found[:limit]
        wanted *= 4


def _filters(
    speaker: str | None, language: str | None, since: date | datetime | str | None
) -> tuple[list[str], list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    # Folded (no accents, lower case) like speaker_key. Only the query's last word: every speaker
    # speaker_matches keeps has it, and that finer match (titles left out) is made in Python. A query
    # with no letters ('100%') is looked for as it is.
    word = (search_word(speaker) or fold(speaker)) if speaker else ""
    if word:
        conditions.append("c.speaker_key LIKE ? ESCAPE '\\'")
        params.append(like_contains(word))
    if language:
        conditions.append("c.language = ?")
        params.append(language.lower())
    if since:
        conditions.append("a.created_at >= ?")
        params.append(since_iso(since))
    return conditions, params


def _speaker_ids(session: Session, where: str, params: list[Any], speaker: str) -> list[int]:
    """The ids, newest first, of the claims the database's pre-filter keeps and whose speaker matches."""
    rows = session.all(
        "SELECT c.id, c.speaker_name, c.speaker_mention, c.language FROM claims c "
        f"JOIN articles a ON a.id = c.article_id{where} ORDER BY c.id DESC",
        params,
    )
    return [row[0] for row in rows if speaker_matches(speaker, row[1], row[2], row[3])]


def _among(
    session: Session, index: VectorIndex | None, ids: list[int], vector: np.ndarray | None, limit: int
) -> list[ClaimHit]:
    """Search restricted to ``ids`` (newest first): the newest of them, or the most similar."""
    if vector is None:
        claims = fetch_claims(session, ids[:limit])
        return [ClaimHit(claims[cid], None) for cid in ids[:limit] if cid in claims]
    if index is None or not len(index) or not ids:
        return []
    if len(ids) <= _EXACT_MAX:
        return _rank_exactly(session, ids, vector, limit, index.dim)
    allowed = set(ids)
    wanted = 4 * limit + 16
    while True:
        hits = index.search(vector, wanted)[0]
        kept = [(cid, sim) for cid, sim in hits if cid in allowed]
        found = _keep_matching(session, kept, [], [])
        if len(found) >= limit or len(hits) < wanted:
            return found[:limit]
        wanted *= 4


def _rank_exactly(session: Session, ids: list[int], vector: np.ndarray, limit: int, dim: int) -> list[ClaimHit]:
    vectors = fetch_vectors(session, ids, dim)
    if not vectors:
        return []
    order = list(vectors)
    scores = np.stack([vectors[i] for i in order]) @ vector
    best = np.argsort(-scores, kind="stable")[:limit]
    claims = fetch_claims(session, [order[i] for i in best])
    return [
        ClaimHit(claims[order[i]], round(min(float(scores[i]), 1.0), 4)) for i in best if order[i] in claims
    ]


def _keep_matching(
    session: Session, hits: list[tuple[int, float]], conditions: list[str], params: list[Any]
) -> list[ClaimHit]:
    if not hits:
        return []
    ids = [claim_id for claim_id, _ in hits]
    if conditions:
        allowed: set[int] = set()
        for chunk in chunks(ids):
            query = "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN "
            query += f"({placeholders(len(chunk))}) AND {' AND '.join(conditions)}"
            allowed.update(row[0] for row in session.all(query, [*chunk, *params]))
        ids = [claim_id for claim_id in ids if claim_id in allowed]
    claims = fetch_claims(session, ids)
    return [ClaimHit(claims[cid], round(min(sim, 1.0), 4)) for cid, sim in hits if cid in claims]
