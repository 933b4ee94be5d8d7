"""Opening a store: URLs, migrations (idempotent, concurrent), and the encoder the vectors came from."""

from __future__ import annotations

import multiprocessing

import pytest

from service.store.db import Database
from service.store.dialect import parse_store_url
from service.store.errors import BadStoreUrl, StoreEncoderMismatch, StoreTooNew
from service.store.schema import LATEST, migrate
from service.store.store import ClaimStore
from tests.conftest import FakeEmbedder
from tests.service.store.fakes import OtherEmbedder, open_and_close


def _versions(url: str) -> list[int]:
    db = Database(parse_store_url(url))
    try:
        with db.session() as session:
            return [row[0] for row in session.all("SELECT version FROM schema_version ORDER BY version")]
    finally:
        db.close()


def test_migrations_run_once_however_often_the_store_is_opened(store_url):
    for _ in range(3):
        ClaimStore.open(store_url, FakeEmbedder()).close()
    assert _versions(store_url) == list(range(1, LATEST + 1))


def test_processes_opening_a_new_store_at_once_all_succeed(store_url):
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    processes = [context.Process(target=open_and_close, args=(store_url, barrier)) for _ in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0, 0, 0]
    assert _versions(store_url) == list(range(1, LATEST + 1))


def test_a_store_made_with_another_encoder_is_refused_with_a_clear_message(store_url):
    ClaimStore.open(store_url, FakeEmbedder()).close()
    with pytest.raises(StoreEncoderMismatch, match=r"encoder 'fake' \(256 dims\).*'other' \(128 dims\)"):
        ClaimStore.open(store_url, OtherEmbedder())


def test_a_store_from_a_newer_wirecheck_is_refused(store_url):
    ClaimStore.open(store_url, FakeEmbedder()).close()
    db = Database(parse_store_url(store_url))
    with db.write() as session:
        session.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (LATEST + 1, "later"))
    with pytest.raises(StoreTooNew, match="upgrade wirecheck"):
        migrate(db)
    db.close()


@pytest.mark.parametrize("url", ["claims.db", "mysql://x/y", "sqlite://", "sqlite://host/x.db"])
def test_unknown_urls_are_refused_with_the_accepted_forms(url):
    with pytest.raises(BadStoreUrl, match="sqlite:///"):
        parse_store_url(url)


def test_sqlite_urls_follow_the_three_and_four_slash_rule(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert parse_store_url("sqlite:///data/claims.db").target == "data/claims.db"
    assert parse_store_url(f"sqlite:///{tmp_path}/x.db").target == f"{tmp_path}/x.db"
    assert (tmp_path / "data").is_dir()


def test_a_postgres_password_never_shows_in_messages():
    shown = parse_store_url("postgresql://wc:s3cret@db.example:5432/claims").shown
    assert "s3cret" not in shown and shown == "postgresql://wc:***@db.example:5432/claims"
