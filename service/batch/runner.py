"""A batch run: list the folder, skip what the output already holds, analyze the rest, append records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from service.batch.inputs import is_html, iter_inputs, require_html_support
from service.batch.progress import Progress
from service.batch.records import RecordWriter, error_record, sha256_hex
from service.batch.task import DEFAULT_ANALYZER, BatchItem

log = logging.getLogger(__name__)

# Far above any article (the pipeline caps text at 600k characters), low enough to keep a stray
# video or database dump out of worker memory.
MAX_FILE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class BatchConfig:
    root: Path
    out: Path
    workers: int | None = 1
    pattern: str | None = None
    engine: str = "local"
    address: str | None = None
    analyzer: str = DEFAULT_ANALYZER
    article_timeout_s: float | None = None  # local engine only: a timed-out article gets code "timeout"
    store_url: str | None = None  # claim store URL: each analysed article is stored there too


@dataclass(frozen=True)
class BatchResult:
    done: int
    errors: int
    skipped: int
    summary: str


def read_item(root: Path, rel: str) -> BatchItem:
    """Read one file's bytes; a failure is carried in the item and becomes its error record."""
    path = root / rel
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return BatchItem(rel, None, None, f"too large: {size} bytes (limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return BatchItem(rel, None, None, f"unreadable: {exc.strerror or exc}")
    return BatchItem(rel, sha256_hex(data), data)


def plan(root: Path, pattern: str | None, done: set, out: Path | None = None) -> tuple[list[str], int]:
    """The files still to analyze, and how many are skipped because (path, sha256) has a record."""
    paths = list(iter_inputs(root, pattern))
    if out is not None and out.resolve().is_relative_to(root.resolve()):
        # --out inside DIR with a .json name must not be read back as an article.
        own = out.resolve().relative_to(root.resolve()).as_posix()
        paths = [rel for rel in paths if rel != own]
    if not done:
        # First run: no need to hash every file twice.
        return paths, 0
    todo = [rel for rel in paths if (rel, read_item(root, rel).sha256) not in done]
    return todo, len(paths) - len(todo)


def make_engine(config: BatchConfig):
    if config.engine == "ray":
        from service.batch.engines.ray_engine import RayEngine

        return RayEngine(config.analyzer, config.workers, config.address, config.store_url)
    from service.batch.engines.local import LocalEngine

    return LocalEngine(config.analyzer, config.workers or 1, config.article_timeout_s, config.store_url)


def run_batch(config: BatchConfig, *, writer: RecordWriter, stream: TextIO | None = None) -> BatchResult:
    """Run the batch into an opened (and locked) writer; SetupFailed and MissingDependency propagate."""
    done_keys, bad = writer.recover()
    if bad:
        log.warning("%s: ignored %d unreadable lines", config.out, bad)
    todo, skipped = plan(config.root, config.pattern, done_keys, config.out)
    if any(is_html(rel) for rel in todo):
        require_html_support()
    progress = Progress(len(todo), stream=stream)

    def emit(record: dict) -> None:
        try:
            writer.write(record)
        except (TypeError, ValueError) as exc:  # NaN or an odd type in an analysis: still one record per file
            record = error_record(record["path"], record.get("sha256"), f"internal error: {exc}")
            writer.write(record)
        progress.update(error="error" in record)

    def items() -> Iterator[BatchItem]:
        for rel in todo:
            yield read_item(config.root, rel)

    if todo:
        make_engine(config).run(items(), emit)
    return BatchResult(progress.done, progress.errors, skipped, progress.summary(skipped))
