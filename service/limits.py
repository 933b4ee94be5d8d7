"""Pure ASGI guards in front of the routes: body size, API key, and bounded concurrency with a timeout.

They answer in the same error envelope as the exception handlers in service.app, without ever echoing
the request body back.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import math
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable

from service.cancel import cancel_on

log = logging.getLogger("wirecheck.limits")


async def send_error(send, status: int, code: str, message: str, details=None, headers=None) -> None:
    """Send one error envelope as a complete ASGI response."""
    body = json.dumps({"error": {"code": code, "message": message, "details": details}}).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(name.lower().encode(), str(value).encode()) for name, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """413 on a Content-Length over the limit, or once a streamed body passes it; 408 on a slow body.

    The body is read in full (at most ``max_bytes``) before the app runs and then replayed: FastAPI
    turns any error raised while it reads the body into a 400, so the limit has to act out here.
    ``read_timeout_s`` bounds the whole body, not each chunk, so a client trickling a byte at a time
    (slowloris) cannot hold a connection and its buffer open.
    """

    def __init__(self, app, max_bytes: int, read_timeout_s: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_timeout_s = read_timeout_s

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._reject(send, int(declared))

        chunks: list[bytes] = []
        seen = 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.read_timeout_s if self.read_timeout_s else None
        while True:
            try:
                message = await (receive() if deadline is None else
                                 asyncio.wait_for(receive(), max(0.0, deadline - loop.time())))
            except TimeoutError:
                return await self._too_slow(send, seen)
            if message["type"] != "http.request":
                # The client went away mid-body; let the app see the disconnect.
                return await self.app(scope, _replay([message], receive), send)
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                return await self._reject(send, seen)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        whole = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay([whole], receive), send)

    async def _too_slow(self, send, seen: int) -> None:
        await send_error(
            send,
            408,
            "request_timeout",
            f"the request body did not arrive within {self.read_timeout_s:g} s",
            {"read_timeout_s": self.read_timeout_s, "received_bytes": seen},
            {"Connection": "close"},
        )

    async def _reject(self, send, size: int) -> None:
        await send_error(
            send,
            413,
            "body_too_large",
            f"request body is over the limit of {self.max_bytes} bytes",
            {"limit": self.max_bytes, "received_at_least": size},
        )


# A JSON \\u escape in the surrogate range; only bodies with one need the full check below.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class UnpairedSurrogates:
    """422 for JSON bodies whose strings hold an unpaired UTF-16 surrogate (``"\\ud800"``).

    JSON may escape one, Python decodes it, and the stages cope; but no answer containing it can be
    encoded as UTF-8, so without this the request would end in a 500 after all the work was done.
    Sits inside BodySizeLimit, so the body arrives whole, in one message.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "POST":
            return await self.app(scope, receive, send)
        message = await receive()
        body = message.get("body", b"")
        if _SURROGATE_ESCAPE.search(body) and (where := _unpaired_surrogate(body)) is not None:
            return await send_error(
                send,
                422,
                "invalid_unicode",
                "a string in the body holds an unpaired UTF-16 surrogate escape (\\ud800-\\udfff); "
                "send valid Unicode text",
                {"loc": where},
            )
        await self.app(scope, _replay([message], receive), send)


