"""SQLite state of the sandbox: JSON documents per kind, tokens, audit entries, counters.

One connection (`check_same_thread=False`, autocommit) guarded by one `RLock`: uvicorn
runs handlers on its loop thread while tests reach in from theirs, and a shared
connection without a lock corrupts implicit transactions. Multi-statement units use
`transaction()`, which commits (or rolls back) before releasing the lock, so a file
database on disk is consistent whenever the process is killed between requests.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import codec

MAX_ID = 2**53 - 1
Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL, id INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY, item_type TEXT NOT NULL, item_id INTEGER NOT NULL,
    created_at TEXT NOT NULL, body TEXT NOT NULL);
"""


class Store:
    """Every read and write of sandbox state goes through this object and its lock."""

    def __init__(self, path: str = ":memory:", *, id_start: int = 1001) -> None:
        self.path = path
        self.id_start = id_start
        self.lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._depth = 0
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self.lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock for a unit of work and commit it as one transaction."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")

    # -- counters ------------------------------------------------------------------
    def next_value(self, name: str, start: int = 1) -> int:
        with self.transaction():
            row = self._conn.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()
            value = start if row is None else int(row[0]) + 1
            self._conn.execute(
                "INSERT INTO counters(name, value) VALUES(?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value=excluded.value",
                (name, value),
            )
        if value > MAX_ID:
            raise OverflowError(f"counter {name} ran past 2**53")
        return value

    def counter(self, name: str) -> int:
        with self.lock:
            row = self._conn.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()
            return 0 if row is None else int(row[0])

    # -- documents -----------------------------------------------------------------
    def new_id(self, kind: str) -> int:
        """Next id of a kind, skipping ids taken by built-ins (ids stay below 2**53)."""
        with self.transaction():
            while True:
                candidate = self.next_value(f"id:{kind}", start=self.id_start)
                if self.get(kind, candidate) is None:
                    return candidate

    def put(self, kind: str, doc: Doc) -> Doc:
        with self.lock:
            self._conn.execute(
                "INSERT INTO docs(kind, id, body) VALUES(?, ?, ?) "
                "ON CONFLICT(kind, id) DO UPDATE SET body=excluded.body",
                (kind, int(doc["id"]), codec.dumps(doc, sort_keys=True).decode()),
            )
        return doc

    def get(self, kind: str, doc_id: int) -> Doc | None:
        if not 0 < doc_id <= MAX_ID:
            return None
        with self.lock:
            row = self._conn.execute(
                "SELECT body FROM docs WHERE kind=? AND id=?", (kind, doc_id)
            ).fetchone()
        return None if row is None else dict(codec.loads(row[0]))

    def delete(self, kind: str, doc_id: int) -> bool:
        with self.lock:
            cur = self._conn.execute("DELETE FROM docs WHERE kind=? AND id=?", (kind, doc_id))
            return cur.rowcount > 0

    def all(self, kind: str) -> list[Doc]:
        with self.lock:
            rows = self._conn.execute(
                "SELECT body FROM docs WHERE kind=? ORDER BY id", (kind,)
            ).fetchall()
        if not rows:
            return []
        # One decode for the whole kind: a list of 1,000 is read on every page request.
        docs = codec.loads("[" + ",".join(r[0] for r in rows) + "]")
        return list(docs)

    def kinds(self) -> dict[str, int]:
        """Number of non-built-in documents per kind (built-ins carry `_builtin`)."""
        counts: dict[str, int] = {}
        with self.lock:
            rows = self._conn.execute("SELECT kind, body FROM docs").fetchall()
        for kind, body in rows:
            if not codec.loads(body).get("_builtin"):
                counts[kind] = counts.get(kind, 0) + 1
        return counts

    # -- tokens --------------------------------------------------------------------
    def add_token(self, token: str, user_id: int, expires_at: float) -> None:
        with self.lock:
            self._conn.execute(
                "INSERT INTO tokens(token, user_id, expires_at) VALUES(?, ?, ?)",
                (token, user_id, expires_at),
            )

    def token(self, token: str) -> tuple[int, float] | None:
        with self.lock:
            row = self._conn.execute(
                "SELECT user_id, expires_at FROM tokens WHERE token=?", (token,)
            ).fetchone()
        return None if row is None else (int(row[0]), float(row[1]))

    def drop_token(self, token: str) -> None:
        with self.lock:
            self._conn.execute("DELETE FROM tokens WHERE token=?", (token,))

    # -- audit ---------------------------------------------------------------------
    def add_audit(self, entry: Doc) -> Doc:
        with self.lock:
            entry["id"] = self.next_value("audit", start=1)
            self._conn.execute(
                "INSERT INTO audit(id, item_type, item_id, created_at, body) VALUES(?, ?, ?, ?, ?)",
                (
                    entry["id"],
                    entry["item_type"],
                    entry["item_id"],
                    entry["created_at"],
                    codec.dumps(entry, sort_keys=True).decode(),
                ),
            )
        return entry

    def audit(self, item_type: str, item_id: int) -> list[Doc]:
        with self.lock:
            rows = self._conn.execute(
                "SELECT body FROM audit WHERE item_type=? AND item_id=? ORDER BY id",
                (item_type, item_id),
            ).fetchall()
        return [dict(codec.loads(r[0])) for r in rows]

    def audit_entries(self) -> list[Doc]:
        """Every audit entry, oldest first (org-wide audit logs filter these)."""
        with self.lock:
            rows = self._conn.execute("SELECT body FROM audit ORDER BY id").fetchall()
        return [dict(codec.loads(r[0])) for r in rows]

    def audit_count(self) -> int:
        with self.lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0])

    # -- whole state ---------------------------------------------------------------
    def reset(self, *, tokens: bool = False) -> None:
        """Forget all resources; issued tokens survive unless `tokens` (sessions outlive data)."""
        with self.transaction():
            for table in ("docs", "counters", "audit", *(("tokens",) if tokens else ())):
                self._conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

    def is_empty(self) -> bool:
        with self.lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]) == 0
