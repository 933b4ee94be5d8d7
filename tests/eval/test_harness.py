import json

import pytest

from eval.harness import build_report, run_eval, score_document
from tests.eval.fakes import PerfectPipeline, reference, write_references


@pytest.fixture
def references(tmp_path):
    return write_references(tmp_path / "refs", count=2)


def test_perfect_predictions_score_one_and_reports_are_written(references, tmp_path):
    out = tmp_path / "out"
    report = run_eval("references", references, out, PerfectPipeline, progress=False)
    assert report["documents"] == 2 and report["languages"] == {"en": 1, "fr": 1}
    system = report["quotes"]["system"]
    assert system["f1@0.3"] == system["f1@exact"] == system["speaker_accuracy"] == 1.0
    assert report["quotes"]["quote_marks"]["recall@0.3"] == 0.5  # only the direct quote has marks
    assert report["terms"]["system"]["predicted"] == 2  # one "term" claim per document, not quotes
    assert report["summaries"]["system"]["rouge1"] == 1.0 and report["summaries"]["system"]["key_fact_recall"] == 1.0
    assert report["artifacts"]["system"]["suggestion_accuracy"] == 1.0
    assert report["checks"]["contradictions"]["system"]["recall"] == 1.0
    assert report["checks"]["support"]["skipped"]  # the fake pipeline has no models
    assert report["timings"]["per_stage"]["summary"]["total_s"] == pytest.approx(0.04)
    assert json.loads((out / "report.json").read_text())["documents"] == 2
    assert "## Quotes" in (out / "report.md").read_text()
    assert len((out / "predictions.jsonl").read_text().splitlines()) == 2


def test_a_failing_document_is_reported_and_the_rest_scored(references, tmp_path):
    doc = reference("en-broken")
    doc["text"] = "FAIL " + doc["text"]
    (references / "en-broken.json").write_text(json.dumps(doc))
    report = run_eval("references", references, None, PerfectPipeline, progress=False)
    assert report["documents"] == 2
    assert report["errors"] == [{"id": "en-broken", "error": "RuntimeError: boom"}]


def test_unannotated_layers_are_left_out():
    doc = {"id": "x", "language": "de", "text": reference()["text"], "quotes": reference()["quotes"]}
    record = score_document(doc, PerfectPipeline().analyze(doc["text"]), 0.1)
    assert set(record) == {"id", "language", "timings", "quotes"}
    report = build_report("x", None, [doc], [record], [], None)
    assert report["summaries"] == {"documents": 0}
    assert report["quotes"]["system"]["ci95"]["f1@0.3"] is None  # one document: no interval


def test_support_scores_go_through_the_threshold():
    doc = reference()
    def scorer(text, sentences, language):
        return [0.7] * len(sentences)

    record = score_document(doc, PerfectPipeline().analyze(doc["text"]), 0.1, scorer)
    assert record["support"]["system"] == {"gold": [True, False], "predicted": [True, True]}


def test_progress_goes_to_stderr(references, capsys):
    run_eval("references", references, None, PerfectPipeline, progress=True)
    assert "[eval] 2/2 documents" in capsys.readouterr().err


def test_only_the_stages_a_dataset_is_annotated_for_are_run(tmp_path):
    asked = []

    class Selective(PerfectPipeline):
        def analyze(self, text, language=None, title=None, stages=()):
            asked.append(set(stages))
            return super().analyze(text, language, title)

    doc = {"id": "en-q", "language": "en", "text": reference()["text"], "quotes": []}
    (tmp_path / "en-q.json").write_text(json.dumps(doc))
    run_eval("references", tmp_path, None, Selective, progress=False)
    assert asked == [{"claims"}]


def test_markdown_has_a_language_table_when_several_languages(references, tmp_path):
    run_eval("references", references, tmp_path / "out", PerfectPipeline, progress=False)
    markdown = (tmp_path / "out" / "report.md").read_text()
    assert "## By language" in markdown and "| fr | 1 | 1.000 |" in markdown
