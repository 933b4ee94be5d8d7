"""An in-memory FAISS index of one table's embeddings, kept in step with the database.

Built from the rows at open, then refreshed before each search: rows with ids above the last one
seen are added, and ids written to a deletion log since the last read are removed. Writers commit
in id order (service/store/dialect.py), so several processes, or machines sharing one PostgreSQL,
see each other's writes without any other channel.
"""

from __future__ import annotations

import os
import threading

import faiss
import numpy as np

from service.store.db import Session
from service.store.values import from_blobs

# Rows read per round trip while loading; bounds the memory of one fetch (512 floats = 2 KB a row).
_LOAD_CHUNK = 5000


# Searches from parallel requests run side by side; OpenMP threads inside each one only fight them.
# On 2 busy cores one 100,000-vector search took 92 ms with two OpenMP threads, 21 ms with one
# (bench/bench_store.py). OMP_NUM_THREADS, when set, still decides.
_SEARCH_THREADS = 1


class VectorIndex:
    """Exact inner-product search over unit vectors (cosine similarity), ids = the table's ids."""

    def __init__(self, table: str, dim: int, deletions: str | None = None) -> None:
        if "OMP_NUM_THREADS" not in os.environ:
            faiss.omp_set_num_threads(_SEARCH_THREADS)
        self.table = table
        self.dim = dim
        self.deletions = deletions  # the table logging deleted ids (column claim_id), if rows can go
        # Flat: exact, and at 100,000 vectors of 512 floats one query is a few milliseconds.
        self._index = faiss.IndexIDMap(faiss.IndexFlatIP(dim))
        self._last_id = 0
        self._last_deletion = 0
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def refresh(self, session: Session) -> None:
        """Catch up with rows committed since the last refresh, by any process."""
        with self._lock:
            if self.deletions:
                # Deletions first, from a position read before the rows: a claim added and deleted
                # between the two reads is then either never added or removed on the next refresh.
                gone = session.all(
                    f"SELECT seq, claim_id FROM {self.deletions} WHERE seq > ? ORDER BY seq", (self._last_deletion,)
                )
                if gone:
                    self._last_deletion = int(gone[-1][0])
                    doomed = faiss.IDSelectorBatch(np.array([row[1] for row in gone], dtype=np.int64))
                    self._index.remove_ids(doomed)
            while True:
                rows = session.all(
                    f"SELECT id, embedding FROM {self.table} WHERE id > ? ORDER BY id LIMIT {_LOAD_CHUNK}",
                    (self._last_id,),
                )
                if not rows:
                    return
                ids = np.array([row[0] for row in rows], dtype=np.int64)
                self._index.add_with_ids(from_blobs([row[1] for row in rows], self.dim), ids)
                self._last_id = int(ids[-1])
                if len(rows) < _LOAD_CHUNK:
                    return

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """The ``k`` nearest ids with their cosine similarity, best first, for each query row."""
        queries = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
        with self._lock:
            k = min(k, len(self))
            if k <= 0:
                return [[] for _ in range(len(queries))]
            scores, ids = self._index.search(queries, k)
        return [
            [(int(i), float(s)) for i, s in zip(row_ids, row_scores) if i >= 0]
            for row_ids, row_scores in zip(ids, scores)
        ]
