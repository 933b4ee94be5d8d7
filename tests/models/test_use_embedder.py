import numpy as np
import pytest

from models.base import BackendUnavailable
from models.registry import make_backend


@pytest.fixture(scope="module")
def embedder():
    return make_backend("use")


def test_one_blas_thread_by_default_and_unit_vectors(embedder):
    assert embedder._model.threads == 1
    vectors = embedder.embed(["The minister resigned.", "Le ministre a démissionné.", "Bananas are yellow."])
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # Multilingual: a translation is closer than an unrelated sentence.
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_empty_input_gives_an_empty_matrix(embedder):
    assert embedder.embed([]).shape == (0, 512)


def test_thread_count_argument():
    assert make_backend("use:2")._model.threads == 2
    with pytest.raises(BackendUnavailable, match="thread count"):
        make_backend("use:many")
