import json
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

from service.batch.engines.local import WORKER_DIED, LocalEngine
from service.batch.records import sha256_hex
from service.batch.task import BatchItem, load_analyzer, process_item

CRASHING = "tests.service.batch.fakes:make_crashing_analyzer"


def _items(texts: dict[str, str]) -> list[BatchItem]:
    return [BatchItem(path, sha256_hex(t.encode()), t.encode()) for path, t in texts.items()]


def _run(engine: LocalEngine, items: list[BatchItem]) -> dict[str, dict]:
    records: list[dict] = []
    engine.run(items, records.append)
    assert len(records) == len(items)
    return {r["path"]: {k: v for k, v in r.items() if k != "seconds"} for r in records}


def test_pool_gives_the_same_records_as_in_process():
    items = _items({f"a{i}.txt": f"Article {i} text." for i in range(8)} | {"x.txt": "EXPLODE"})
    assert _run(LocalEngine(CRASHING, 2), items) == _run(LocalEngine(CRASHING, 1), items)


def test_a_file_that_kills_its_worker_is_blamed_alone_and_the_run_goes_on():
    texts = {f"a{i}.txt": f"Article {i} text." for i in range(10)}
    texts["a4.txt"] = "this one will CRASH the worker"
    records = _run(LocalEngine(CRASHING, 2), _items(texts))
    assert records["a4.txt"]["error"] == WORKER_DIED
    assert all("error" not in r for path, r in records.items() if path != "a4.txt"), json.dumps(records)


class _SyncPool:
    """Runs each item at submit; 'CRASH' breaks it, as a dead worker breaks a ProcessPoolExecutor."""

    def __init__(self) -> None:
        self.broken = False

    def submit(self, fn, item):
        if self.broken:
            raise BrokenProcessPool("A child process terminated abruptly")
        future = Future()
        if b"CRASH" in (item.data or b""):
            self.broken = True
            future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
        else:
            future.set_result(process_item(item, load_analyzer(CRASHING)))
        return future

    def shutdown(self, **_kwargs) -> None:
        pass


def test_a_pool_found_broken_at_submit_loses_and_repeats_no_file(monkeypatch):
    engine = LocalEngine(CRASHING, 2)
    monkeypatch.setattr(engine, "_make_pool", _SyncPool)
    texts = {f"a{i}.txt": f"Article {i} text." for i in range(9)}
    texts["a2.txt"] = "CRASH"
    records = _run(engine, _items(texts))
    assert sorted(records) == sorted(texts)
    assert [path for path, r in records.items() if "error" in r] == ["a2.txt"]
    assert records["a2.txt"]["error"] == WORKER_DIED
