"""One unit of batch work: the bytes of a file in, one record out; shared by every engine."""

from __future__ import annotations

import importlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.batch.inputs import Article, InputError, decode_article
from service.batch.records import error_record, ok_record
from service.errors import WirecheckError

if TYPE_CHECKING:
    from service.store.store import ClaimStore

log = logging.getLogger(__name__)

# analyze(text, *, language=None, title=None) -> dict with the Analysis fields.
Analyze = Callable[..., dict]
DEFAULT_ANALYZER = "service.batch.task:make_pipeline_analyzer"
# Batch scales by processes, one BLAS thread each (the embedder's default, ``use`` = ``use:1``):
# two workers with two spinning OpenBLAS threads each on two cores burned 3-6x the CPU per article
# (bench/bench_batch.py: 0.12 steady CPU s/article with one thread, 0.43-0.73 with two).
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


class SetupFailed(Exception):
    """The analyzer could not be built in a worker; every file would fail, so the run stops."""


class StoreFailed(SetupFailed):
    """Writing to the claim store failed: a database problem, not the file's, so the run stops.

    Recording an error instead would make a rerun skip the file, which would then never be stored.
    """


class ArticleTimeout(Exception):
    """One article ran past the per-article time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this thread after ``seconds`` (SIGALRM; main thread of a process only)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum, _frame):
        raise ArticleTimeout(f"timeout: the analysis took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True, slots=True)
class BatchItem:
    """A file as the driver read it; ``data`` is None when reading failed, with ``error`` saying why."""

    path: str
    sha256: str | None
    data: bytes | None
    error: str | None = None


def make_pipeline_analyzer() -> Analyze:
    """The real analyzer: the default backends, loaded once for this process."""
    from service.pipeline import make_pipeline

    return analyzer_for(make_pipeline())


class PipelineAnalyzer:
    """A ``service.pipeline.Pipeline`` in the batch analyzer shape; ``embedder`` lets --store reuse its encoder."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline

    @property
    def embedder(self):
        return self.pipeline.models.embedder

    def __call__(self, text: str, *, language: str | None = None, title: str | None = None) -> dict:
        return self.pipeline.analyze(text, language=language, title=title).model_dump(mode="json")


def analyzer_for(pipeline) -> Analyze:
    """Adapt a ``service.pipeline.Pipeline`` to the batch analyzer shape."""
    return PipelineAnalyzer(pipeline)


def open_worker_store(url: str | None, analyze: Analyze) -> ClaimStore | None:
    """The claim store for ``batch --store``, embedding with the analyzer's own encoder when it has one."""
    if not url:
        return None
    from service.store.store import ClaimStore

    try:
        # An analyzer without an encoder (a custom one) gets the configured embedder, loaded here.
        embedder = getattr(analyze, "embedder", None) or _configured_embedder()
        return ClaimStore.open(url, embedder)
    except Exception as exc:
        raise SetupFailed(f"could not open the claim store: {getattr(exc, 'message', None) or exc}") from exc


def _configured_embedder():
    from models.registry import make_backend
    from service.config import get_settings

    name = get_settings().embedder
    if not name:
        raise SetupFailed("batch --store needs an embedder, and WIRECHECK_EMBEDDER is empty")
    return make_backend(name)


def load_analyzer(spec: str) -> Analyze:
    """Build the analyzer named ``module:factory``; any failure becomes SetupFailed."""
    module_name, _, attr = spec.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
        return factory()
    except Exception as exc:
        raise SetupFailed(f"could not load the analyzer {spec!r}: {type(exc).__name__}: {exc}") from exc


def limit_threads(threads: int) -> None:
    """Cap native thread pools, so N workers on N cores do not fight; call before numpy/torch load."""
    for var in _THREAD_VARS:
        os.environ[var] = str(threads)


def process_item(
    item: BatchItem, analyze: Analyze, timeout_s: float | None = None, store: ClaimStore | None = None
) -> dict:
    """Decode and analyze one file; every failure of the file itself becomes an error record.

    ``timeout_s`` bounds one article's analysis: past it the record gets ``"code": "timeout"`` and
    the run goes on. The alarm interrupts Python code; a single C call (one regex match, one matrix
    product) finishes first, so the limit can overrun by that call's length.

    With a ``store`` the analysed article is stored (one transaction) before its record is returned,
    and the record carries ``article_id``. A run killed between the two analyses the file again on
    the rerun, and the store, keyed by the text's sha256, answers with the same article: each
    article is stored exactly once.
    """
    if item.data is None:
        return error_record(item.path, item.sha256, item.error or "unreadable")
    started = time.perf_counter()
    try:
        article = decode_article(item.path, item.data)
        with time_limit(timeout_s):
            analysis = analyze(article.text, language=article.language, title=article.title)
    except ArticleTimeout as exc:
        log.warning("analyzing %s: %s", item.path, exc)
        return error_record(item.path, item.sha256, str(exc), code="timeout")
    except (InputError, WirecheckError) as exc:
        return error_record(item.path, item.sha256, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad article must not end a long run
        # One line per file; the traceback only when debugging, or a bad run floods the terminal.
        log.warning("analyzing %s failed: %r", item.path, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return error_record(item.path, item.sha256, f"internal error: {type(exc).__name__}: {exc}")
    record = ok_record(item.path, item.sha256 or "", analysis, time.perf_counter() - started)
    if store is not None:
        record["article_id"] = store_article(store, item.path, article, analysis)
    return record


def store_article(store: ClaimStore, path: str, article: Article, analysis: dict) -> int:
    try:
        article_id, _created = store.add_analysis(article.text, analysis, source=path, title=article.title)
    except Exception as exc:
        raise StoreFailed(
            f"storing {path} in the claim store failed ({type(exc).__name__}: {exc}); the run stopped, "
            "and a rerun goes on from this file"
        ) from exc
    return article_id
