"""Claim store fixtures: every store test runs on SQLite, and on PostgreSQL when a server is given."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from service.store.store import ClaimStore
from tests.conftest import FakeEmbedder

POSTGRES_ENV = "WIRECHECK_TEST_POSTGRES_URL"
NO_POSTGRES = f"no PostgreSQL: set {POSTGRES_ENV} to a server's URL (.ci/run starts a throwaway one and sets it)"


def postgres_schema_url(base: str, schema: str) -> str:
    """``base`` with every connection's search_path set to ``schema``: one test's tables, apart from the rest."""
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty store's URL in each dialect."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/claims.db"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(NO_POSTGRES)
    import psycopg

    schema = f"wc_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield postgres_schema_url(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_url) -> Iterator[ClaimStore]:
    with ClaimStore.open(store_url, FakeEmbedder()) as opened:
        yield opened
