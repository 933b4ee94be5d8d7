import pytest

from models.base import BackendUnavailable
from models.loader import load_models


def test_missing_backend_is_recorded_not_fatal():
    loaded = load_models(None, ["spacy-xx"])
    assert loaded.parsers == {}
    assert any("spacy-xx" in problem for problem in loaded.problems)


def test_strict_loading_raises_with_the_reason():
    with pytest.raises(Exception, match="unknown backend"):
        load_models(None, ["spacy-xx"], strict=True)


def test_deferred_parser_loads_on_first_use_only():
    loaded = load_models(None, [], deferred_parsers=["spacy-fr"])
    assert loaded.parsers == {}
    parser = loaded.parser_for("fr")
    assert parser is not None and parser.language == "fr"
    assert loaded.parser_for("fr") is parser
    assert loaded.parser_for("de") is None


def test_generator_errors_name_the_fix():
    loaded = load_models(None, [])
    with pytest.raises(BackendUnavailable):
        loaded.generator("seq2seq:/no/such/model/dir")
