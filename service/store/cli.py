"""``wirecheck claims …``: related claims, search, fact-check import and deletion in the claim store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from service.store.records import ClaimHit, StoredClaim

if TYPE_CHECKING:
    from service.store.store import ClaimStore

NO_STORE = (
    "no claim store configured: pass --store URL or set WIRECHECK_STORE_URL "
    "(sqlite:///claims.db, or postgresql://user@host/database)"
)
# Ids are 64-bit in both databases.
CLAIM_ID = click.IntRange(1, 2**63 - 1)

store_option = click.option(
    "--store",
    "store_url",
    metavar="URL",
    default=None,
    help="sqlite:///claims.db (four slashes for an absolute path) or postgresql://…; default WIRECHECK_STORE_URL.",
)
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("claims")
def claims_command() -> None:
    """Query and maintain the claim store that `analyze` (store: true) and `batch --store` fill."""


@claims_command.command("related")
@click.argument("claim_id", type=CLAIM_ID)
@click.option("--k", type=click.IntRange(1, 100), default=5, show_default=True, help="How many related claims.")
@store_option
@format_option
def related_command(claim_id: int, k: int, store_url: str | None, fmt: str) -> None:
    """Claims from other articles that match claim CLAIM_ID, labelled, most similar first."""
    # The encoder also tells which part of a quote another claim restates (service/store/clauses.py), as the API
    # does; without one the whole quotes are compared.
    with _opened(store_url, needs_embedder=False, wants_embedder=True) as store:
        claim = store.get_claim(claim_id)
        related = store.related(claim_id, k)
    if fmt == "json":
        _echo_json({"claim": asdict(claim), "related": [asdict(r) for r in related]})
        return
    click.echo(_claim_line(claim))
    if not related:
        click.echo("  no related claims in other articles")
    for found in related:
        click.echo(f"  {found.label:<13} {found.similarity:.2f}  {_claim_line(found.claim)}")


@claims_command.command("search")
@click.option("--q", "query", default=None, help="Text to find similar claims to (any language).")
@click.option("--speaker", default=None, help="Part of the speaker's name; accents and case are ignored.")
@click.option("--language", default=None, help="ISO 639-1 code of the article.")
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), default=None, help="Stored on or after (UTC)."
)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@store_option
@format_option
def search_command(
    query: str | None,
    speaker: str | None,
    language: str | None,
    since: datetime | None,
    limit: int,
    store_url: str | None,
    fmt: str,
) -> None:
    """Stored claims like --q (most similar first), or the newest; filtered by speaker, language and time."""
    with _opened(store_url, needs_embedder=bool(query)) as store:
        hits = store.search(q=query, speaker=speaker, language=language, since=since, limit=limit)
    if fmt == "json":
        _echo_json({"results": [asdict(hit) for hit in hits]})
        return
    if not hits:
        click.echo("no stored claims match")
    for hit in hits:
        click.echo(_hit_line(hit))


@claims_command.command("import-reviews")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@store_option
def import_reviews_command(path: Path, store_url: str | None) -> None:
    """Import schema.org ClaimReview records from a .json/.jsonl/.html file or a folder of them."""
    from service.store.claimreview import ReviewFormatError, load_reviews

    with _opened(store_url, needs_embedder=True) as store:
        try:
            records = list(load_reviews(path))
        except ReviewFormatError as exc:
            raise click.ClickException(str(exc)) from exc
        imported = store.import_reviews(records)
    click.echo(f"{len(records)} reviews read from {path}: {imported} new, {len(records) - imported} already stored")


@claims_command.command("delete-article")
@click.argument("article_id", type=CLAIM_ID)
@store_option
def delete_article_command(article_id: int, store_url: str | None) -> None:
    """Delete a stored article and all of its claims."""
    with _opened(store_url, needs_embedder=False) as store:
        removed = store.delete_article(article_id)
    click.echo(f"deleted article {article_id} and its {removed} claims")


@contextmanager
def _opened(store_url: str | None, *, needs_embedder: bool, wants_embedder: bool = False) -> Iterator[ClaimStore]:
    """The store named by --store or the setting; its domain errors become one-line CLI errors. ``wants_embedder``:
    the encoder if it loads, else a note on standard error and none."""
    from service.config import get_settings
    from service.errors import WirecheckError
    from service.store.store import ClaimStore

    settings = get_settings()
    url = store_url or settings.store_url
    if not url:
        raise click.UsageError(NO_STORE)
    # Loading the encoder takes seconds; related claims, filters and deletes only read stored vectors.
    embedder = _load_embedder(settings.embedder) if needs_embedder else None
    if wants_embedder and not needs_embedder:
        try:
            embedder = _load_embedder(settings.embedder)
        except click.ClickException as exc:
            click.echo(f"note: without the encoder ({exc.format_message()}), whole quotes are compared", err=True)
    try:
        with ClaimStore.open(url, embedder) as store:
            yield store
    except WirecheckError as exc:
        raise click.ClickException(exc.message) from exc


def _load_embedder(name: str | None):
    from models.base import BackendUnavailable, UnknownBackend
    from models.registry import make_backend

    if not name:
        raise click.UsageError("this needs the embedder, and WIRECHECK_EMBEDDER is empty")
    try:
        return make_backend(name)
    except (BackendUnavailable, UnknownBackend) as exc:
        raise click.ClickException(str(exc)) from exc


def _claim_line(claim: StoredClaim) -> str:
    speaker = claim.speaker or "unattributed"
    where = claim.source or claim.title or f"article {claim.article_id}"
    return f"#{claim.id} [{claim.language}] {speaker}: “{_short(claim.text)}” ({where})"


def _hit_line(hit: ClaimHit) -> str:
    score = f"{hit.similarity:.2f}  " if hit.similarity is not None else ""
    return f"{score}{_claim_line(hit.claim)}"


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _echo_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))

