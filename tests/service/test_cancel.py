"""Cooperative cancellation: the flag a timed-out request raises stops the analysis at its next check."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from contextvars import copy_context

import pytest

from service.cancel import cancel_on, check_cancelled
from service.contracts import Document
from service.errors import AnalysisCancelled


def _in_own_context(run):
    """Run ``run`` in a copy of the context, so the flag it sets never leaks into other tests."""
    return copy_context().run(run)


def test_without_a_flag_or_before_it_is_raised_a_check_does_nothing():
    def scenario():
        check_cancelled()  # the CLI, batch runs and tests never set one
        flag = threading.Event()
        cancel_on(flag)
        check_cancelled()
        flag.set()
        with pytest.raises(AnalysisCancelled) as raised:
            check_cancelled()
        return raised.value

    error = _in_own_context(scenario)
    assert error.status == 504 and error.code == "timeout"


def test_a_prefetch_thread_sees_the_flag_of_the_request_that_started_it():
    started, stopped = threading.Event(), threading.Event()

    def slow_index(_doc):
        started.set()
        while True:  # a long build (the claims encoder's windows) that checks between steps
            try:
                check_cancelled()
            except AnalysisCancelled:
                stopped.set()
                raise
            threading.Event().wait(0.01)

    def scenario():
        flag = threading.Event()
        cancel_on(flag)
        doc = Document(text="x", language="en", language_supported=True)
        with ThreadPoolExecutor(1) as pool:
            doc.prefetch("vectors", slow_index, pool)
            assert started.wait(10)
            flag.set()
            with pytest.raises(AnalysisCancelled):
                doc.index("vectors", lambda d: "never built")

    _in_own_context(scenario)
    assert stopped.is_set()
