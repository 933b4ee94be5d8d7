"""`wirecheck gazetteer validate FILE` and `wirecheck gazetteer lookup NAME`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from service.stages.artifacts.gazetteer import GazetteerError, get_gazetteer, read_records


@click.group(name="gazetteer")
def gazetteer_command() -> None:
    """Check gazetteer extension files and look names up."""


@gazetteer_command.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file: Path) -> None:
    """Check FILE (JSON lines or a JSON array) against the gazetteer format; exit 1 on problems."""
    try:
        records = read_records(file)
    except (GazetteerError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{file}: {len(records)} entries OK")


@gazetteer_command.command("lookup")
@click.argument("name")
def lookup(name: str) -> None:
    """Every gazetteer form matching NAME exactly (case- and accent-insensitive), as JSON lines."""
    forms = get_gazetteer().lookup(name)
    if not forms:
        raise click.ClickException(f"{name!r} is not in the gazetteer")
    for form in forms:
        entry = form.entry
        click.echo(json.dumps({"form": form.text, "kind": form.kind, "language": form.language, "name": entry.name,
                               "type": entry.type, "country": entry.country}, ensure_ascii=False))
