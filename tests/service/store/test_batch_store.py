"""`wirecheck batch --store`: each analysed article stored once, across reruns and a kill -9 mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.batch.cli import batch_command
from service.config import get_settings
from service.store.store import ClaimStore
from tests.service.store.fakes import OtherEmbedder, numbered_article

ROOT = Path(__file__).resolve().parents[3]
ANALYZER = "tests.service.store.fakes:make_claims_analyzer"
CLAIMS_PER_ARTICLE = 3


def _folder(tmp_path: Path, count: int) -> Path:
    """``count`` articles, and one more file repeating the first text (same text, same stored article)."""
    root = tmp_path / "in"
    root.mkdir()
    for n in range(count):
        (root / f"a{n:02d}.txt").write_text(numbered_article(n, CLAIMS_PER_ARTICLE)[0])
    (root / "copy_of_a00.txt").write_text(numbered_article(0, CLAIMS_PER_ARTICLE)[0])
    return root


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]


def _run(root: Path, out: Path, *args: object):
    return CliRunner().invoke(batch_command, [str(root), "--out", str(out), "--analyzer", ANALYZER, *map(str, args)])


def _assert_each_article_once(url: str, count: int) -> None:
    with ClaimStore.open(url) as store:
        assert store.counts() == {"articles": count, "claims": count * CLAIMS_PER_ARTICLE, "reviews": 0}
        ids = [hit.claim.article_id for hit in store.search(limit=1000)]
        # Every stored article is whole: all its claims or none (one transaction each).
        assert all(ids.count(article_id) == CLAIMS_PER_ARTICLE for article_id in set(ids))


def test_batch_store_records_each_article_id_and_a_rerun_reuses_them(store_url, tmp_path):
    root = _folder(tmp_path, 6)
    first = _run(root, tmp_path / "one.jsonl", "--workers", 1, "--store", store_url)
    assert first.exit_code == 0, first.output
    records = {r["path"]: r for r in _records(tmp_path / "one.jsonl")}
    assert records["copy_of_a00.txt"]["article_id"] == records["a00.txt"]["article_id"]
    _assert_each_article_once(store_url, 6)

    again = _run(root, tmp_path / "two.jsonl", "--workers", 1, "--store", store_url)
    assert again.exit_code == 0, again.output
    assert {r["path"]: r["article_id"] for r in _records(tmp_path / "two.jsonl")} == {
        path: record["article_id"] for path, record in records.items()
    }
    _assert_each_article_once(store_url, 6)


def test_batch_store_alone_uses_the_setting_and_says_when_there_is_none(tmp_path, monkeypatch):
    root = _folder(tmp_path, 2)
    monkeypatch.delenv("WIRECHECK_STORE_URL", raising=False)
    get_settings.cache_clear()
    missing = _run(root, tmp_path / "out.jsonl", "--store")
    assert missing.exit_code == 2 and "WIRECHECK_STORE_URL" in missing.output
    url = f"sqlite:///{tmp_path}/claims.db"
    monkeypatch.setenv("WIRECHECK_STORE_URL", url)
    get_settings.cache_clear()
    try:
        assert _run(root, tmp_path / "out.jsonl", "--workers", 1, "--store").exit_code == 0
    finally:
        get_settings.cache_clear()
    _assert_each_article_once(url, 2)


def test_a_store_the_workers_cannot_use_stops_the_run_before_any_record(store_url, tmp_path):
    ClaimStore.open(store_url, OtherEmbedder()).close()
    out = tmp_path / "out.jsonl"
    result = _run(_folder(tmp_path, 2), out, "--workers", 1, "--store", store_url)
    assert result.exit_code == 1 and "encoder 'other'" in result.output
    assert out.read_text() == ""


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_during_a_storing_batch_then_rerun_stores_each_article_exactly_once(store_url, tmp_path, workers):
    count = 30
    root = _folder(tmp_path, count)
    out = tmp_path / "out.jsonl"
    code = (
        "from service.batch.cli import batch_command; batch_command("
        f"[{str(root)!r}, '--out', {str(out)!r}, '--workers', '{workers}', '--store', {store_url!r}, "
        f"'--analyzer', {ANALYZER!r}])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRECHECK_FAKE_DELAY": "0.1"}
    # Its own session, so the finally clause can kill the whole tree (pool workers included) at once.
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 1:
                with ClaimStore.open(store_url) as store:
                    stored = store.counts()["articles"]
                if stored >= 5:
                    break
            time.sleep(0.05)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    assert 5 <= stored < count, "the kill should land mid-run, after some articles are stored"
    # And as if the kill had come between an article's commit and its record: drop the last record.
    lines = out.read_bytes().splitlines(keepends=True)
    complete = [line for line in lines if line.endswith(b"\n")]
    out.write_bytes(b"".join(complete[:-1]))

    result = _run(root, out, "--workers", 1, "--store", store_url)
    assert result.exit_code == 0, result.output
    records = _records(out)
    assert sorted({r["path"] for r in records}) == sorted(p.name for p in root.iterdir())
    assert all("error" not in r for r in records)
    by_path = {r["path"]: r["article_id"] for r in records}
    assert by_path["copy_of_a00.txt"] == by_path["a00.txt"]
    _assert_each_article_once(store_url, count)


@pytest.mark.ray
def test_ray_actors_store_the_articles_too(store_url, tmp_path):
    pytest.importorskip("ray")
    root = _folder(tmp_path, 4)
    result = _run(root, tmp_path / "out.jsonl", "--engine", "ray", "--workers", 2, "--store", store_url)
    assert result.exit_code == 0, result.output
    assert all("article_id" in r for r in _records(tmp_path / "out.jsonl"))
    _assert_each_article_once(store_url, 4)
