"""The claims training set the project owns: valid labels, unique ids, and no Dutch (held out)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.datasets.marked import read_file

TRAINING = Path(__file__).resolve().parents[2] / "models" / "training" / "claims"


def test_every_training_file_validates_with_unique_ids():
    docs = [doc for file in sorted(TRAINING.glob("*.txt")) for doc in read_file(file)]
    ids = Counter(doc["id"] for doc in docs)
    assert docs and not [doc_id for doc_id, n in ids.items() if n > 1]
    assert all(doc["id"].startswith(doc["language"] + "-t") for doc in docs)


def test_dutch_stays_out_of_training():
    # Dutch measures how the model does on a language it never saw (eval/multilingual/nl-*).
    languages = {read_file(file)[0]["language"] for file in TRAINING.glob("*.txt")}
    assert "nl" not in languages and {"en", "fr", "de", "es", "it", "pt"} <= languages
