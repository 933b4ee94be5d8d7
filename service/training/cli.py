"""``wirecheck train claims|institutions``: reproduce the shipped heads from the project's own labelled data."""

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


@train_command.command("institutions")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder with text/*.txt articles in native English (default: models/training/institutions).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write weights.json, weights-e5.json and model_card.json (default: "
                   "models/weights/institutions-v9).")
@click.option("--l2", type=float, default=3.0, show_default=True, help="L2 penalty of the logistic model.")
@click.option("--max-flags-per-1000-words", type=float, default=0.075, show_default=True,
              help="Out-of-fold false flags per 1000 words of the articles as written that the threshold allows "
                   "(the 0.1 the detector is held to on native text, less the 0.025 of its other layers).")
@click.option("--negative-weight", type=float, default=1.0, show_default=True,
              help="How many times a real ministry counts against a calque in the fit.")
@click.option("--context/--no-context", default=True, show_default=True,
              help="Also fit the model that reads the terms' sentences with e5-small (weights-e5.json).")
@click.option("--context-threshold", type=float, default=None,
              help="Set the context model's threshold by hand (default: chosen out of fold within the flag budget, "
                   "like the plain model's).")
@click.option("--reader", default=None, metavar="BACKEND",
              help="Also fit the model that reads which country a term reads as to this causal language model "
                   "(weights-e5-lm.json), e.g. lm-likelihood (the llm extra; about 20 more minutes on 2 cores).")
@click.option("--reading-threshold", type=float, default=0.7, show_default=True,
              help="The reading model's threshold, chosen on the development corpora (service/training/"
                   "institutions.py says how).")
@click.option("--threads", type=int, default=2, show_default=True, help="torch threads for the frozen encoder.")
def train_institutions_command(data: Path | None, out: Path | None, l2: float, max_flags_per_1000_words: float,
                               negative_weight: float, context: bool, context_threshold: float | None,
                               reader: str | None, reading_threshold: float, threads: int) -> None:
    """Fit the institution second opinion: calques injected into the articles are positives, their real
    ministries negatives (CPU: about two minutes plain, three with the context model)."""
    from models.base import BackendUnavailable
    from service.training.institutions import TRAINING_DIR, WEIGHTS_DIR, train_institutions

    encoder = None
    if context:
        from models.e5_encoder import E5Encoder

        try:
            encoder = E5Encoder(threads=threads)
        except BackendUnavailable as exc:
            raise click.ClickException(f"{exc} (or pass --no-context for the plain model alone)") from exc
    reading = None
    if reader:
        from models.base import UnknownBackend
        from models.registry import make_backend

        if encoder is None:
            raise click.ClickException("--reader needs the context model: drop --no-context")
        try:
            reading = make_backend(reader)
        except (BackendUnavailable, UnknownBackend) as exc:
            raise click.ClickException(f"{exc} (or leave out --reader)") from exc
    try:
        card = train_institutions(data or TRAINING_DIR, out or WEIGHTS_DIR, l2=l2,
                                  max_flags_per_1000_words=max_flags_per_1000_words,
                                  negative_weight=negative_weight, say=click.echo, encoder=encoder,
                                  context_threshold=context_threshold, reader=reading,  # type: ignore[arg-type]
                                  reading_threshold=reading_threshold)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {out or WEIGHTS_DIR} in {card['train_seconds']} s")
