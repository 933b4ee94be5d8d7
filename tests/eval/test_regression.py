"""The references must not score below eval/baseline.json (update it only with --update-baseline)."""

import pytest

from eval import regression


def test_regressions_respect_direction_and_tolerance():
    baseline = {"metrics": {"quotes/system/f1@0.3": 0.80, "artifacts/system/false_flags_per_1000_words": 1.0}}
    fine = {"quotes": {"system": {"f1@0.3": 0.785}}, "artifacts": {"system": {"false_flags_per_1000_words": 1.4}}}
    worse = {"quotes": {"system": {"f1@0.3": 0.77}}, "artifacts": {"system": {"false_flags_per_1000_words": 1.6}}}
    assert regression.regressions(fine, baseline) == []
    assert len(regression.regressions(worse, baseline)) == 2
    assert regression.regressions({}, baseline)[0].endswith("now missing")


def test_snapshot_reads_metric_names_with_dots():
    report = {"dataset": "references", "documents": 3, "quotes": {"system": {"f1@0.3": 0.123456}}}
    assert regression.snapshot(report)["metrics"] == {"quotes/system/f1@0.3": 0.1235}


def test_fingerprint_changes_with_the_reference_files(tmp_path):
    (tmp_path / "en-a.json").write_text("{}")
    before = regression.references_fingerprint(tmp_path)
    (tmp_path / "en-a.json").write_text('{"id": 1}')
    assert regression.references_fingerprint(tmp_path) != before


@pytest.fixture(scope="session")
def references_report(real_models, tmp_path_factory):
    from eval.harness import run_eval
    from service.config import Settings
    from service.pipeline import Pipeline

    settings = Settings()
    return run_eval("references", None, tmp_path_factory.mktemp("eval"), lambda: Pipeline(real_models, settings),
                    progress=False)


def test_references_do_not_drop_below_the_checked_in_baseline(references_report):
    assert references_report["errors"] == []
    baseline = regression.read_baseline()
    problems = regression.regressions(references_report, baseline)
    note = ""
    if baseline.get("references_sha256") != regression.references_fingerprint():
        note = "\n(the reference files changed since the baseline; if they explain the drop, run --update-baseline)"
    assert problems == [], "metrics fell below eval/baseline.json:\n" + "\n".join(problems) + note
