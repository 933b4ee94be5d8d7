import json
import sys

import pytest
from click.testing import CliRunner

from service.batch.cli import batch_command
from service.batch.engines.local import WORKER_DIED
from service.batch.engines.ray_engine import RayMissing, import_ray

CRASHING = "tests.service.batch.fakes:make_crashing_analyzer"


def _batch(root, out, *args: str) -> dict[str, dict]:
    result = CliRunner().invoke(batch_command, [str(root), "--out", str(out), "--analyzer", CRASHING, *args])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == len({r["path"] for r in records})
    return {r["path"]: {k: v for k, v in r.items() if k != "seconds"} for r in records}


@pytest.mark.ray
def test_ray_engine_gives_the_same_records_as_local(tmp_path):
    pytest.importorskip("ray")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(6):
        (root / f"a{i}.txt").write_text(f"Article {i} says a thing.")
    (root / "sub" / "b.json").write_text('{"text": "Le texte.", "language": "fr"}')
    (root / "bin.txt").write_bytes(b"\x00\x01")
    (root / "empty.md").write_bytes(b"")
    (root / "x.txt").write_text("EXPLODE")
    (root / "c.txt").write_text("this one will CRASH its worker")

    via_ray = _batch(root, tmp_path / "ray.jsonl", "--engine", "ray", "--workers", "2")
    assert via_ray == _batch(root, tmp_path / "local.jsonl", "--workers", "2")
    assert len(via_ray) == 11 and via_ray["c.txt"]["error"] == WORKER_DIED
    assert sum("error" in r for r in via_ray.values()) == 4


def test_missing_ray_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(RayMissing, match=r"pip install 'wirecheck\[ray\]'"):
        import_ray()


def test_the_cli_turns_missing_ray_into_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(batch_command, [str(tmp_path), "--out", str(tmp_path / "o.jsonl"), "--engine", "ray"])
    assert result.exit_code == 2 and "wirecheck[ray]" in result.output
