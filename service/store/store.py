"""ClaimStore: every stored article's claims, their relatives across articles and languages, and fact-checks.

One object per process, shared by threads: the database does the bookkeeping (one transaction per
write), and in-memory FAISS indexes, refreshed from the database before each search, do the
similarity (service/store/vectors.py).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from itertools import islice
from typing import Any

import numpy as np
from pydantic import BaseModel

from models.base import Embedder
from service.store import matching
from service.store.claimreview import ReviewRecord
from service.store.clauses import restated_polarity
from service.store.db import Database, Session, placeholders
from service.store.dialect import parse_store_url
from service.store.errors import ArticleNotFound, ClaimNotFound, EmbedderMissing, StoreEncoderMismatch
from service.store.ingest import as_mapping, claim_drafts, text_sha256
from service.store.records import ClaimHit, ClaimMatches, RelatedClaim, ReviewMatch, StoredClaim, StoredReview
from service.store.related import Query, facts_of, find_related
from service.store.rows import CLAIM_SELECT, claim_from_row, fetch_claims, fetch_reviews, fetch_vectors
from service.store.schema import migrate
from service.store.search import search_claims
from service.store.values import now_iso, storable, to_blob
from service.store.vectors import VectorIndex

log = logging.getLogger(__name__)

# Texts per encoder call: USE's speed flattens out past a few dozen sentences.
_EMBED_BATCH = 64
_REVIEW_CHUNK = 256
_REVIEW_CANDIDATES = 4  # reviews read per one answered, so those that do not apply leave room
_CLAIM_INSERT = (
    "INSERT INTO claims (article_id, position, text, start_char, end_char, type, cue, speaker_name, "
    "speaker_mention, speaker_key, language, embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_REVIEW_INSERT = (
    "INSERT INTO reviews (review_key, claim_reviewed, rating, rating_value, publisher, url, date_published, "
    "language, claimant, created_at, embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (review_key) DO NOTHING RETURNING id"
)


class ClaimStore:
    """Open with ``ClaimStore.open(url, embedder)``; the embedder may be None for work that embeds nothing."""

    def __init__(self, db: Database, embedder: Embedder | None, dim: int | None) -> None:
        self._db = db
        self._embedder = embedder
        self.dim = dim
        self._claims = VectorIndex("claims", dim, deletions="claim_deletions") if dim else None
        self._reviews = VectorIndex("reviews", dim) if dim else None

    @classmethod
    def open(cls, url: str, embedder: Embedder | None = None) -> ClaimStore:
        """Connect, migrate, check the encoder and load the vector indexes from the stored rows."""
        db = Database(parse_store_url(url))
        try:
            migrate(db)
            store = cls(db, embedder, _check_encoder(db, embedder))
            store._refresh()
        except BaseException:
            db.close()
            raise
        return store

    @property
    def url(self) -> str:
        return self._db.url.shown

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Writes: each is one transaction, so a crash leaves an article either whole or absent.

    def add_analysis(
        self,
        text: str,
        analysis: BaseModel | Mapping[str, Any],
        source: str | None = None,
        title: str | None = None,
    ) -> tuple[int, bool]:
        """Store an analysed article and its claims; ``(article_id, created)``, created False if already stored."""
        sha256 = text_sha256(text)
        with self._db.session() as session:
            existing = session.scalar("SELECT id FROM articles WHERE sha256 = ?", (sha256,))
        if existing is not None:
            return int(existing), False
        fields = as_mapping(analysis)
        drafts = claim_drafts(text, fields)
        # Embedding is the slow part; done before the transaction so writers hold the lock for milliseconds.
        vectors = self._embed([draft.embed_text for draft in drafts])
        language = str(fields.get("language") or "und")
        with self._db.write() as session:
            row = session.one(
                "INSERT INTO articles (sha256, language, source, title, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (sha256) DO NOTHING RETURNING id",
                (sha256, language, storable(source), storable(title), now_iso()),
            )
            if row is None:  # another writer stored the same text since our check
                return int(session.scalar("SELECT id FROM articles WHERE sha256 = ?", (sha256,))), False
            article_id = int(row[0])
            session.executemany(
                _CLAIM_INSERT,
                [
                    (article_id, d.position, d.text, d.start, d.end, d.type, d.cue, d.speaker_name,
                     d.speaker_mention, d.speaker_key, language, to_blob(vector))
                    for d, vector in zip(drafts, vectors)
                ],
            )
        return article_id, True

    def delete_article(self, article_id: int) -> int:
        """Delete an article and its claims (which leave every index and search); returns the claims removed."""
        with self._db.write() as session:
            if session.one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
                raise ArticleNotFound(f"no stored article with id {article_id}", {"article_id": article_id})
            removed = session.scalar("SELECT COUNT(*) FROM claims WHERE article_id = ?", (article_id,))
            # Logged before the cascade removes the rows: other processes drop these vectors from it.
            session.execute(
                "INSERT INTO claim_deletions (claim_id) SELECT id FROM claims WHERE article_id = ?", (article_id,)
            )
            session.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return int(removed)

    def import_reviews(self, records: Iterable[ReviewRecord]) -> int:
        """Store ClaimReview records, skipping any already stored (same URL and claim); returns how many are new."""
        added = 0
        iterator = iter(records)
        while chunk := list(islice(iterator, _REVIEW_CHUNK)):
            unique = {_review_key(r): r for r in chunk if r.claim_reviewed and r.claim_reviewed.strip()}
            with self._db.session() as session:
                known = {
                    row[0]
                    for row in session.all(
                        f"SELECT review_key FROM reviews WHERE review_key IN ({placeholders(len(unique))})",
                        list(unique),
                    )
                } if unique else set()
            new = [(key, r) for key, r in unique.items() if key not in known]
            vectors = self._embed([r.claim_reviewed for _, r in new])
            with self._db.write() as session:
                for (key, r), vector in zip(new, vectors):
                    row = session.one(
                        _REVIEW_INSERT,
                        (key, *map(storable, (r.claim_reviewed, r.rating)), r.rating_value,
                         *map(storable, (r.publisher, r.url, r.date_published, r.language, r.claimant)),
                         now_iso(), to_blob(vector)),
                    )
                    added += row is not None
        return added

    # Reads.

    def get_claim(self, claim_id: int) -> StoredClaim:
        with self._db.session() as session:
            row = session.one(f"{CLAIM_SELECT} WHERE c.id = ?", (claim_id,))
        if row is None:
            raise ClaimNotFound(f"no stored claim with id {claim_id}", {"claim_id": claim_id})
        return claim_from_row(row)

    def claims_of(self, article_id: int) -> list[StoredClaim]:
        """An article's stored claims in their order in the article."""
        with self._db.session() as session:
            rows = session.all(f"{CLAIM_SELECT} WHERE c.article_id = ? ORDER BY c.position", (article_id,))
        return [claim_from_row(row) for row in rows]

    def related(self, claim_id: int, k: int = 5) -> list[RelatedClaim]:
        """Claims from other articles that state the same thing (or contradict it), labelled, best first."""
        claim = self.get_claim(claim_id)
        return self._related([claim], k)[0]

    def related_to_text(
        self, text: str, language: str, speaker: str | None = None, k: int = 5, exclude_article: int | None = None
    ) -> list[RelatedClaim]:
        """Related stored claims for a claim that is not stored (``speaker``: who it is attributed to)."""
        vector = self._embed([text])[0]
        query = Query(matching.ClaimFacts(text, language, speaker), vector, article_id=exclude_article)
        return self._search_related([query], k)[0]

    def matches_for_article(self, article_id: int, k: int = 5) -> list[ClaimMatches]:
        """For each claim of a stored article: related claims elsewhere and matching fact-checks."""
        claims = self.claims_of(article_id)
        related = self._related(claims, k)
        return [ClaimMatches(claim, found, self.reviews_for(claim)) for claim, found in zip(claims, related)]

    def reviews_for(self, claim: StoredClaim | int, limit: int = 3) -> list[ReviewMatch]:
        """Fact-checks whose reviewed claim matches this one: cosine >= matching.REVIEW_MIN_SIMILARITY and
        no figure, date or negation of its own (``matching.review_applies``)."""
        if self._reviews is None:
            return []
        claim = self.get_claim(claim) if isinstance(claim, int) else claim
        facts = matching.ClaimFacts(claim.text, claim.language, claim.speaker_name)
        with self._db.session() as session:
            vector = fetch_vectors(session, [claim.id], self._reviews.dim).get(claim.id)
            if vector is None:
                raise ClaimNotFound(f"no stored claim with id {claim.id}", {"claim_id": claim.id})
            self._reviews.refresh(session)
            # More than asked for: a close review of "12 %" is left out for "5 %", and the next one may apply.
            hits = [(rid, sim) for rid, sim in self._reviews.search(vector, limit * _REVIEW_CANDIDATES)[0]
                    if sim >= matching.REVIEW_MIN_SIMILARITY]
            reviews = fetch_reviews(session, [rid for rid, _ in hits])
        applying = [
            ReviewMatch(reviews[rid], round(min(sim, 1.0), 4)) for rid, sim in hits
            if rid in reviews and self._review_applies(facts, _reviewed_facts(reviews[rid], claim.language), sim)
        ]
        return applying[:limit]

    def search(
        self,
        q: str | None = None,
        speaker: str | None = None,
        language: str | None = None,
        since: date | datetime | str | None = None,
        limit: int = 20,
    ) -> list[ClaimHit]:
        """Claims like ``q`` (most similar first), or the newest; filtered by speaker, language and time."""
        vector = self._embed([q])[0] if q and q.strip() else None
        if vector is not None:
            self._refresh()
        with self._db.session() as session:
            return search_claims(session, self._claims, vector, speaker, language, since, limit)

    def counts(self) -> dict[str, int]:
        with self._db.session() as session:
            return {
                table: int(session.scalar(f"SELECT COUNT(*) FROM {table}"))
                for table in ("articles", "claims", "reviews")
            }

    # Internals.

    def _related(self, claims: list[StoredClaim], k: int) -> list[list[RelatedClaim]]:
        if not claims or self._claims is None:
            return [[] for _ in claims]
        with self._db.session() as session:
            vectors = fetch_vectors(session, [claim.id for claim in claims], self._claims.dim)
        queries = [
            Query(facts_of(claim), vectors[claim.id], article_id=claim.article_id, claim_id=claim.id)
            for claim in claims
            if claim.id in vectors
        ]
        found = dict(zip((q.claim_id for q in queries), self._search_related(queries, k)))
        return [found.get(claim.id, []) for claim in claims]

    def _search_related(self, queries: list[Query], k: int) -> list[list[RelatedClaim]]:
        if self._claims is None:
            return [[] for _ in queries]
        index = self._claims
        with self._db.session() as session:
            index.refresh(session)
            embed = self._embed if self._embedder is not None else None
            return find_related(index, queries, k, lambda ids: fetch_claims(session, ids), embed)

    def _review_applies(self, claim: matching.ClaimFacts, reviewed: matching.ClaimFacts, similarity: float) -> bool:
        # The review rates the part of the quote it restates: "will return to 2%, and we will not raise VAT".
        if matching.review_applies(claim, reviewed, similarity):
            return True
        if self._embedder is None or similarity < matching.REVIEW_MIN_SIMILARITY:
            return False
        negated = restated_polarity(claim, reviewed, self._embed)
        return negated is not None and matching.review_applies(claim, reviewed, similarity, negated=negated)

    def _refresh(self) -> None:
        with self._db.session() as session:
            for index in (self._claims, self._reviews):
                if index is not None:
                    index.refresh(session)

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim or 0), dtype=np.float32)
        if self._embedder is None or self.dim is None:
            raise EmbedderMissing("the claim store needs the embedder for this, and none is loaded")
        parts = [self._embedder.embed(texts[i : i + _EMBED_BATCH]) for i in range(0, len(texts), _EMBED_BATCH)]
        vectors = np.asarray(np.vstack(parts), dtype=np.float32)
        if vectors.shape != (len(texts), self.dim):
            raise EmbedderMissing(f"the embedder gave vectors of shape {vectors.shape}, not (n, {self.dim})")
        # Unit length: the index's inner product is then the cosine.
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def open_store(url: str, embedder: Embedder | None = None) -> ClaimStore:
    return ClaimStore.open(url, embedder)


