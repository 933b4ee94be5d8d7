"""Cooperative cancellation: an analysis whose request has had its 504 stops at its next check.

The HTTP layer runs each analysis in a worker thread, and Python cannot stop a thread from outside: one that
overran its deadline would keep its concurrency slot (and a core) until it finished on its own, minutes on a
long text, while new requests waited for the slot and got 503. So the concurrency limiter gives each analysis
a flag in a context variable (worker threads and prefetch threads copy the context they start from), raises
it when it answers 504, and the pipeline checks it between stages and in its long loops.
"""

from __future__ import annotations

import threading
from contextvars import ContextVar

from service.errors import AnalysisCancelled

_cancel_flag: ContextVar[threading.Event | None] = ContextVar("wirecheck_cancel_flag", default=None)


def cancel_on(flag: threading.Event) -> None:
    """Make ``flag`` the one ``check_cancelled`` reads in this context and in threads started from it."""
    _cancel_flag.set(flag)


def check_cancelled() -> None:
    """Raise ``AnalysisCancelled`` if this analysis's request has given up on it; otherwise do nothing."""
    flag = _cancel_flag.get()
    if flag is not None and flag.is_set():
        raise AnalysisCancelled("the analysis was stopped: its request timed out")
