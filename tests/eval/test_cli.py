import json

from click.testing import CliRunner

from eval import regression
from eval.cli import eval_command
from tests.eval.fakes import PerfectPipeline, write_references


def invoke(*args):
    return CliRunner().invoke(eval_command, list(args), obj={"pipeline_factory": PerfectPipeline})


def test_eval_prints_headline_table_and_writes_report(tmp_path):
    refs = write_references(tmp_path / "refs")
    result = invoke("--path", str(refs), "--out", str(tmp_path / "out"), "--no-progress")
    assert result.exit_code == 0, result.output
    assert "quotes f1@0.3" in result.output and "1.000" in result.output
    assert (tmp_path / "out" / "report.md").exists()


def test_update_baseline_refuses_partial_runs(tmp_path):
    result = invoke("--update-baseline", "--limit", "1", "--out", str(tmp_path))
    assert result.exit_code != 0 and "full default references" in result.output


def test_update_then_check_baseline_on_the_installed_references(tmp_path, monkeypatch):
    monkeypatch.setattr(regression, "BASELINE_PATH", tmp_path / "baseline.json")
    assert invoke("--update-baseline", "--out", str(tmp_path / "o"), "--no-progress").exit_code == 0
    saved = json.loads((tmp_path / "baseline.json").read_text())
    assert saved["dataset"] == "references" and "quotes/system/f1@0.3" in saved["metrics"]
    checked = invoke("--check-baseline", "--out", str(tmp_path / "o"), "--no-progress")
    assert checked.exit_code == 0 and "no tracked metric dropped" in checked.output
    saved["metrics"]["quotes/system/f1@0.3"] = 1.5
    (tmp_path / "baseline.json").write_text(json.dumps(saved))
    failed = invoke("--check-baseline", "--out", str(tmp_path / "o"), "--no-progress")
    assert failed.exit_code == 1


def test_unknown_dataset_is_a_usage_error():
    result = invoke("--dataset", "nope")
    assert result.exit_code == 2


def test_record_writes_the_run_into_the_score_history(tmp_path, monkeypatch):
    from eval import scores

    monkeypatch.setattr(scores, "SCORES_PATH", tmp_path / "scores.json")
    (tmp_path / "scores.json").write_text(json.dumps({"polnear/dev": {"documents": 84}}))
    refs = write_references(tmp_path / "refs")
    result = invoke("--path", str(refs), "--out", str(tmp_path / "out"), "--no-progress", "--record")
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "scores.json").read_text())
    assert saved["polnear/dev"] == {"documents": 84}  # other splits are kept
    mine = saved["references/refs"]
    assert mine["metrics"]["quotes/f1@0.3"] == 1.0 and mine["documents"] >= 1
    assert set(mine) == {"documents", "languages", "commit", "date", "metrics", "by_language"}


def test_record_refuses_a_partial_run(tmp_path):
    result = invoke("--record", "--limit", "1", "--out", str(tmp_path))
    assert result.exit_code != 0 and "whole split" in result.output


def test_a_folder_without_documents_is_an_error_not_an_empty_run(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("--path", str(empty), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "found no documents under" in result.output


def test_a_malformed_marked_file_is_named_with_the_format_it_lacks(tmp_path):
    folder = tmp_path / "marked"
    folder.mkdir()
    (folder / "de-x.txt").write_text("hello\nworld\n", encoding="utf-8")
    result = invoke("--dataset", "multilingual", "--path", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert str(folder / "de-x.txt") in result.output and "'---' line" in result.output
