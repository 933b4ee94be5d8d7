"""Runs batch items in this process (one worker) or in a process pool that loads models once per worker."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from service.batch.records import error_record
from service.batch.task import (
    Analyze,
    BatchItem,
    SetupFailed,
    limit_threads,
    load_analyzer,
    open_worker_store,
    process_item,
)

WORKER_DIED = "worker process died while analyzing this file (crash or out of memory)"

# Per worker process: built once by the initializer, then reused for every item it gets.
_analyze: Analyze | None = None
_setup_error: str | None = None
_timeout_s: float | None = None
_store = None  # the claim store of ``batch --store``, opened once per worker


def _exit_with_parent(parent: int) -> None:
    # A pool worker outlives a parent killed by SIGKILL or SIGTERM, blocked on its queue, holding a
    # gigabyte of models; polling the parent id is portable and costs nothing.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _init_worker(spec: str, threads: int, timeout_s: float | None = None, store_url: str | None = None) -> None:
    global _analyze, _setup_error, _timeout_s, _store
    _timeout_s = timeout_s
    # Ctrl-C belongs to the parent, which stops the pool in order; workers should not die mid-record.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    limit_threads(threads)
    try:
        analyze = load_analyzer(spec)
        _store = open_worker_store(store_url, analyze)
        _analyze = analyze
    except SetupFailed as exc:
        # Raised from the initializer it would only show as an anonymous broken pool; keep it for _work.
        _setup_error = str(exc)


def _work(item: BatchItem) -> dict:
    if _analyze is None:
        raise SetupFailed(_setup_error or "the worker has no analyzer")
    return process_item(item, _analyze, _timeout_s, _store)


class LocalEngine:
    """One machine: in-process for one worker, else a spawn-based pool with crash isolation."""

    def __init__(
        self, analyzer: str, workers: int, article_timeout_s: float | None = None, store_url: str | None = None
    ) -> None:
        self.analyzer = analyzer
        self.workers = max(1, workers)
        self.article_timeout_s = article_timeout_s
        self.store_url = store_url

    def run(self, items: Iterable[BatchItem], emit: Callable[[dict], None]) -> None:
        if self.workers == 1:
            analyze = load_analyzer(self.analyzer)
            store = open_worker_store(self.store_url, analyze)
            try:
                for item in items:
                    emit(process_item(item, analyze, self.article_timeout_s, store))
            finally:
                if store is not None:
                    store.close()
            return
        self._run_pool(iter(items), emit)

    def _make_pool(self) -> ProcessPoolExecutor:
        threads = max(1, len(os.sched_getaffinity(0)) // self.workers)
        return ProcessPoolExecutor(
            max_workers=self.workers,
            # spawn, not fork: a forked copy of a parent holding native thread pools can deadlock.
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.analyzer, threads, self.article_timeout_s, self.store_url),
        )

    def _run_pool(self, items, emit: Callable[[dict], None]) -> None:
        retry: deque[BatchItem] = deque()
        # After a crash the suspects rerun one at a time, so only the file that kills a worker is blamed.
        isolate = 0
        while True:
            pool = self._make_pool()
            inflight: dict[Future, BatchItem] = {}
            crashed: list[BatchItem] = []
            broken = False
            try:
                while not broken:
                    limit = 1 if isolate else 2 * self.workers
                    while len(inflight) < limit:
                        item = retry.popleft() if retry else next(items, None)
                        if item is None:
                            break
                        try:
                            inflight[pool.submit(_work, item)] = item
                        except BrokenProcessPool:
                            # The pool noticed a dead worker first; this item never ran, so no blame.
                            retry.appendleft(item)
                            broken = True
                            break
                    if not inflight:
                        if broken:
                            break
                        return
                    done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                    if broken or any(isinstance(fut.exception(), BrokenProcessPool) for fut in done):
                        # Every pending future fails with the pool; collect the ones that did finish.
                        broken = True
                        done, _ = wait(inflight)
                    for fut in done:
                        item = inflight.pop(fut)
                        if isinstance(fut.exception(), BrokenProcessPool):
                            crashed.append(item)
                            continue
                        record = fut.result()  # SetupFailed propagates and stops the run
                        isolate = max(0, isolate - 1)
                        emit(record)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
            if isolate and len(crashed) == 1:
                emit(error_record(crashed[0].path, crashed[0].sha256, WORKER_DIED))
                isolate -= 1
            elif crashed:
                retry.extendleft(reversed(crashed))
                isolate = len(crashed)
