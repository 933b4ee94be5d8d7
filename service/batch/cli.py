"""``wirecheck batch DIR --out results.jsonl``: analyze a folder, resumably, locally or on Ray."""

from __future__ import annotations

import os
from pathlib import Path

import click

from service.batch.inputs import SUFFIXES, MissingDependency, iter_inputs
from service.batch.records import OutputBusy, RecordWriter
from service.batch.runner import BatchConfig, run_batch
from service.batch.task import DEFAULT_ANALYZER, SetupFailed

# Each local worker holds its own copy of the models (about 1 GB), so the default stays modest.
MAX_DEFAULT_WORKERS = 4


@click.command("batch")
@click.argument(
    "directory", metavar="DIR", type=click.Path(exists=True, file_okay=False, readable=True, path_type=Path)
)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file to append one record per file to (a relative path is from the current folder, not DIR). "
    "A rerun skips files whose path and sha256 it already holds, except those whose record is a timeout, which "
    "it tries again; an edited or retried file gets a newer record, so read the last per path.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help=f"Worker processes (local) or actors (ray). Default: usable CPUs, at most "
    f"{MAX_DEFAULT_WORKERS} locally; all CPUs of the cluster on Ray.",
)
@click.option(
    "--glob",
    "pattern",
    default=None,
    help="Only files whose path relative to DIR matches, e.g. '*.html' or '2024-05-*/*.txt'.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine. ray: Ray actors, to go past one machine.",
)
@click.option(
    "--address", default=None, help="Existing Ray cluster (with --engine ray); default: start a local Ray."
)
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Seconds one article may take; past it its record has \"code\": \"timeout\" and the run goes on "
    "(local engine); a rerun tries it again. Default: no limit.",
)
@click.option(
    "--store",
    "store_url",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[URL]",
    help="Also store each analysed article and its claims in the claim store at URL (alone: WIRECHECK_STORE_URL). "
    "Files the output already holds are skipped, so they are not stored: use a new --out to store them.",
)
@click.option("--analyzer", default=DEFAULT_ANALYZER, hidden=True, help="module:factory, for tests.")
def batch_command(
    directory: Path,
    out: Path,
    workers: int | None,
    pattern: str | None,
    engine: str,
    address: str | None,
    article_timeout: float | None,
    store_url: str | None,
    analyzer: str,
) -> None:
    """Analyze every .txt, .md, .html and .json file under DIR into one JSONL record each."""
    if store_url is not None:
        store_url = _prepare_store(store_url)
    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    if article_timeout and engine == "ray":
        # Ray runs actor calls off the main thread, where the alarm that stops an article cannot fire.
        raise click.UsageError("--article-timeout works with the local engine only")
    if engine == "ray":
        from service.batch.engines.ray_engine import RayMissing, import_ray

        try:
            import_ray()
        except RayMissing as exc:
            raise click.UsageError(str(exc)) from exc
    elif workers is None:
        workers = min(len(os.sched_getaffinity(0)), MAX_DEFAULT_WORKERS)
    if next(iter_inputs(directory, pattern), None) is None:
        # A mistyped --glob or folder would otherwise pass as a finished run ("done 0") and leave an empty --out.
        raise click.ClickException(_nothing_to_analyze(directory, pattern))
    try:
        writer = RecordWriter(out)
    except OutputBusy as exc:
        raise click.UsageError(str(exc)) from exc
    except OSError as exc:
        raise click.BadParameter(f"cannot write {out}: {exc.strerror or exc}", param_hint="--out") from exc

    config = BatchConfig(directory, out, workers, pattern, engine, address, analyzer, article_timeout, store_url)
    with writer:
        try:
            result = run_batch(config, writer=writer)
        except MissingDependency as exc:
            raise click.UsageError(str(exc)) from exc
        except SetupFailed as exc:
            # Not a per-file problem: every file would fail the same way, so stop instead of recording it.
            raise click.ClickException(str(exc)) from exc
    click.echo(result.summary)


def _nothing_to_analyze(directory: Path, pattern: str | None) -> str:
    kinds = ", ".join(sorted(SUFFIXES))
    where = f"under {directory} matches --glob {pattern!r}" if pattern else f"is under {directory}"
    return f"nothing to analyze: no {kinds} file {where}"


def _prepare_store(store_url: str) -> str:
    """The store URL to use; opened once here so a bad URL fails before any worker starts, and migrated once."""
    from service.config import get_settings
    from service.errors import WirecheckError
    from service.store.cli import NO_STORE
    from service.store.store import ClaimStore

    url = store_url or get_settings().store_url
    if not url:
        raise click.UsageError(NO_STORE)
    try:
        ClaimStore.open(url).close()
    except WirecheckError as exc:
        raise click.UsageError(exc.message) from exc
    except Exception as exc:  # the database's own errors: unreachable server, unreadable file
        raise click.UsageError(f"cannot open the claim store: {type(exc).__name__}: {exc}") from exc
    return url
