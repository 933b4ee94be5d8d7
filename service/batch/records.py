"""JSONL records: building them, appending them crash-safely, and reading back what is done."""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# The keys an analysis contributes to a record, in the order the issue lists them.
ANALYSIS_KEYS = ("language", "summary", "claims", "artifacts", "checks", "warnings")

Key = tuple[str, str | None]

# Error codes a rerun tries again: the same bytes may well pass with more time or a quieter machine.
# Every other error (binary, empty, undecodable, a worker killed twice) would fail the same way again.
RETRIED_CODES = frozenset({"timeout"})


class OutputBusy(Exception):
    """Another batch run holds the lock on this output file."""


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def ok_record(path: str, sha256: str, analysis: dict, seconds: float) -> dict:
    record: dict[str, Any] = {"path": path, "sha256": sha256}
    record.update({key: analysis.get(key) for key in ANALYSIS_KEYS if key in analysis})
    record["seconds"] = round(seconds, 3)
    return record


def error_record(path: str, sha256: str | None, error: str, code: str | None = None) -> dict:
    """An error record; ``code`` ("timeout") is a stable key for errors a program may act on."""
    # sha256 rides along (null when the file could not be read) so a rerun can skip the same bytes.
    record = {"path": path, "sha256": sha256, "error": error}
    if code:
        record["code"] = code
    return record


def record_key(record: dict) -> Key:
    return record["path"], record.get("sha256")


class RecordWriter:
    """Appends each record as one complete line with one write on an O_APPEND descriptor."""

    # A reader, a ``tail -f`` or a rerun after ``kill -9`` thus sees whole lines plus at most one torn
    # last line, which ``recover`` cuts off. The lock keeps two runs from doubling work into one file.

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(self._fd)
            raise OutputBusy(f"{path} is being written by another wirecheck batch run") from exc

    def recover(self) -> tuple[set[Key], int]:
        """Cut a torn last line, then return the keys a rerun skips and the count of bad lines.

        A key is skipped when its last record is final: a key whose last record failed with a code in
        RETRIED_CODES is analysed again, and its new record, appended, supersedes the old one.
        """
        data = self._read_all()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            log.warning("%s: dropping a torn last line (%d bytes)", self.path, len(data) - end)
            os.ftruncate(self._fd, end)
            os.fsync(self._fd)
        final: dict[Key, bool] = {}
        bad = 0
        for line in data[:end].splitlines():
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                final[record_key(record)] = record.get("code") not in RETRIED_CODES
            except (ValueError, KeyError, TypeError):
                bad += 1
        return {key for key, is_final in final.items() if is_final}, bad

    def _read_all(self) -> bytes:
        chunks, offset = [], 0
        while chunk := os.pread(self._fd, 1 << 20, offset):
            chunks.append(chunk)
            offset += len(chunk)
        return b"".join(chunks)

    def write(self, record: dict) -> None:
        line = (json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
        view = memoryview(line)
        # A regular file takes the whole line in one write; the loop only matters on a full disk.
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        # Per record: at ~2 articles/s per worker an fsync costs nothing, and a power cut loses at most one.
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
