"""Connections to the store's database: a small pool, and sessions that speak the dialect's paramstyle."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from service.store.dialect import Dialect, StoreUrl, write_transaction

Row = tuple[Any, ...]
# Connections kept for reuse; more are opened under load and closed when returned to a full pool.
_POOL_SIZE = 8


class Session:
    """One connection, borrowed for one unit of work; SQL uses ``?`` placeholders in both dialects."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(self.dialect.sql(query), tuple(params))

    def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None:
        cursor = self.raw.cursor()
        try:
            cursor.executemany(self.dialect.sql(query), [tuple(row) for row in rows])
        finally:
            cursor.close()

    def one(self, query: str, params: Sequence[Any] = ()) -> Row | None:
        return self.execute(query, params).fetchone()

    def all(self, query: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.execute(query, params).fetchall())

    def scalar(self, query: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(query, params)
        return None if row is None else row[0]


class Database:
    """A thread-safe pool over one store URL; each borrowed connection serves one thread at a time."""

    def __init__(self, url: StoreUrl) -> None:
        self.url = url
        self.dialect = url.dialect
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A connection in autocommit mode: each statement sees what is committed when it starts."""
        raw = self._borrow()
        try:
            yield Session(raw, self.dialect)
        finally:
            self._give_back(raw)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction holding the store's one write lock: writers queue, none is lost."""
        with self.session() as session, write_transaction(session.raw, self.dialect):
            yield session

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for raw in idle:
            raw.close()

    def _borrow(self) -> Any:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self.url.connect()

    def _give_back(self, raw: Any) -> None:
        with self._lock:
            if self._reusable(raw) and not self._closed and len(self._idle) < _POOL_SIZE:
                self._idle.append(raw)
                return
        raw.close()

    def _reusable(self, raw: Any) -> bool:
        # A connection left inside a transaction (an error mid-way) or broken is closed, not pooled.
        if self.dialect.name == "sqlite":
            return not raw.in_transaction
        return not raw.closed and raw.info.transaction_status == 0  # psycopg's TransactionStatus.IDLE


def placeholders(count: int) -> str:
    """``?, ?, ?`` for an IN list of ``count`` values."""
    return ", ".join("?" * count)
