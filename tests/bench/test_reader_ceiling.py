"""The reader-ceiling bench: marked articles whose key matches the injection, and answers scored against it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("reader_ceiling", ROOT / "bench" / "reader_ceiling.py")
assert spec is not None and spec.loader is not None
reader_ceiling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reader_ceiling)

STORY = ("WASHINGTON (wirecheck) — The State Department said on Monday that it had approved the sale of radars to "
         "Poland. Poland's Defense Ministry welcomed the decision.\n\nThe Treasury Department also named two "
         "companies. Secretary of State Jane Miller said the sale would go ahead.\n")


def _corpus(tmp_path: Path) -> Path:
    text = tmp_path / "corpus" / "text"
    text.mkdir(parents=True)
    for n in range(6):
        (text / f"{n:03d}-story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path / "corpus"


def test_make_marks_every_term_and_the_key_knows_the_calques(tmp_path):
    summary = reader_ceiling.make([_corpus(tmp_path)], tmp_path / "out", 2, (20250, 1), "none")
    key = json.loads((tmp_path / "out" / "key.json").read_text(encoding="utf-8"))
    assert summary["articles"] == len(key) > 0 and summary["calques"] > 0 and summary["calques_not_marked"] == 0
    assert (tmp_path / "out" / "INSTRUCTIONS.md").is_file()
    for art in key:
        text = (tmp_path / "out" / f"batch{art['batch']}" / f"{art['file']}.txt").read_text(encoding="utf-8")
        for item in art["items"]:
            assert f"[[{item['n']}|{item['term']}]]" in text
        # the real Polish ministry is marked too, and is no calque
        assert any(i["term"] == "Defense Ministry" and not i["calque"] for i in art["items"])


def test_answers_are_scored_per_group_and_department_names_are_not(tmp_path):
    key = [{"batch": 0, "file": "a", "items": [
        {"n": 1, "term": "Foreign Ministry", "calque": True, "system": True},
        {"n": 2, "term": "Ministry of Finance", "calque": True, "system": False},
        {"n": 3, "term": "Defense Ministry", "calque": False, "system": False},
        {"n": 4, "term": "State Department", "calque": False, "system": False}]}]
    answers = tmp_path / "answers.tsv"
    answers.write_text("a.txt\t1\tUS\tspeaks for Washington\na.txt\t2\tunsure\t\na.txt\t3\tOTHER\tPoland's\n"
                       "a.txt\t4\tUS\tnamed\n", encoding="utf-8")
    c = reader_ceiling.score(key, reader_ceiling.read_answers(answers))
    assert (c["calque"], c["calque reader US"], c["calque reader UNSURE"], c["calque detector"]) == (2, 1, 1, 1)
    assert (c["real"], c["real reader OTHER"], c["real detector"]) == (1, 1, 0)


def test_a_missing_key_binary_answers_and_a_corpus_with_nothing_to_inject_are_clear_errors(tmp_path, capsys):
    key = tmp_path / "key.json"
    key.write_text("[]", encoding="utf-8")
    binary = tmp_path / "answers.tsv"
    binary.write_bytes(b"a.txt\t1\t\xff\xfe\x00US\n")
    (tmp_path / "corpus" / "text").mkdir(parents=True)
    (tmp_path / "corpus" / "text" / "001-x.txt").write_text("Nothing to see here.", encoding="utf-8")
    for argv, says in ((["score", "--key", str(tmp_path / "none.json"), "--answers", str(binary)], "none.json"),
                       (["score", "--key", str(key), "--answers", str(binary)], "utf-8"),
                       (["make", "--path", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--context",
                         "none"], "no article")):
        with pytest.raises(SystemExit) as exit_:
            reader_ceiling.main(argv)
        assert exit_.value.code == 2 and says in capsys.readouterr().err
