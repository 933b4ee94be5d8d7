"""Runs batch items on Ray actors (models loaded once per actor), on a local Ray or an existing cluster."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from service.batch.engines.local import WORKER_DIED
from service.batch.records import error_record
from service.batch.task import (
    Analyze,
    BatchItem,
    SetupFailed,
    StoreFailed,
    limit_threads,
    load_analyzer,
    open_worker_store,
    process_item,
)

RAY_HINT = "the Ray engine needs Ray, which is not installed: pip install 'wirecheck[ray]'"


class RayMissing(Exception):
    """Ray is not importable; the message says how to install the extra."""


def import_ray():
    """Import Ray quietly: no usage stats and no token file under the home folder."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    try:
        import ray
    except ImportError as exc:
        raise RayMissing(RAY_HINT) from exc
    return ray


class BatchActor:
    """A Ray actor holding one analyzer; a setup failure is reported by ``ready``, not by dying."""

    def __init__(self, analyzer: str, store_url: str | None = None) -> None:
        self._error: str | None = None
        self._analyze: Analyze | None = None
        self._store = None
        limit_threads(1)  # each actor reserves one CPU
        try:
            analyze = load_analyzer(analyzer)
            # Each actor writes its articles itself: a PostgreSQL store is reachable from every machine.
            self._store = open_worker_store(store_url, analyze)
            self._analyze = analyze
        except SetupFailed as exc:
            self._error = str(exc)

    def ready(self) -> str | None:
        return self._error

    def process(self, item: BatchItem) -> dict:
        # A replacement actor whose setup failed answers each file with that failure, not a TypeError.
        if self._analyze is None:
            return error_record(item.path, item.sha256, f"internal error: {self._error}")
        return process_item(item, self._analyze, store=self._store)


class RayEngine:
    """Same records as the local engine; the driver reads the files, so workers need no shared disk."""

    def __init__(
        self, analyzer: str, workers: int | None, address: str | None = None, store_url: str | None = None
    ) -> None:
        self.analyzer = analyzer
        self.workers = workers
        self.address = address
        self.store_url = store_url

    def run(self, items: Iterable[BatchItem], emit: Callable[[dict], None]) -> None:
        ray = import_ray()
        with self._session(ray) as workers:
            make_actor = ray.remote(num_cpus=1)(BatchActor).remote
            actors = [make_actor(self.analyzer, self.store_url) for _ in range(workers)]
            problems = [p for p in ray.get([a.ready.remote() for a in actors]) if p]
            if problems:
                raise SetupFailed(problems[0])
            self._dispatch(ray, iter(items), actors, lambda: make_actor(self.analyzer, self.store_url), emit)

    def _dispatch(self, ray, items: Iterator[BatchItem], idle: list, make_actor, emit) -> None:
        # One item per actor at a time: a dead actor then takes exactly one file's record with it.
        inflight: dict = {}
        while True:
            while idle:
                item = next(items, None)
                if item is None:
                    break
                actor = idle.pop()
                inflight[actor.process.remote(item)] = (actor, item)
            if not inflight:
                return
            ready, _ = ray.wait(list(inflight), num_returns=1)
            for ref in ready:
                actor, item = inflight.pop(ref)
                try:
                    record = ray.get(ref)
                except StoreFailed:
                    # Ray re-raises an actor's exception as an instance of its class too; a store failure
                    # stops the run as in the local engine, so a rerun stores the file.
                    raise
                except ray.exceptions.RayActorError:
                    record = error_record(item.path, item.sha256, WORKER_DIED)
                    actor = make_actor()
                except ray.exceptions.RayError as exc:
                    record = error_record(item.path, item.sha256, f"internal error: {type(exc).__name__}")
                idle.append(actor)
                emit(record)

    @contextmanager
    def _session(self, ray) -> Iterator[int]:
        if ray.is_initialized():
            # Someone (a notebook, a test) already connected; use their Ray and leave it running.
            yield self.workers or int(ray.cluster_resources().get("CPU", 1))
            return
        quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
        temp_dir = None
        if self.address:
            ray.init(address=self.address, **quiet)
        else:
            # A short private temp dir: Ray's socket paths must fit in 107 bytes, and nothing is left behind.
            temp_dir = tempfile.mkdtemp(prefix="wcray-")
            ray.init(
                num_cpus=self.workers or len(os.sched_getaffinity(0)),
                include_dashboard=False,
                _temp_dir=temp_dir,
                # Local workers must import this checkout even when it is not pip-installed.
                runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}},
                **quiet,
            )
        try:
            yield self.workers or int(ray.cluster_resources().get("CPU", 1))
        finally:
            ray.shutdown()
            if temp_dir:
                shutil.rmtree(temp_dir, ignore_errors=True)
