"""Per-article time limit (code "timeout", the run goes on) and Markdown inputs with offsets kept."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.batch.cli import batch_command
from service.batch.inputs import decode_article
from service.batch.markdown import strip_markdown
from service.batch.task import BatchItem, process_item
from service.contracts import Document
from service.stages.artifacts import find_artifacts
from service.stages.segment import segment
from tests.service.batch.fakes import make_hanging_analyzer

HANGING = "tests.service.batch.fakes:make_hanging_analyzer"


def test_process_item_stops_a_hanging_article_with_a_timeout_record():
    item = BatchItem("slow.txt", "abc", b"HANG forever")
    started = time.monotonic()
    record = process_item(item, make_hanging_analyzer(), timeout_s=0.3)
    assert time.monotonic() - started < 5
    assert record["code"] == "timeout" and record["path"] == "slow.txt" and record["sha256"] == "abc"
    assert "0.3 s" in record["error"]
    assert "error" not in process_item(BatchItem("ok.txt", "d", b"Fine text."), make_hanging_analyzer(), 0.3)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_goes_on_after_a_timed_out_article(tmp_path: Path, workers: str):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("First article, quick.\n")
    (root / "b.txt").write_text("HANG: a pathological article.\n")
    (root / "c.md").write_text("# Third\n\nQuick again.\n")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = CliRunner().invoke(batch_command, [str(root), "--out", str(out), "--workers", workers,
                                                "--article-timeout", "0.5", "--analyzer", HANGING])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 45  # the hanging article alone would take 60 s
    records = {r["path"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert records["b.txt"]["code"] == "timeout"
    assert "error" not in records["a.txt"] and "error" not in records["c.md"]


def test_article_timeout_is_refused_with_ray(tmp_path: Path):
    result = CliRunner().invoke(batch_command, [str(tmp_path), "--out", str(tmp_path / "o.jsonl"),
                                                "--engine", "ray", "--article-timeout", "1"])
    assert result.exit_code != 0


MARKDOWN = """# Bitdance sues the *Commerce* ministry

> “We will **not** comply,” a [Bitdance](https://example.org/bd) spokesman said.

- The order covers `Tik Tok` and other apps.
- ![logo](logo.png) Officials declined to comment.

| company | country |
|---|---|
| Bitdance | China |
"""


def test_markdown_is_blanked_not_cut():
    plain = strip_markdown(MARKDOWN)
    assert len(plain) == len(MARKDOWN) and plain.count("\n") == MARKDOWN.count("\n")
    for markup in ("#", "**", "](", "`", "![", "|", "> "):
        assert markup not in plain
    assert "“We will   not   comply,” a  Bitdance" in plain
    assert "https" not in plain and "logo" not in plain


def test_markdown_article_offsets_point_into_the_md_file():
    article = decode_article("story.md", MARKDOWN.encode())
    doc = Document(text=article.text, language="en", language_supported=True, sentences=segment(article.text, "en"))
    found = find_artifacts(doc)
    names = [a for a in found if a.surface in ("Bitdance", "Tik Tok")]
    assert len(names) >= 3
    for art in found:
        assert MARKDOWN[art.start : art.end] == art.surface  # offsets are the .md file's own


def test_markdown_decoding_keeps_other_suffixes_untouched():
    assert decode_article("a.txt", b"# not a heading").text == "# not a heading"
