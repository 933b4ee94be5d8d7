"""eval/diff.py: two runs' predictions compared document by document, timings ignored."""

from __future__ import annotations

import json

from eval.diff import compare, first_difference, load, main


def _write(folder, records):
    folder.mkdir()
    (folder / "predictions.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def _analysis(speaker, seconds):
    return {"language": "en", "claims": [{"quote": "A", "speaker": {"name": speaker}}],
            "timings": {"claims": seconds}}


def test_identical_runs_differ_nowhere_even_with_other_timings(tmp_path, capsys):
    old = _write(tmp_path / "old", [{"id": "a", "analysis": _analysis("Ann", 0.1)}])
    new = _write(tmp_path / "new", [{"id": "a", "analysis": _analysis("Ann", 0.9)}])
    assert main([str(old), str(new)]) == 0
    assert "0 differ" in capsys.readouterr().out


def test_a_changed_speaker_is_named_with_its_path(tmp_path):
    old = load(_write(tmp_path / "old", [{"id": "a", "analysis": _analysis("Ann", 0.1)}]))
    new = load(_write(tmp_path / "new", [{"id": "a", "analysis": _analysis("Bob", 0.1)}]))
    assert compare(old, new) == ["a: .claims[0].speaker.name: 'Ann' -> 'Bob'"]


def test_missing_documents_and_list_lengths_are_reported():
    assert compare({"a": {}}, {"b": {}}) == ["a: only in the old run", "b: only in the new run"]
    assert first_difference({"c": [1]}, {"c": [1, 2]}) == ".c: 1 items -> 2 items"
    assert first_difference({"c": 1}, {"c": "1"}) == ".c: 1 -> '1'"


def test_ignored_fields_are_left_out(tmp_path, capsys):
    old = _write(tmp_path / "old", [{"id": "a", "analysis": {"claims": [], "warnings": []}}])
    new = _write(tmp_path / "new", [{"id": "a", "analysis": {"claims": [], "warnings": ["Chinese: …"]}}])
    assert main([str(old), str(new)]) == 1
    assert main([str(old), str(new), "--ignore", "warnings"]) == 0
