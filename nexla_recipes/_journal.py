"""Append-only JSON-lines journal: every mutating step is recorded before and after it runs.

Each line is flushed and fsynced before the step proceeds, so after a crash the journal says
what may exist. A torn last line (crash mid-write) is ignored on reading.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VERSION = 1


class JournalError(Exception):
    """The journal file is missing, unreadable or not a deploy journal."""


class Journal:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._seq = 0

    @classmethod
    def create(cls, path: Path, clock: Callable[[], float] = time.time) -> Journal:
        """A new journal; refuses to overwrite one with content (it may be needed to roll back)."""
        if path.exists() and path.stat().st_size > 0:
            raise JournalError(
                f"{path} already exists; resume it with --resume {path}, roll it back with "
                f"`deploy rollback {path}`, or pass another --journal"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path, clock)

    @classmethod
    def reopen(
        cls, path: Path, clock: Callable[[], float] = time.time
    ) -> tuple[Journal, list[dict[str, Any]]]:
        entries = read(path)
        journal = cls(path, clock)
        journal._seq = max((int(e.get("seq", 0)) for e in entries), default=0)
        return journal, entries

    def write(self, event: str, **data: Any) -> None:
        self._seq += 1
        record = {
            "v": VERSION,
            "seq": self._seq,
            "at": round(self._clock(), 3),
            "event": event,
            **data,
        }
        line = json.dumps(record, sort_keys=True, default=str) + "\n"
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())


def read(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise JournalError(f"{path}: no such journal") from None
    except OSError as exc:
        raise JournalError(f"{path}: cannot read ({exc.strerror})") from None
    entries: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines):  # torn final write: the step it announced never got further
                break
            raise JournalError(
                f"{path}: line {number} is not JSON; the journal is damaged"
            ) from None
        if not isinstance(entry, dict) or "event" not in entry:
            raise JournalError(f"{path}: line {number} is not a journal record")
        entries.append(entry)
    if not entries or entries[0].get("event") != "deploy.begin":
        raise JournalError(f"{path}: not a deploy journal (no deploy.begin record)")
    return entries