def _reviewed_facts(review: StoredReview, claim_language: str) -> matching.ClaimFacts:
    # A review without a language is read in the claim's: its figures and dates still compare.
    return matching.ClaimFacts(review.claim_reviewed, review.language or claim_language, review.claimant)


def _review_key(record: ReviewRecord) -> str:
    return hashlib.sha256(f"{record.url or ''}\n{record.claim_reviewed}".encode()).hexdigest()


def _embedder_dim(embedder: Embedder) -> int:
    dim = getattr(embedder, "dims", None) or getattr(embedder, "dim", None)
    return int(dim) if dim else int(embedder.embed(["dimension probe"]).shape[1])


def _check_encoder(db: Database, embedder: Embedder | None) -> int | None:
    """The store's vector size; records this encoder in a new store and refuses a different one."""
    with db.session() as session:
        meta = _meta(session)
    if embedder is None:
        return int(meta["dim"]) if "dim" in meta else None
    name, dim = embedder.name, _embedder_dim(embedder)
    if not meta:
        with db.write() as session:
            session.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                [("encoder", name), ("dim", str(dim))],
            )
            meta = _meta(session)  # a concurrent opener may have written first
    if (meta.get("encoder"), meta.get("dim")) != (name, str(dim)):
        raise StoreEncoderMismatch(
            f"the claim store {db.url.shown} holds embeddings from encoder {meta.get('encoder')!r} "
            f"({meta.get('dim')} dims), but this process embeds with {name!r} ({dim} dims); similarities "
            f"between the two mean nothing. Use the same encoder (WIRECHECK_EMBEDDER={meta.get('encoder')}) "
            "or another store.",
            {"store_encoder": meta.get("encoder"), "encoder": name},
        )
    return dim


def _meta(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.all("SELECT key, value FROM meta")}
