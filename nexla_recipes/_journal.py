"""Append-only JSON-lines journal: every mutating step is recorded before and after it runs.

Each line is flushed and fsynced before the step proceeds, so after a crash the journal says
what may exist. A torn last line (crash mid-write) is ignored on reading.

Deploy, apply and rotation each journal this way, with their own first event and record
schema (the fields each event carries and their types). Reading validates every record
against it, so a journal that was edited or damaged is refused with one line naming the
line and field, before anything acts on it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._atomic_json import MAX_STATE_BYTES, UnreadableFile, read_text
from ._config import ConfigError, validate

VERSION = 1
#: A journal holds a few dozen to a few thousand lines; anything this big is not one.
MAX_JOURNAL_BYTES = MAX_STATE_BYTES


def when(event: str | list[str], then: dict[str, Any], **fields: str | list[str]) -> dict[str, Any]:
    """A record-schema rule: records of `event` (and with these field values; a list means
    any of them) also match `then`."""

    def one_of(value: str | list[str]) -> dict[str, Any]:
        return {"enum": value} if isinstance(value, list) else {"const": value}

    match: dict[str, Any] = {"event": one_of(event)}
    match.update({k: one_of(v) for k, v in fields.items()})
    return {"if": {"required": ["event", *fields], "properties": match}, "then": then}


def record_schema(
    events: list[str], properties: dict[str, Any], rules: list[dict[str, Any]]
) -> dict[str, Any]:
    """The JSON Schema of one journal line: the fields every record has (`v`, `seq`, `at`,
    one of `events`), `properties` and the `rules` (see `when`) of one kind of journal."""
    return {
        "type": "object",
        "required": ["v", "seq", "event"],
        "properties": {
            "v": {"const": VERSION},
            "seq": {"type": "integer", "minimum": 1},
            "at": {"type": "number"},
            "event": {"enum": events},
            **properties,
        },
        "allOf": rules,
    }


class JournalError(Exception):
    """The journal file is missing, unreadable or not a deploy journal."""


class Journal:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._seq = 0

    @classmethod
    def create(
        cls, path: Path, clock: Callable[[], float] = time.time, *, hint: str | None = None
    ) -> Journal:
        """A new journal; refuses to overwrite one with content (it may be needed to roll back
        or resume). `hint` says what to do with the existing one (a deploy's by default)."""
        if path.exists() and path.stat().st_size > 0:
            raise JournalError(
                f"{path} already exists; "
                + (
                    hint
                    or f"resume it with --resume {path}, roll it back with "
                    f"`deploy rollback {path}`, or pass another --journal"
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path, clock)

    @classmethod
    def reopen(
        cls,
        path: Path,
        clock: Callable[[], float] = time.time,
        *,
        begin: str,
        schema: dict[str, Any],
    ) -> tuple[Journal, list[dict[str, Any]]]:
        entries = read(path, begin=begin, schema=schema)
        _seal(path)
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


def _seal(path: Path) -> None:
    """End the file with a whole record before appending to it: a torn last line (a crash
    mid-write, which reading ignores) is cut off, so the records written after it stay
    readable lines of their own."""
    with path.open("rb+") as fh:
        data = fh.read()
        if not data or data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        try:
            json.loads(data[cut:])
        except (ValueError, RecursionError):
            fh.truncate(cut)
        else:  # a whole record that only lacks its line end
            fh.write(b"\n")
        fh.flush()
        os.fsync(fh.fileno())


def read(path: Path, *, begin: str, schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of a journal that starts with a `begin` record and whose every record
    matches `schema`; `JournalError` (one line) if it is not a valid one."""
    what = begin.split(".")[0]
    try:
        text = read_text(path, MAX_JOURNAL_BYTES)
    except UnreadableFile as exc:
        raise JournalError(f"{path}: {exc}; not a readable {what} journal") from None
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    entries: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            if number == len(lines):  # torn final write: the step it announced never got further
                break
            raise JournalError(
                f"{path}: line {number} is not JSON; the journal is damaged"
            ) from None
        if not isinstance(entry, dict):
            raise JournalError(f"{path}: line {number} is not a journal record")
        try:
            validate(entry, schema, f"{path}: line {number}")
        except ConfigError as exc:
            first = exc.problems[0]
            field = "" if first.field in ("", "(top level)") else f" `{first.field}`"
            raise JournalError(
                f"{first.file}:{field} {first.message}; the journal was edited or is damaged, "
                f"so it cannot be trusted to undo or resume this {what}"
            ) from None
        entries.append(entry)
    if not entries or entries[0].get("event") != begin:
        article = "an" if what[0] in "aeiou" else "a"
        raise JournalError(f"{path}: not {article} {what} journal (no {begin} record)")
    return entries