def _unpaired_surrogate(body: bytes) -> list | None:
    """Where the first string that cannot be UTF-8 encoded sits, or None (also for invalid JSON)."""
    try:
        document = json.loads(body)
    except ValueError:
        return None  # not JSON: the route's own validation answers
    stack: list[tuple[list, object]] = [(["body"], document)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not _encodable(key):
                    return loc
                stack.append(([*loc, key], item))
        elif isinstance(value, list):
            stack.extend(([*loc, index], item) for index, item in enumerate(value))
        elif isinstance(value, str) and not _encodable(value):
            return loc
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _replay(messages: list[dict], receive):
    """A ``receive`` that hands out buffered messages first, then defers to the server's."""
    pending = deque(messages)

    async def replaying_receive():
        if pending:
            return pending.popleft()
        return await receive()

    return replaying_receive


class ApiKeyGuard:
    """401 unless the ``X-API-Key`` header matches; health, readiness and the web page stay open."""

    header = b"x-api-key"

    def __init__(self, app, api_key: str, open_paths: Iterable[str], open_prefixes: Iterable[str] = ()) -> None:
        self.app = app
        self.key = api_key.encode()
        self.open_paths = frozenset(open_paths)
        self.open_prefixes = tuple(open_prefixes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self._is_open(scope["path"]):
            return await self.app(scope, receive, send)
        given = dict(scope.get("headers") or []).get(self.header, b"")
        # compare_digest keeps the comparison time independent of where the first wrong byte is.
        if given and hmac.compare_digest(given, self.key):
            return await self.app(scope, receive, send)
        await send_error(
            send,
            401,
            "unauthorized",
            "a valid API key is required in the X-API-Key header",
            {"header": "X-API-Key"},
        )

    def _is_open(self, path: str) -> bool:
        return path in self.open_paths or path.startswith(self.open_prefixes)


class ConcurrencyLimit:
    """Run at most ``workers`` analyses at once with at most ``queue`` more waiting; shed the rest.

    Shedding is immediate (503 + Retry-After), so load never turns into an unbounded backlog. The
    deadline covers the wait and the work. The work runs in a thread that cannot be killed, so a
    request that overruns gets its 504 at once while its slot stays taken until the thread ends:
    otherwise every timeout would let one more analysis pile onto the CPU. The thread ends soon after:
    the 504 raises the analysis's cancel flag, which the pipeline checks between stages and in its
    long loops (service/cancel.py). Code that never checks it (a custom summarizer's model call) still
    runs to its end.
    """

    def __init__(
        self,
        app,
        *,
        workers: int,
        queue: int,
        timeout_s: float,
        limited: Callable[[dict], bool],
        metrics=None,
        shared=None,
    ) -> None:
        self.app = app
        self.shared = shared  # a service.budget.SharedBudget: the cap across all server processes
        self.workers = max(1, workers)
        self.queue = max(0, queue)
        self.timeout_s = timeout_s
        self.limited = limited
        self.metrics = metrics
        self.running = 0
        self._waiters: deque[asyncio.Future] = deque()
        self._mean_s = 0.5  # running mean of service time, only for the Retry-After hint

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.limited(scope):
            return await self.app(scope, receive, send)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        if self.running >= self.workers or self._waiters:
            if len(self._waiters) >= self.queue:
                return await self._shed(send, "queue_full")
            if not await self._wait_for_slot(loop, deadline):
                return await self._shed(send, "queue_timeout")
        else:
            self.running += 1
        await self._run(scope, receive, send, loop, deadline)

    async def _wait_for_slot(self, loop, deadline: float) -> bool:
        """Queue up; True once a finishing request has handed this one its slot."""
        slot = loop.create_future()
        self._waiters.append(slot)
        self._gauge_queue()
        try:
            await asyncio.wait({slot}, timeout=max(0.0, deadline - loop.time()))
        except asyncio.CancelledError:
            self._leave_queue(slot)
            raise
        granted = slot.done() and not slot.cancelled()
        if not granted:
            self._leave_queue(slot)
        self._gauge_queue()
        return granted

    def _leave_queue(self, slot: asyncio.Future) -> None:
        if slot.done() and not slot.cancelled():
            self._release()  # it was handed a slot it will not use
            return
        slot.cancel()
        try:
            self._waiters.remove(slot)
        except ValueError:
            pass

    def _release(self) -> None:
        while self._waiters:
            slot = self._waiters.popleft()
            if not slot.done():
                slot.set_result(None)  # the slot passes straight on; ``running`` is unchanged
                self._gauge_queue()
                return
        self.running -= 1
        self._gauge_queue()

    async def _run(self, scope, receive, send, loop, deadline: float) -> None:
        started = loop.time()
        state = {"started": False, "abandoned": False, "shared_fd": None}
        if self.shared is not None:
            try:
                state["shared_fd"] = await self.shared.acquire(deadline - loop.time())
            except asyncio.CancelledError:
                self._release()
                raise
            if state["shared_fd"] is None:
                self._release()
                return await self._shed(send, "shared_budget")

        async def guarded_send(message):
            if state["abandoned"]:
                return  # the client already has its 504
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        cancel = threading.Event()

        async def cancellable_app():
            cancel_on(cancel)  # in this task's own context, which the route's worker thread copies
            await self.app(scope, receive, guarded_send)

        task = asyncio.ensure_future(cancellable_app())
        task.add_done_callback(lambda done: self._finished(done, loop.time() - started, state))
        await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
        if task.done() or state["started"]:
            return await task
        state["abandoned"] = True
        cancel.set()
        if self.metrics is not None:
            self.metrics.timeouts.inc()
        await send_error(
            send,
            504,
            "timeout",
            f"the analysis took longer than {self.timeout_s:g} s; try a shorter text or retry later",
            {"timeout_s": self.timeout_s},
        )

    def _finished(self, task: asyncio.Future, elapsed_s: float, state: dict) -> None:
        self._mean_s = 0.8 * self._mean_s + 0.2 * elapsed_s
        if state["shared_fd"] is not None:
            self.shared.release(state["shared_fd"])
        self._release()
        if state["abandoned"] and not task.cancelled() and task.exception() is not None:
            log.error("abandoned analysis failed after its timeout", exc_info=task.exception())

    async def _shed(self, send, reason: str) -> None:
        if self.metrics is not None:
            self.metrics.shed.labels(reason=reason).inc()
        retry_after = self.retry_after_s()
        await send_error(
            send,
            503,
            "overloaded",
            "the server is at capacity; retry after the number of seconds in Retry-After",
            {"retry_after_s": retry_after, "reason": reason},
            {"Retry-After": retry_after},
        )

    def retry_after_s(self) -> int:
        """Roughly how long the current backlog takes to drain, in whole seconds (1 to 30)."""
        backlog = self.running + len(self._waiters)
        return int(min(30, max(1, math.ceil(self._mean_s * backlog / self.workers))))

    def _gauge_queue(self) -> None:
        if self.metrics is not None:
            self.metrics.queued.set(len(self._waiters))
