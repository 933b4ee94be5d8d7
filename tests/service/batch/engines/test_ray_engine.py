import sys

import pytest

from service.batch.engines.local import WORKER_DIED, LocalEngine
from service.batch.engines.ray_engine import RayEngine, RayMissing, import_ray
from service.batch.records import sha256_hex
from service.batch.task import BatchItem

CRASHING = "tests.service.batch.fakes:make_crashing_analyzer"


def _run(engine, items: list[BatchItem]) -> dict[str, dict]:
    records: list[dict] = []
    engine.run(items, records.append)
    assert len(records) == len(items)
    return {r["path"]: {k: v for k, v in r.items() if k != "seconds"} for r in records}


@pytest.mark.ray
def test_ray_engine_gives_the_same_records_as_local():
    pytest.importorskip("ray")
    raws = {f"a{i}.txt": f"Article {i} says a thing.".encode() for i in range(6)}
    raws |= {"b.json": b'{"text": "Le texte.", "language": "fr"}', "bin.txt": b"\x00\x01",
             "empty.md": b"", "x.txt": b"EXPLODE", "c.txt": b"this one will CRASH its worker"}
    items = [BatchItem(path, sha256_hex(raw), raw) for path, raw in raws.items()]
    items.append(BatchItem("locked.txt", None, None, "unreadable: Permission denied"))
    via_ray = _run(RayEngine(CRASHING, workers=2), items)
    assert via_ray == _run(LocalEngine(CRASHING, 2), items)
    assert via_ray["c.txt"]["error"] == WORKER_DIED


def test_missing_ray_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(RayMissing, match=r"pip install 'wirecheck\[ray\]'"):
        import_ray()
