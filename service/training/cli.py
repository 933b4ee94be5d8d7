"""``wirecheck train claims``: reproduce the shipped speaker head from the labelled paragraphs."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("train")
def train_command() -> None:
    """Train the model heads wirecheck ships (offline, CPU)."""


@train_command.command("claims")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder of marked-up training files (default: models/training/claims).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the head and its model card (default: models/weights/claims-v5).")
@click.option("--epochs", type=int, default=30, show_default=True)
@click.option("--seed", type=int, default=16, show_default=True)
@click.option("--threads", type=int, default=2, show_default=True, help="torch threads for the frozen encoder.")
def train_claims_command(data: Path | None, out: Path | None, epochs: int, seed: int, threads: int) -> None:
    """Fit the claims-e5 speaker head on frozen e5-small features (token vectors cached per document)."""
    from models.base import BackendUnavailable
    from models.claims.train import TRAINING_DIR, WEIGHTS_DIR, train_claims
    from models.e5_encoder import E5Encoder

    try:
        encoder = E5Encoder(threads=threads)
    except BackendUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    card = train_claims(data or TRAINING_DIR, out or WEIGHTS_DIR, epochs=epochs, seed=seed, encoder=encoder,
                        say=click.echo)
    click.echo(f"wrote {out or WEIGHTS_DIR} in {card['train_seconds']} s")
