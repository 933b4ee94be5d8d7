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


@pytest.mark.parametrize("text", [
    "Inspectors from the Washington State Department of Agriculture will check every load.",
    "Talbot met Philippine Defense Secretary Emilio Santiago in Manila on Monday.",
    "A principal secretary of Kenya's State Department for Housing said the loans would go ahead.",
    "The lawsuit was filed by Iowa Attorney General Beth Vanderlee on Friday.",
])
def test_a_us_name_inside_another_bodys_name_is_never_rewritten(text):
    for seed in range(20):
        new_text, gold = inject(text, random.Random(seed))
        assert not [g for g in gold if g["category"] == "institution_term"]
        assert "Ministry" not in new_text and "Minister" not in new_text


@pytest.mark.parametrize(("text", "federal"), [
    ("WASHINGTON (wirecheck) — The Treasury Department on Monday imposed sanctions on two banks.",
     "Treasury Department"),
    ("Critics said Clinton's State Department had ignored the warnings.", "State Department"),
    ("Officials said the U.S. Commerce Department would review the deal.", "Commerce Department"),
    ("Officials said Deputy Secretary of State Ann Ross would travel to Lima.", "Secretary of State"),
])
def test_a_federal_name_is_still_rewritten_after_a_dateline_possessive_or_rank(text, federal):
    rewritten = set()
    for seed in range(30):
        _new_text, gold = inject(text, random.Random(seed))
        rewritten |= {g["suggestion"] for g in gold if g["category"] == "institution_term"}
    assert rewritten == {federal}
