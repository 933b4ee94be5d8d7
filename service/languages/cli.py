"""``wirecheck languages``: every language wirecheck has a folder for, and what it can do there."""

from __future__ import annotations

import json

import click

from service.languages import PARTS, codes, get_language


def describe() -> list[dict]:
    """One record per language: code, name, sentence rules, parser, data parts, and the gaps."""
    out = []
    for code in sorted(codes()):
        language = get_language(code)
        assert language is not None  # listed by codes()
        out.append({"code": code, "name": language.name, "sentences": language.sentences,
                    "parser": language.parser, "capabilities": language.capabilities,
                    "gaps": language.gaps()})
    return out


@click.command("languages")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def languages_command(fmt: str) -> None:
    """List the languages with rules, their sentence rules, parser and data parts."""
    records = describe()
    if fmt == "json":
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    parts = list(PARTS)
    header = f"{'code':<5} {'name':<12} {'sentences':<10} {'parser':<10} " + " ".join(f"{p:<8}" for p in parts)
    click.echo(header.rstrip())
    for r in records:
        marks = " ".join(f"{'yes' if r['capabilities'][p] else '-':<8}" for p in parts)
        row = f"{r['code']:<5} {r['name']:<12} {r['sentences'] or 'neutral':<10} {r['parser'] or '-':<10} {marks}"
        click.echo(row.rstrip())
