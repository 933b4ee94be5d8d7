"""``wirecheck eval``: score the pipeline on a dataset and print the headline numbers."""

from __future__ import annotations

from pathlib import Path

import click

from eval.datasets import DATASETS, RUNNERS, DatasetUnavailable


@click.command("eval")
@click.option("--dataset", type=click.Choice(sorted(DATASETS | RUNNERS)), default="references", show_default=True,
              help="Which labelled data to score against.")
@click.option("--path", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Dataset folder (required for external corpora; references and claim-matching default to "
                   "the installed set).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("eval-out"), show_default=True,
              help="Where report.json, report.md and predictions.jsonl are written.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents (claim-matching: pairs).")
@click.option("--update-baseline", is_flag=True,
              help="Rewrite eval/baseline.json from this run (references only; commit it deliberately).")
@click.option("--check-baseline", is_flag=True, help="Exit with status 1 if a tracked metric fell below the baseline.")
@click.option("--record", is_flag=True,
              help="Write this run's headline numbers into eval/scores.json (the committed score history).")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Progress line on stderr.")
@click.pass_context
def eval_command(ctx, dataset, path, out, limit, update_baseline, check_baseline, record, progress) -> None:
    """Evaluate summaries, quotes, artifacts and checks (or the claim store's matching) against labelled data."""
    from eval import regression
    from eval.harness import run_eval
    from eval.report import describe, headline_text

    if (update_baseline or check_baseline) and (dataset != regression.DATASET or path or limit):
        raise click.UsageError(
            "--update-baseline/--check-baseline need the full default references (no --path/--limit)"
        )
    if record and limit:
        raise click.UsageError("--record needs the whole split (no --limit)")
    obj = ctx.obj if isinstance(ctx.obj, dict) else {}
    try:
        report = run_eval(dataset, path, out, pipeline_factory=obj.get("pipeline_factory"), limit=limit,
                          progress=progress, embedder_factory=obj.get("embedder_factory"))
    except (DatasetUnavailable, FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for error in report["errors"][:5]:
        click.echo(f"failed: {error['id']}: {error['error']}", err=True)
    if report["errors"] and not report["documents"]:
        raise click.ClickException(f"every document failed ({len(report['errors'])}); see {out}/report.md")
    click.echo(f"{dataset}: {describe(report)}; report in {out}/")
    click.echo(headline_text(report))
    if record:
        from eval import scores

        key = scores.record(report)
        click.echo(f"recorded {key} in {scores.SCORES_PATH}; commit it with the change it measures")
    if update_baseline:
        data = regression.write_baseline(report)
        click.echo(f"wrote {regression.BASELINE_PATH} ({len(data['metrics'])} metrics); commit it with the reason")
    if check_baseline:
        problems = regression.regressions(report, regression.read_baseline())
        for line in problems:
            click.echo(f"REGRESSION {line}", err=True)
        if problems:
            ctx.exit(1)
        click.echo("baseline: no tracked metric dropped")
