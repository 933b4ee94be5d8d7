"""What `serve --workers N` sets up before forking: one metrics folder and one concurrency budget.

Worker processes are spawned fresh and inherit the environment, so setting the variables here is
enough: prometheus_client reads ``PROMETHEUS_MULTIPROC_DIR`` when a worker imports it, and
``Settings`` reads ``WIRECHECK_SHARED_BUDGET_DIR``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

METRICS_ENV = "PROMETHEUS_MULTIPROC_DIR"
BUDGET_ENV = "WIRECHECK_SHARED_BUDGET_DIR"


@contextmanager
def shared_state(workers: int) -> Iterator[None]:
    """With several workers, point both variables at folders (a temporary one unless already set)."""
    if workers <= 1:
        yield
        return
    scratch = Path(tempfile.mkdtemp(prefix="wirecheck-serve-"))
    saved = {name: os.environ.get(name) for name in (METRICS_ENV, BUDGET_ENV)}
    try:
        metrics_dir = Path(saved[METRICS_ENV] or scratch / "metrics")
        metrics_dir.mkdir(parents=True, exist_ok=True)
        for stale in metrics_dir.glob("*.db"):
            stale.unlink()  # samples of an earlier run would be summed into this one's
        os.environ[METRICS_ENV] = str(metrics_dir)
        os.environ[BUDGET_ENV] = saved[BUDGET_ENV] or str(scratch / "budget")
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(scratch, ignore_errors=True)
