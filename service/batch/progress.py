"""Progress for a batch run: a bar with ETA on a terminal, plain periodic lines in logs, a summary."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_BAR_WIDTH = 24


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts records as they land; redraws at most every 0.1 s on a TTY, every ``every_s`` otherwise."""

    def __init__(
        self, total: int, *, stream: TextIO | None = None, tty: bool | None = None, every_s: float = 10.0
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every_s = 0.1 if self.tty else every_s
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()
        self._first_at: float | None = None
        self._last_draw = self.started
        if self.tty and total:
            # Models load for seconds before the first record; show the run has started.
            self._draw()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def per_minute(self) -> float:
        return 60.0 * (self.done + self.errors) / max(self.elapsed, 1e-9)

    def update(self, *, error: bool) -> None:
        if error:
            self.errors += 1
        else:
            self.done += 1
        now = time.monotonic()
        if self._first_at is None:
            self._first_at = now
        if now - self._last_draw >= self.every_s or self.done + self.errors == self.total:
            self._last_draw = now
            self._draw()

    def line(self) -> str:
        count = self.done + self.errors
        share = count / self.total if self.total else 1.0
        return (
            f"{count}/{self.total} ({share:.0%}), {self.errors} errors, "
            f"{self.per_minute:.1f} articles/min, ETA {self._eta()}"
        )

    def _eta(self) -> str:
        count = self.done + self.errors
        if count < 2 or self._first_at is None:
            return "?"
        # From the first record on: model loading is paid once and says nothing about what is left.
        span = time.monotonic() - self._first_at
        return _clock(span / (count - 1) * (self.total - count)) if span > 0 else "?"

    def _draw(self) -> None:
        if self.tty:
            count = self.done + self.errors
            filled = int(_BAR_WIDTH * count / self.total) if self.total else _BAR_WIDTH
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            # \r plus erase-to-end keeps one live line; the summary starts on a fresh one.
            self.stream.write(f"\r[{bar}] {self.line()}\x1b[K")
        else:
            self.stream.write(f"batch: {self.line()}\n")
        self.stream.flush()

    def summary(self, skipped: int = 0) -> str:
        """The closing line: done, errors, skipped, articles/min over the whole run."""
        if self.tty and self.done + self.errors:
            self.stream.write("\n")
            self.stream.flush()
        text = f"done {self.done}, errors {self.errors}"
        if skipped:
            text += f", skipped {skipped} already in the output"
        return text + f", {self.per_minute:.1f} articles/min ({_clock(self.elapsed)} elapsed)"
