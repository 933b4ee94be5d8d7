"""The injected-artifact loader on synthetic PolNeAR-layout texts (no corpus text needed)."""

from __future__ import annotations

import random

import pytest

from eval.datasets import injection_vocab as vocab
from eval.datasets.injected import inject, load
from service.contracts import Document
from service.stages.artifacts import find_artifacts

CATEGORIES = {"misspelled_name", "split_name", "institution_term", "agency_name", "punctuation"}
ARTICLES = {
    "a.txt": ("Clinton Talks Trade.\n\nHillary Clinton told The Associated Press on Monday that the State "
              "Department had done its job. “We were ready,” she said. Facebook and Microsoft declined to "
              "comment, and Donald Trump did not respond.\n"),
    "b.txt": ("Pentagon Budget.\n\nDefense Secretary Ash Carter said the Defense Department would ask for "
              "more. “It is not enough,” Carter told Reuters. Bernie Sanders criticised the plan on Twitter.\n"),
}


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "text").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "text" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_load_gives_reference_shaped_documents(corpus):
    docs = load(corpus, None)
    assert [d["id"] for d in docs] == ["injected-a", "injected-b"]
    for doc in docs:
        assert doc["language"] == "en" and doc["artifacts"]
        for gold in doc["artifacts"]:
            assert doc["text"][gold["start"] : gold["end"]] == gold["text"] and gold["category"] in CATEGORIES
            assert gold["text"] == gold["text"].strip()


def test_load_is_deterministic_and_limited(corpus):
    assert load(corpus, None) == load(corpus, None)
    assert len(load(corpus, 1)) == 1


def test_load_needs_a_text_folder(tmp_path):
    with pytest.raises(ValueError):
        load(None, None)
    with pytest.raises(FileNotFoundError):
        load(tmp_path, None)


def test_transliteration_changes_the_name():
    rng = random.Random(3)
    assert all(vocab.transliterate(name, rng) != name for name in ["Clinton", "Putin", "Sanders", "Merkel"] * 5)


def test_split_brand_splits_at_capitals_or_words():
    rng = random.Random(1)
    assert vocab.split_brand("YouTube", rng) == "You Tube"
    assert vocab.split_brand("Facebook", rng).replace(" ", "").lower() == "facebook"


def test_detector_finds_the_injections():
    text = ARTICLES["a.txt"] + ARTICLES["b.txt"]
    new_text, gold = inject(text, random.Random(7))
    found = find_artifacts(Document(new_text, "en", True))
    hits = [g for g in gold if any(a.start < g["end"] and g["start"] < a.end for a in found)]
    assert len(hits) >= 0.8 * len(gold)
