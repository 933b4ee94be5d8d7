"""Values the store writes and compares: times, folded speaker keys, vectors as bytes."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import numpy as np


def now_iso() -> str:
    """Now in UTC as fixed-width ISO 8601 text, so text order is time order in both databases."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def since_iso(since: date | datetime | str) -> str:
    """A lower time bound in the stored format: a date means its midnight UTC, a naive time is UTC."""
    if isinstance(since, str):
        since = datetime.fromisoformat(since.replace("Z", "+00:00"))
    if not isinstance(since, datetime):
        since = datetime(since.year, since.month, since.day, tzinfo=UTC)
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def storable(text: str | None) -> str | None:
    """Text PostgreSQL can hold: NUL becomes U+FFFD, one character for one, so offsets still hold."""
    return None if text is None else text.replace("\x00", "\ufffd")


def fold(text: str | None) -> str:
    """Lower case without accents or extra spaces: 'Le Maire' and 'le  maire' and 'LE MAÏRE' all match."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def speaker_key(name: str | None, mention: str | None) -> str:
    """What speaker search looks in: the folded name and mention (a mention may say 'the minister')."""
    return " | ".join(part for part in (fold(name), fold(mention)) if part)


def like_contains(text: str) -> str:
    r"""A LIKE pattern (with ESCAPE '\') matching ``text`` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def to_blob(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, dtype="<f4").tobytes()


def from_blobs(blobs: list[bytes], dim: int) -> np.ndarray:
    """Stack stored float32 vectors into one (n, dim) matrix."""
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(bytes(blob) for blob in blobs), dtype="<f4").reshape(len(blobs), dim)
