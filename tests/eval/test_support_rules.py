"""The rule-made support items: every kind is an edit of its own, labelled, and the set is deterministic."""

from __future__ import annotations

import random

from eval.datasets.support_rules import FAITHFUL, UNFAITHFUL, build_items, perturb

ARTICLE = (
    "The council of Brenmoor approved a budget of 40 million euros on Monday, after a debate of three hours. "
    "Mayor Anne Dervish said the city would not raise taxes next year. "
    "Spending on schools rose by 12% compared with the previous budget, the finance office said."
)
OTHER = (
    "Fishermen in Concarneau were told to stay in port for two more days. "
    "Trains between Rennes and Quimper were cancelled until Monday morning, the operator said."
)


def _pool() -> dict:
    return {"en": [(OTHER, ["Concarneau", "Quimper", "Rennes"], [s + "." for s in OTHER.rstrip(".").split(". ")])]}


def test_items_are_labelled_by_kind_and_deterministic():
    items = build_items(ARTICLE, "en", _pool(), random.Random("7:a"))
    assert items == build_items(ARTICLE, "en", _pool(), random.Random("7:a"))
    kinds = [item["perturbation"] for item in items]
    assert kinds[0] == "copy" and len(kinds) == 3 == len(set(kinds))  # one item per sentence of the article
    for item in items:
        assert item["supported"] == (item["perturbation"] in FAITHFUL)
        assert (item["sentence"] in ARTICLE) == (item["perturbation"] == "copy")


def test_each_unfaithful_kind_changes_what_it_says():
    rng = random.Random(0)
    sentence = "Mayor Anne Dervish said the city would not raise taxes next year."
    others = _pool()["en"]
    assert perturb(sentence, "negation", "en", ARTICLE, others, rng) == (
        "Mayor Anne Dervish said the city would raise taxes next year.")
    clause = perturb(sentence, "clause", "en", ARTICLE, others, rng)
    assert clause and clause.startswith(sentence[:-1] + ", and ") and clause.endswith(".")
    assert perturb("Spending on schools rose by 12% this year.", "antonym", "en", ARTICLE, others, rng) == (
        "Spending on schools fell by 12% this year.")
    swapped = perturb("The council of Brenmoor approved a budget.", "entity", "en", ARTICLE, others, rng)
    assert swapped and any(name in swapped for name in ("Concarneau", "Quimper", "Rennes"))
    assert set(UNFAITHFUL) == {"number", "entity", "clause", "antonym", "negation"}


def test_negation_is_placed_by_each_language_s_grammar():
    rng = random.Random(0)
    assert perturb("Le maire a annoncé la fermeture de la piscine.", "negation", "fr", "", [], rng) == (
        "Le maire n'a pas annoncé la fermeture de la piscine.")
    assert perturb("Der Bürgermeister hat den Plan vorgestellt.", "negation", "de", "", [], rng) == (
        "Der Bürgermeister hat nicht den Plan vorgestellt.")
    assert perturb("El alcalde no ha presentado el plan.", "negation", "es", "", [], rng) == (
        "El alcalde ha presentado el plan.")
