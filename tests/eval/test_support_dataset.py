"""The support set builder: labelled, perturbed, deterministic, and never needs the corpus."""

from __future__ import annotations

import pytest

from eval.datasets.support import load, perturb

ARTICLES = {
    "a.txt": (
        "Mayor Pledges New Housing\n\n"
        "Mayor Anne Martin said on Tuesday that the city will build 400 new homes by March.\n\n"
        "The plan was approved by the council after a debate that lasted three hours.\n\n"
        "Critics from the Green Party said the project does not address rising rents in Lyon.\n\n"
        "Martin told reporters that construction would begin in 2021 and cost 30 million euros.\n\n"
        "The council also voted to extend the tram line to the northern districts of the city.\n\n"
        "Residents of Villeurbanne have asked for a second school near the new housing site.\n\n"
        "The mayor will present the final budget to the council on Friday, her office said.\n"
    ),
    "b.txt": (
        "Storm Hits Coast\n\n"
        "A storm hit the coast of Brittany on Sunday, cutting power to 12,000 homes, Enedis said.\n\n"
        "Emergency services in Brest received more than 300 calls during the night.\n\n"
        "Officials said the storm was not as strong as the one that struck the region in 1999.\n\n"
        "Trains between Rennes and Quimper were cancelled until Monday morning, SNCF said.\n\n"
        "Fishermen in Concarneau were told to stay in port for two more days.\n\n"
        "The prefect of Finistere said schools would reopen on Tuesday if the wind drops.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "text").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "text" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_builds_labelled_reference_shaped_documents(corpus):
    docs = load(corpus, None)
    assert [d["id"] for d in docs] == ["a", "b"]
    for doc in docs:
        assert doc["language"] == "en" and doc["text"] == ARTICLES[doc["id"] + ".txt"]
        labels = {item["supported"] for item in doc["support"]}
        assert labels == {True, False}
        for item in doc["support"]:
            assert item["perturbation"] in {"none", "entity", "number", "date", "negation"}
            assert item["supported"] == (item["perturbation"] == "none")
            in_text = item["sentence"] in doc["text"]
            assert in_text == item["supported"]  # perturbed sentences are never verbatim copies


def test_is_deterministic_and_seeded(corpus):
    assert load(corpus, None) == load(corpus, None)
    assert len(load(corpus, 1)) == 1


def test_each_perturbation_changes_only_its_kind():
    import random

    rng = random.Random(0)
    sentence = "Mayor Anne Martin said on Tuesday that the city will build 400 homes in Lyon by March."
    assert "400" not in perturb(sentence, "number", [], rng)
    shifted = perturb(sentence, "date", [], rng)
    assert shifted != sentence and "400" in shifted
    assert " not " in perturb(sentence, "negation", [], rng)
    swapped = perturb(sentence, "entity", ["Anne Martin", "Villeurbanne", "Green Party"], rng)
    assert swapped != sentence and ("Villeurbanne" in swapped or "Green Party" in swapped)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="--path"):
        load(None, None)
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "nowhere", None)
