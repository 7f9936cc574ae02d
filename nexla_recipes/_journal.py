"""Append-only JSON-lines journal: every mutating step is recorded before and after it runs.

Each line is flushed and fsynced before the step proceeds, so after a crash the journal says
what may exist. A torn last line (crash mid-write) is ignored on reading.

Reading validates every record against `RECORD_SCHEMA` (the fields each event carries and
their types), so a journal that was edited or damaged is refused with one line naming the
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
#: A deploy writes a few dozen lines; anything this big is not one of its journals.
MAX_JOURNAL_BYTES = MAX_STATE_BYTES

#: Every step a deploy journals, in order.
STEPS = (
    "credential.create",
    "credential.probe",
    "source.create",
    "discovery.wait",
    "transform.create",
    "destination.create",
    "flow.lookup",
    "flow.activate",
    "run.verify",
)
#: Every event a journal records.
EVENTS = (
    "deploy.begin",
    "deploy.end",
    "step.started",
    "step.done",
    "step.failed",
    "step.reconciled",
    "rollback.begin",
    "rollback.end",
    "undo.started",
    "undo.done",
    "undo.failed",
    "undo.refused",
)
_ID = {"type": "integer", "minimum": 1}
_NAME = {"type": "string", "maxLength": 10_000}


def _when(event: str | list[str], then: dict[str, Any]) -> dict[str, Any]:
    match = {"enum": event} if isinstance(event, list) else {"const": event}
    return {"if": {"required": ["event"], "properties": {"event": match}}, "then": then}


def _step(event: str, step: str, required: list[str]) -> dict[str, Any]:
    match = {"event": {"const": event}, "step": {"const": step}}
    return {
        "if": {"required": ["event", "step"], "properties": match},
        "then": {"required": required},
    }


#: One journal line. Fields a deploy never writes are allowed (and ignored) for compatibility.
RECORD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["v", "seq", "event"],
    "properties": {
        "v": {"const": VERSION},
        "seq": {"type": "integer", "minimum": 1},
        "at": {"type": "number"},
        "event": {"enum": list(EVENTS)},
        "step": {"enum": list(STEPS)},
        "name": {"type": ["string", "null"], "maxLength": 10_000},
        "id": _ID,
        "preexisting": {"type": "array", "items": _ID},
        "nexset_id": _ID,
        "credential_id": _ID,
        "flow_id": _ID,
        "origin_node_id": {"type": ["integer", "null"], "minimum": 1},
        "reconciled": {"type": "boolean"},
        "action": {"enum": ["pause", "delete"]},
        "kind": {"enum": ["flows", "credentials", "sources", "nexsets", "destinations"]},
        "error": {"type": "string"},
        "status": {"type": "string"},
    },
    "allOf": [
        _when(
            "deploy.begin",
            {
                "required": ["name", "config_file", "config_sha256"],
                "properties": {
                    "name": _NAME,
                    "config_file": _NAME,
                    "config_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
            },
        ),
        _when(
            ["step.started", "step.done", "step.failed", "step.reconciled"], {"required": ["step"]}
        ),
        _when(
            ["undo.started", "undo.done", "undo.failed", "undo.refused"],
            {"required": ["step", "action"]},
        ),
        _when(["undo.started", "undo.refused"], {"required": ["kind", "id"]}),
        _when("step.reconciled", {"required": ["id"]}),
        # what a deploy reads back from a finished (or, for activation, started) step
        *(
            _step(event, step, required)
            for event, step, required in (
                ("step.done", "credential.create", ["id"]),
                ("step.done", "source.create", ["id"]),
                ("step.done", "transform.create", ["id"]),
                ("step.done", "destination.create", ["id"]),
                ("step.done", "credential.probe", ["credential_id"]),
                ("step.done", "discovery.wait", ["nexset_id"]),
                ("step.done", "flow.lookup", ["flow_id", "origin_node_id"]),
                ("step.done", "flow.activate", ["flow_id"]),
                ("step.started", "flow.activate", ["flow_id"]),
            )
        ),
    ],
}


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
        cls,
        path: Path,
        clock: Callable[[], float] = time.time,
        *,
        begin: str = "deploy.begin",
        schema: dict[str, Any] | None = None,
    ) -> tuple[Journal, list[dict[str, Any]]]:
        entries = read(path, begin=begin, schema=schema)
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


def read(
    path: Path, *, begin: str = "deploy.begin", schema: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The records of a journal (a deploy's unless `begin` and `schema` say otherwise);
    `JournalError` (one line) if it is not a valid one."""
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
            validate(entry, schema or RECORD_SCHEMA, f"{path}: line {number}")
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
