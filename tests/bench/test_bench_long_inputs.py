"""The long-input bench: every input is built at exactly the size asked for, from the text it names."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eval.datasets import load_dataset

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_long_inputs", ROOT / "bench" / "bench_long_inputs.py")
assert spec is not None and spec.loader is not None
bench_long_inputs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_long_inputs)


@pytest.mark.parametrize("name", sorted(bench_long_inputs.INPUTS))
def test_each_input_has_the_size_asked_for(name):
    for size in (2_000, 50_000):
        assert len(bench_long_inputs.INPUTS[name](size)) == size


def test_real_news_inputs_are_the_eval_articles_of_their_language():
    english, french = bench_long_inputs.INPUTS["news-en"](200_000), bench_long_inputs.INPUTS["news-fr"](200_000)
    first_en = next(doc["text"].strip() for doc in load_dataset("multilingual") if doc["language"] == "en")
    assert english.startswith(first_en) and english.count("\n\n") > 20
    assert " le " in french and " the " not in french
    assert bench_long_inputs.INPUTS["open-quote"](1_000).startswith("“" + first_en[:100])
