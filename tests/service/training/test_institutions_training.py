"""``wirecheck train institutions``: labelled examples from injected calques, a fit that separates them, a
threshold held to its false-flag budget, and a weights file the detector reads. Articles here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from service import cli
from service.stages.artifacts import institution_opinion as opinion
from service.stages.artifacts.institution_opinion import Candidate
from service.training.cli import train_institutions_command
from service.training.institutions import (
    CONTEXT_THRESHOLD,
    MAX_FLAGS_PER_1000_WORDS,
    READING_THRESHOLD,
    TRAINING_DIR,
    choose_threshold,
    examples,
    fit,
    train_institutions,
)

ARTICLES = {
    "a": "TOKYO (wirecheck) — The Commerce Department said on Monday that Japanese chip tools would need licenses. "
         "The Trade Ministry in Tokyo said it regretted the rule. Commerce Secretary Helen Marsh said talks "
         "would go on, and the Department of Commerce would take comments.",
    "b": "WASHINGTON (wirecheck) — The State Department said Secretary of State Paul Ames would visit Ankara. "
         "Turkey's Foreign Ministry welcomed the trip. A State Department spokesman said the talks would cover "
         "trade, and the Treasury Department said sanctions stayed in place.",
    "c": "SEOUL, South Korea (wirecheck) — The Defense Ministry said on Friday that drills with the United States "
         "would go ahead. The Defense Department in Washington said Defense Secretary Ron Keel had approved them.",
    "d": "The Justice Department charged two traders on Tuesday. Attorney General Mary Lowe said the case was "
         "strong. Mexico's Foreign Ministry said it had not been told, and the Department of Justice declined "
         "to comment further.",
    "e": "BERLIN (wirecheck) — The Energy Department signed a gas deal with Germany. The Economy Ministry in "
         "Berlin said the Energy Department would send experts, and the Labor Department said jobs would follow.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_injected_calques_are_positives_and_the_articles_own_ministries_negatives(folder):
    data = examples(folder, seeds=(1, 2, 3), say=lambda _: None)
    positives = [c for _, c in data if c.label]
    negatives = [c for _, c in data if not c.label]
    assert positives and negatives
    assert {stem for stem, _ in data} <= set(ARTICLES)
    # Each article as written contributes only negatives: "The Trade Ministry in Tokyo" is Japan's.
    assert all(c.kind in ("ministry", "minister") for _, c in data)


def test_the_fit_separates_what_it_can_see():
    def cand(features: dict[str, float], label: bool) -> Candidate:
        return Candidate(0, 1, "ministry", "foreign", None, 0.0, features, label)

    rows = [cand({"us": 1.0}, True)] * 20 + [cand({"abroad": 1.0}, False)] * 20
    w, b = fit(rows, ["abroad", "us"], l2=1.0)
    assert w[1] + b > 2 and w[0] + b < -2


def test_the_threshold_keeps_to_its_false_flag_budget_per_1000_words():
    # 10 calques; 100 real ministries, 20 of them in the articles as written (the rest in injected copies).
    labels = [True] * 10 + [False] * 100
    data = [("s", Candidate(0, 1, "ministry", "foreign", None, 0.0, {}, label, as_written=i >= 90))
            for i, label in enumerate(labels)]
    # two real ministries as written score 0.93, one in an injected copy 0.96
    probs = np.array([0.97] * 10 + [0.5] * 79 + [0.96] + [0.93] * 2 + [0.5] * 18)
    threshold, stats = choose_threshold(data, probs, words=10_000, max_flags_per_1000_words=0.1)
    # one flag allowed in 10,000 words: the lowest step (of 0.01) above the two 0.93s; an injected copy's real
    # ministry counts as false but not against the budget
    assert (threshold, stats["found"], stats["false"], stats["written_flags"]) == (0.94, 10, 1, 0)
    assert stats["flags_per_1000_words"] == 0.0
    threshold, stats = choose_threshold(data, probs, words=10_000, max_flags_per_1000_words=0.2)
    assert stats["written_flags"] == 2 and 0.5 < threshold <= 0.93 and stats["flags_per_1000_words"] == 0.2
    # With no threshold inside the budget, the highest one, and the stats say what it costs.
    high = [("s", Candidate(0, 1, "ministry", "foreign", None, 0.0, {}, False, as_written=True))] * 110
    threshold, stats = choose_threshold(high, np.array([0.99] * 110), words=1000, max_flags_per_1000_words=0.1)
    assert (threshold, stats["written_flags"]) == (0.95, 110)


def test_the_cli_trains_a_scorer_the_detector_reads(folder, tmp_path):
    out = tmp_path / "scorer"
    result = CliRunner().invoke(cli.main, ["train", "institutions", "--data", str(folder), "--out", str(out),
                                           "--no-context"])
    assert result.exit_code == 0, result.output
    assert "plain: out of fold at threshold" in result.output
    scorer = opinion.read_scorer(out / "weights.json")
    card = json.loads((out / "model_card.json").read_text(encoding="utf-8"))
    assert scorer.version == "scorer" and card["articles"] == len(ARTICLES) and card["examples"] > 0
    assert scorer.encoder is None and "context" not in card and not (out / "weights-e5.json").exists()


def test_with_an_encoder_the_context_model_is_fitted_beside_the_plain_one(folder, tmp_path):
    class Encoder:  # what the sentences "say": whether a US body is named in them
        name, dim = "fake-encoder", 2

        def embed(self, texts: list[str]) -> np.ndarray:
            return np.array([[1.0, 0.0] if "Department" in t else [0.0, 1.0] for t in texts])

    out = tmp_path / "scorer"
    card = train_institutions(folder, out, say=lambda _: None, encoder=Encoder(), context_threshold=0.6)
    plain, with_context = opinion.read_scorer(out / "weights.json"), opinion.read_scorer(out / "weights-e5.json")
    assert (with_context.encoder, with_context.context_dim, with_context.context_scale) == ("fake-encoder", 2, 2.5)
    assert {"ctx_0", "ctx_1"} <= with_context.weights.keys() and not any(k.startswith("ctx_") for k in plain.weights)
    assert card["context"]["encoder"] == "fake-encoder" and card["context"]["out_of_fold"]["positives"] > 0
    # A context threshold given by hand is used, its out-of-fold counts taken there; by default (None) it is chosen
    # out of fold like the plain model's.
    assert with_context.threshold == 0.6 and card["context"]["out_of_fold"]["threshold"] == 0.6
    assert card["context"]["threshold_from"] == "given"
    card = train_institutions(folder, tmp_path / "chosen", say=lambda _: None, encoder=Encoder())
    assert card["context"]["threshold_from"] == "out of fold"
    assert card["context"]["out_of_fold"]["written_flags"] <= MAX_FLAGS_PER_1000_WORDS * max(
        1, card["context"]["out_of_fold"]["words"]) / 1000 or card["context"]["out_of_fold"]["threshold"] == 0.95


def test_a_folder_without_articles_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli.main, ["train", "institutions", "--data", str(tmp_path), "--out",
                                           str(tmp_path / "o"), "--no-context"])
    assert result.exit_code == 1 and "must contain text/*.txt" in result.output


@pytest.mark.parametrize("content,says", [
    (b"", "0 calques and 0 real ministries"),
    (b"The mayor opened a bridge on Tuesday.", "0 calques and 0 real ministries"),
    (bytes(range(128, 256)) * 10, "is not UTF-8 text"),
])
def test_articles_with_nothing_to_learn_or_not_text_are_a_clear_error(tmp_path, content, says):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_bytes(content)
    result = CliRunner().invoke(cli.main, ["train", "institutions", "--data", str(tmp_path), "--out",
                                           str(tmp_path / "o"), "--no-context"])
    assert result.exit_code == 1 and says in result.output
    assert not (tmp_path / "o").exists()  # nothing half-written


def test_examples_from_one_article_are_a_clear_error_not_a_model_fitted_on_nothing(folder, tmp_path):
    for other in "abde":  # "c" alone gives calques and real ministries, from one article
        (folder / "text" / f"{other}.txt").unlink()
    result = CliRunner().invoke(cli.main, ["train", "institutions", "--data", str(folder), "--out",
                                           str(tmp_path / "o"), "--no-context"])
    assert result.exit_code == 1 and "needs articles in at least two" in result.output
    assert not (tmp_path / "o").exists()


def test_the_shipped_training_set_is_there_and_plain_text():
    files = sorted((TRAINING_DIR / "text").glob("*.txt"))
    assert len(files) >= 200
    assert all(f.read_text(encoding="utf-8").strip() for f in files)


def test_the_cli_defaults_are_the_training_defaults():
    options = {p.name: p.default for p in train_institutions_command.params}
    assert options["max_flags_per_1000_words"] == MAX_FLAGS_PER_1000_WORDS
    assert options["context_threshold"] == CONTEXT_THRESHOLD
    assert options["reading_threshold"] == READING_THRESHOLD


def test_with_a_reader_too_the_reading_model_is_fitted_beside_the_context_one(folder, tmp_path):
    class Encoder:
        name, dim = "fake-encoder", 2

        def embed(self, texts: list[str]) -> np.ndarray:
            return np.zeros((len(texts), 2)) + [1.0, 0.0]

    def score(text: str) -> float:
        return 3.0 if "Department" in text and "U.S." in text else 0.0

    class Reader:  # prefers the US reading where a US body is named in the sentences read
        name = "fake-reader"
        calls = 0

        def log_likelihood_differences(self, pairs: list[tuple[str, str]]) -> list[float]:
            Reader.calls += 1
            return [score(a) - score(b) for a, b in pairs]

    out = tmp_path / "scorer"
    card = train_institutions(folder, out, say=lambda _: None, encoder=Encoder(), reader=Reader())
    with_context, with_reading = (opinion.read_scorer(out / name) for name in ("weights-e5.json", "weights-e5-lm.json"))
    assert (with_reading.reader, with_reading.encoder, with_reading.reading_scale) == ("fake-reader", "fake-encoder",
                                                                                      10.0)
    assert "lm_us_reading" in with_reading.weights and not any(k.startswith("lm_") for k in with_context.weights)
    assert card["reading"]["reader"] == "fake-reader" and card["reading"]["out_of_fold"]["positives"] > 0
    assert with_reading.threshold == READING_THRESHOLD and card["reading"]["threshold_from"] == "given"
    assert Reader.calls > 0
    with pytest.raises(ValueError, match="pass an encoder with the reader"):
        train_institutions(folder, tmp_path / "no-encoder", say=lambda _: None, reader=Reader())


def test_the_plain_model_learns_only_the_terms_it_judges(folder, tmp_path):
    # "Turkey's Foreign Ministry said ... In Washington, a Foreign Ministry spokesperson said" once the State Department
    # is injected: the rules read the second as Turkey's again; only the models that read the sentences judge it, so
    # only they learn it.
    for n, city in enumerate(["Ankara", "Istanbul", "Izmir"]):
        (folder / "text" / f"turkey-{n}.txt").write_text(
            f"Turkey's Foreign Ministry said on Monday that the arrests in {city} were lawful. In Washington, a State "
            "Department spokesperson said the United States valued its security cooperation with Turkey.",
            encoding="utf-8")
    data = examples(folder, say=lambda _: None)
    context_only = [c for _, c in data if c.context_only]
    assert context_only and all(c.features.get("rule_just_named") or c.features.get("rule_conf>=0.9")
                                for c in context_only)

    class Encoder:
        name, dim = "fake-encoder", 2

        def embed(self, texts: list[str]) -> np.ndarray:
            return np.array([[1.0, 0.0] if "Department" in t else [0.0, 1.0] for t in texts])

    card = train_institutions(folder, tmp_path / "scorer", say=lambda _: None, encoder=Encoder())
    plain, with_context = card["out_of_fold"], card["context"]["out_of_fold"]
    assert plain["positives"] + plain["negatives"] == len(data) - len(context_only)
    assert with_context["positives"] + with_context["negatives"] == len(data)
