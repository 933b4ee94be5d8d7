"""Versioned migrations, applied when a store opens; ``schema_version`` records which have run."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from service.store.db import Database, Session
from service.store.errors import StoreTooNew
from service.store.values import now_iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    # DDL with {id} and {blob} filled in by the dialect (service/store/dialect.py).
    statements: tuple[str, ...]


# Append only: a released migration never changes, a new version follows it.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, claims with embeddings, deletion log, ClaimReview records, encoder metadata",
        (
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            # Times are ISO 8601 UTC text in both dialects: one code path, and text order is time order.
            """CREATE TABLE articles (
                id {id},
                sha256 TEXT NOT NULL UNIQUE,
                language TEXT NOT NULL,
                source TEXT,
                title TEXT,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_created_at ON articles (created_at)",
            # start/end are reserved words, hence start_char/end_char; speaker_key is the folded
            # "name | mention" that speaker search matches as a substring.
            """CREATE TABLE claims (
                id {id},
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                type TEXT NOT NULL,
                cue TEXT,
                speaker_name TEXT,
                speaker_mention TEXT,
                speaker_key TEXT NOT NULL,
                language TEXT NOT NULL,
                embedding {blob} NOT NULL
            )""",
            "CREATE INDEX claims_article ON claims (article_id)",
            "CREATE INDEX claims_language ON claims (language)",
            # Every claim id a delete removed, in commit order: other processes' vector indexes read
            # it to drop those vectors (the rows themselves are gone by then).
            "CREATE TABLE claim_deletions (seq {id}, claim_id BIGINT NOT NULL)",
            # review_key: sha256 of url and claim_reviewed; a unique index on long texts would hit
            # PostgreSQL's btree row limit.
            """CREATE TABLE reviews (
                id {id},
                review_key TEXT NOT NULL UNIQUE,
                claim_reviewed TEXT NOT NULL,
                rating TEXT,
                rating_value DOUBLE PRECISION,
                publisher TEXT,
                url TEXT,
                date_published TEXT,
                language TEXT,
                claimant TEXT,
                created_at TEXT NOT NULL,
                embedding {blob} NOT NULL
            )""",
        ),
    ),
)
LATEST = MIGRATIONS[-1].version


def migrate(db: Database) -> int:
    """Bring the store to LATEST; safe when several processes open it at once. Returns the version."""
    # The write transaction's lock makes a second process wait, then find the work done.
    with db.write() as session:
        session.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
        current = session.scalar("SELECT MAX(version) FROM schema_version") or 0
        if current > LATEST:
            raise StoreTooNew(
                f"the store {db.url.shown} has schema version {current}, newer than this wirecheck knows "
                f"({LATEST}); upgrade wirecheck to open it"
            )
        for migration in MIGRATIONS:
            if migration.version > current:
                _apply(session, migration)
    return max(current, LATEST)


def _apply(session: Session, migration: Migration) -> None:
    log.info("claim store: applying migration %d (%s)", migration.version, migration.description)
    dialect = session.dialect
    for statement in migration.statements:
        session.execute(statement.format(id=dialect.id, blob=dialect.blob))
    session.execute(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (migration.version, now_iso())
    )
