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

ROOT = Path(__file__).resolve().parents[3]
FAKE = "tests.service.batch.fakes:make_fake_analyzer"


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def _children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task").iterdir()
    return [int(child) for task in tasks for child in (task / "children").read_text().split()]


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _run(*args: str):
    return CliRunner().invoke(batch_command, [*map(str, args), "--analyzer", FAKE])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "wire").mkdir(parents=True)
    (root / "a.txt").write_text("The minister said the budget would pass.\n")
    (root / "wire" / "b.md").write_text("# Head\n\nA second article.\n")
    (root / "wire" / "c.json").write_text(json.dumps({"text": "Third one.", "language": "fr"}))
    (root / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.csv").write_text("not,an,article")
    return root


def test_good_binary_and_empty_files_each_get_one_record(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    result = _run(folder, "--out", out, "--workers", 1)
    assert result.exit_code == 0, result.output
    by_path = {r["path"]: r for r in _records(out)}
    assert sorted(by_path) == ["a.txt", "empty.txt", "photo.txt", "wire/b.md", "wire/c.json"]
    assert by_path["photo.txt"]["error"] == "binary file: contains NUL bytes"
    assert by_path["empty.txt"]["error"] == "empty file"
    assert by_path["wire/c.json"]["language"] == "fr"
    for path in ("a.txt", "wire/b.md", "wire/c.json"):
        wanted = {"sha256", "language", "summary", "claims", "artifacts", "checks", "seconds"}
        assert wanted <= set(by_path[path])
    assert result.output.splitlines()[-1].startswith("done 3, errors 2, ")


def test_rerun_skips_done_files_and_picks_up_new_and_edited_ones(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _run(folder, "--out", out, "--workers", 1).exit_code == 0
    (folder / "new.txt").write_text("A late article.")
    (folder / "a.txt").write_text("The minister now says the budget will fail.")
    result = _run(folder, "--out", out, "--workers", 1)
    assert result.exit_code == 0, result.output
    assert "done 2, errors 0, skipped 4 already in the output" in result.output
    assert [r["path"] for r in _records(out)][5:] == ["a.txt", "new.txt"]


def test_rerun_retries_timed_out_files_and_appends_the_record_that_supersedes_theirs(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECHECK_FAKE_DELAY", "0.3")
    root = tmp_path / "in"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        (root / name).write_text(f"Article {name} says something.")
    (root / "photo.txt").write_bytes(b"\x89PNG\x00\x00")
    out = tmp_path / "out.jsonl"
    slow = ["--analyzer", "tests.service.batch.fakes:make_slow_analyzer", "--workers", "1"]
    first = CliRunner().invoke(batch_command, [str(root), "--out", str(out), "--article-timeout", "0.05", *slow])
    assert first.exit_code == 0, first.output
    assert [r.get("code") for r in _records(out)] == ["timeout", "timeout", None]

    rerun = CliRunner().invoke(batch_command, [str(root), "--out", str(out), *slow])
    assert rerun.exit_code == 0, rerun.output
    assert "done 2, errors 0, skipped 1 already in the output" in rerun.output  # the binary file stays done
    last = {r["path"]: r for r in _records(out)}  # the last record per path is the one that counts
    assert "error" not in last["a.txt"] and "error" not in last["b.txt"]
    assert len(_records(out)) == 5


def test_a_relative_out_is_written_from_the_current_folder_as_the_help_says(folder, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = _run(folder, "--out", "o.jsonl", "--workers", 1)
    assert result.exit_code == 0, result.output
    assert len(_records(work / "o.jsonl")) == 5 and not (folder / "o.jsonl").exists()
    help_text = " ".join(CliRunner().invoke(batch_command, ["--help"]).output.split())
    assert "relative path is from the current folder, not DIR" in help_text


def test_glob_narrows_the_walk(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _run(folder, "--out", out, "--glob", "wire/*", "--workers", 1).exit_code == 0
    assert sorted(r["path"] for r in _records(out)) == ["wire/b.md", "wire/c.json"]


def test_a_glob_or_folder_without_articles_fails_naming_both_and_writes_nothing(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    result = _run(folder, "--out", out, "--glob", "*.nothing")
    assert result.exit_code == 1
    assert f"no .htm, .html, .json, .md, .txt file under {folder} matches --glob '*.nothing'" in result.stderr
    assert not out.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _run(empty, "--out", out)
    assert result.exit_code == 1 and f"file is under {empty}" in result.stderr


def test_usage_errors_exit_non_zero(folder, tmp_path):
    assert _run(tmp_path / "missing", "--out", tmp_path / "o.jsonl").exit_code == 2
    unwritable = _run(folder, "--out", tmp_path / "no-dir" / "o.jsonl")
    assert unwritable.exit_code == 2 and "cannot write" in unwritable.output
    assert _run(folder, "--out", tmp_path).exit_code == 2  # a folder, not a file
    assert _run(folder, "--out", tmp_path / "o.jsonl", "--address", "ray://x:1").exit_code == 2


def test_html_without_trafilatura_stops_before_writing_records(folder, tmp_path, monkeypatch):
    # Error records would be skipped by every rerun, even after the extra is installed.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (folder / "page.html").write_text("<html><body><p>Text.</p></body></html>")
    out = tmp_path / "out.jsonl"
    result = _run(folder, "--out", out)
    assert result.exit_code == 2 and "pip install 'trafilatura" in result.output
    assert out.read_text() == ""


def test_an_analyzer_that_cannot_load_stops_the_run_without_records(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        batch_command,
        [str(folder), "--out", str(out), "--analyzer", "tests.service.batch.fakes:make_broken_analyzer"],
    )
    assert result.exit_code == 1 and "no models here" in result.output
    assert out.read_text() == ""


def test_kill_9_mid_run_then_rerun_leaves_each_file_exactly_once(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for i in range(24):
        (root / f"a{i:02d}.txt").write_text(f"Article number {i} says something.")
    out = tmp_path / "out.jsonl"
    code = (
        "from service.batch.cli import batch_command; batch_command("
        f"[{str(root)!r}, '--out', {str(out)!r}, '--workers', '2', "
        "'--analyzer', 'tests.service.batch.fakes:make_slow_analyzer'])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRECHECK_FAKE_DELAY": "0.3"}
    # Own session, so that whatever happens the finally clause can reap the whole tree.
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.05)
        workers = _children(proc.pid)
        proc.kill()  # the parent only, as `kill -9 PID` would
        proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.1)
        assert workers and not any(_alive(pid) for pid in workers), "pool workers outlived their parent"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 24, "the kill should land mid-run"
    with out.open("ab") as fh:  # and as if the kill had torn a write in half
        fh.write(b'{"path": "a23.txt", "sha256": "ab')

    result = _run(root, "--out", out, "--workers", 1)
    assert result.exit_code == 0, result.output
    paths = [r["path"] for r in _records(out)]
    assert sorted(paths) == [f"a{i:02d}.txt" for i in range(24)]
    assert f"skipped {written} already in the output" in result.output


def test_real_pipeline_on_two_small_files(tmp_path, real_models, monkeypatch):
    pytest.importorskip("service.pipeline")
    from tests.service.batch import fakes

    monkeypatch.setattr(fakes, "SHARED_MODELS", real_models)
    root = tmp_path / "in"
    root.mkdir()
    (root / "en.txt").write_text(
        "Budget vote delayed\n\nThe finance minister said on Tuesday that the vote would be delayed. "
        '"We need more time to count," she told reporters in the capital. '
        "Opposition leaders called the delay a tactic and promised to fight it in parliament.\n"
    )
    (root / "fr.json").write_text(json.dumps({
        "title": "Le vote reporté",
        "text": "Le ministre des Finances a déclaré mardi que le vote serait reporté. "
                "« Nous avons besoin de plus de temps », a-t-il dit aux journalistes. "
                "L'opposition a dénoncé une manœuvre et promis de se battre au Parlement.",
    }))
    out = tmp_path / "out.jsonl"
    shared = "tests.service.batch.fakes:make_shared_pipeline_analyzer"
    args = [str(root), "--out", str(out), "--workers", "1", "--analyzer", shared]
    result = CliRunner().invoke(batch_command, args)
    assert result.exit_code == 0, result.output
    by_path = {r["path"]: r for r in _records(out)}
    assert sorted(by_path) == ["en.txt", "fr.json"]
    assert [by_path[p].get("error") for p in sorted(by_path)] == [None, None]
    assert (by_path["en.txt"]["language"], by_path["fr.json"]["language"]) == ("en", "fr")
    for record in by_path.values():
        assert record["summary"]["text"].strip()
        assert isinstance(record["claims"], list) and isinstance(record["checks"], list)
