"""The CLI, through click's runner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from service import cli
from service.config import Settings
from service.pipeline import Pipeline


@pytest.fixture
def runner(monkeypatch, fake_models):
    monkeypatch.setattr(cli, "_make_pipeline", lambda: Pipeline(fake_models, Settings()))
    return CliRunner()


def test_analyze_prints_json_with_all_sections(runner, tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = runner.invoke(cli.main, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert set(body) >= {"language", "summary", "claims", "artifacts", "checks"}


def test_analyze_reads_stdin_and_renders_text(runner):
    result = runner.invoke(
        cli.main, ["analyze", "-", "--format", "text"],
        input="“We will appeal,” the company's lawyer said on Monday. The court had ruled against it.",
    )
    assert result.exit_code == 0, result.output
    assert "SUMMARY" in result.output and "CLAIMS" in result.output


def test_binary_and_undecodable_files_are_clear_errors(runner, tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    result = runner.invoke(cli.main, ["analyze", str(binary)])
    assert result.exit_code != 0 and "binary" in result.output
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le ministre a déclaré".encode("latin-1"))
    result = runner.invoke(cli.main, ["analyze", str(latin)])
    assert result.exit_code != 0 and "UTF-8" in result.output


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_analyze_reads_utf16_with_a_bom_as_batch_does(runner, tmp_path, encoding):
    text = "Le ministre a déclaré lundi que les négociations reprendraient."
    path = tmp_path / "utf16.txt"
    path.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    result = runner.invoke(cli.main, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["language"] == "fr"


def test_empty_input_is_a_clear_error(runner):
    result = runner.invoke(cli.main, ["analyze", "-"], input="  \n")
    assert result.exit_code != 0 and "empty" in result.output


def test_models_lists_backends_with_hints():
    result = CliRunner().invoke(cli.main, ["models"])
    assert result.exit_code == 0
    assert "extractive" in result.output and "use" in result.output and "spacy-en" in result.output


def test_help_lists_every_command():
    result = CliRunner().invoke(cli.main, ["--help"])
    for command in ("analyze", "serve", "models", "batch", "eval"):
        assert command in result.output


def test_analyze_with_the_real_models(real_models, monkeypatch, tmp_path, seed_text):
    monkeypatch.setattr(cli, "_make_pipeline", lambda: Pipeline(real_models, Settings()))
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["analyze", str(path), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "Ross" in result.output


def test_unknown_or_unloadable_summarizer_is_a_clear_error(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister resigned on Monday after the vote. The party will choose a successor.",
                    encoding="utf-8")
    result = runner.invoke(cli.main, ["analyze", str(path), "--summarizer", "bogus"])
    assert result.exit_code != 0 and "unknown backend 'bogus'" in result.output
    # It names the summarizers, not every backend of the registry.
    assert "summarizers: extractive" in result.output and "spacy-en" not in result.output
    result = runner.invoke(cli.main, ["analyze", str(path), "--summarizer", "seq2seq:/no/such/model"])
    assert result.exit_code != 0 and "does not exist" in result.output
