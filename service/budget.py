"""One concurrency budget shared by every server process: a folder of lock files, one per slot.

A slot is held by an exclusive ``flock`` on its file. The kernel drops the lock when the holder
closes the file or its process dies, so a crashed worker never leaks a slot, and nothing needs a
coordinator process.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
from pathlib import Path

_POLL_S = 0.01  # how often a waiting request retries; an analysis takes ~100x longer


class SharedBudget:
    """``slots`` analyses at once across all processes that open the same ``folder``."""

    def __init__(self, folder: str | Path, slots: int) -> None:
        self.folder = Path(folder)
        self.slots = max(1, slots)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._paths = [self.folder / f"slot-{i}.lock" for i in range(self.slots)]

    def try_acquire(self) -> int | None:
        """An open, locked slot file descriptor, or None when every slot is taken."""
        for path in self._paths:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return fd
        return None

    async def acquire(self, timeout_s: float) -> int | None:
        """Wait up to ``timeout_s`` for a slot; None if none came free in time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout_s)
        while True:
            fd = self.try_acquire()
            if fd is not None or loop.time() >= deadline:
                return fd
            await asyncio.sleep(min(_POLL_S, max(0.0, deadline - loop.time())))

    @staticmethod
    def release(fd: int) -> None:
        os.close(fd)  # closing the descriptor drops its flock

    def in_use(self) -> int:
        """Slots held right now by any process (probes each lock without keeping it)."""
        held = 0
        for path in self._paths:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                held += 1
            finally:
                os.close(fd)
        return held
