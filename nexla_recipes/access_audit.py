"""Access audit: who granted or revoked what, on which resources, within a time window.

Audit entries carry `event`, `change_summary`, `object_changes` and `created_at` (there is
no `action` or `details`). Accessor changes show up as an `update` whose `change_summary`
names the access attribute (`access_controls` on Nexla; the `[old, new]` accessor lists are
in `object_changes`). The window is sent to the API as `from`/`to` days (less to page
through) and applied again to `created_at` here, because the API filters whole days only.
Every resource also gets a snapshot of its current accessors.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from nexla_api import NexlaClient, NexlaError, paginate
from nexla_api.models import AuditLogEntry

from ._progress import ProgressFn, emit
from .kinds import canonical_type, kind

#: change_summary attributes and event words that mean "access changed".
ACCESS_ATTRIBUTES = frozenset(
    {"access_controls", "accessors", "access_roles", "permissions", "sharers", "shared_with"}
)
ACCESS_WORDS = ("access", "accessor", "permission", "share", "grant", "revoke")


#: The resource types whose audit log and accessors the audit reads (singular names).
AUDIT_KINDS: tuple[str, ...] = ("source", "nexset", "destination", "credential")


def resource_kind(name: str) -> str:
    """Audit kind (`source`, ...) for a user-typed resource type (any word of the vocabulary)."""
    plural = canonical_type(name, [f"{k}s" for k in AUDIT_KINDS])
    return plural[:-1]


def describe_accessor(acc: Any) -> str:
    """`TYPE:who(role,...)` for an accessor dict or model, e.g. `USER:dana@example.com(operator)`."""
    data = acc.to_dict() if hasattr(acc, "to_dict") else dict(acc or {})
    who = next(
        (
            str(data[k])
            for k in ("email", "name", "client_identifier", "email_domain", "id")
            if data.get(k) not in (None, "")
        ),
        "?",
    )
    roles = ",".join(sorted(str(r) for r in data.get("access_roles") or []))
    return f"{data.get('type', '?')}:{who}({roles})"


def is_access_change(entry: AuditLogEntry) -> bool:
    summary = entry.change_summary or []
    if any(str(s).lower() in ACCESS_ATTRIBUTES for s in summary):
        return True
    text = " ".join([entry.event, *map(str, summary)]).lower()
    return any(word in text for word in ACCESS_WORDS)


@dataclass(frozen=True)
class AccessChange:
    """One access-related audit entry, with granted/revoked accessors worked out."""

    resource_type: str
    resource_id: int
    entry_id: int
    created_at: datetime
    event: str
    change_summary: tuple[str, ...]
    user: str | None
    granted: tuple[str, ...]
    revoked: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "resource_type": self.resource_type,
            "resource_id": self.resource_id,
            "entry_id": self.entry_id,
            "created_at": self.created_at.isoformat(),
            "event": self.event,
            "change_summary": list(self.change_summary),
            "user": self.user,
            "granted": list(self.granted),
            "revoked": list(self.revoked),
        }


def _change(kind: str, resource_id: int, entry: AuditLogEntry) -> AccessChange:
    summary = tuple(str(s) for s in entry.change_summary or [])
    before: set[str] = set()
    after: set[str] = set()
    changes = entry.object_changes
    if isinstance(changes, dict):
        for attr in ACCESS_ATTRIBUTES & set(changes):
            pair = changes[attr]
            if isinstance(pair, list) and len(pair) == 2:
                before |= {describe_accessor(a) for a in pair[0] or [] if isinstance(a, dict)}
                after |= {describe_accessor(a) for a in pair[1] or [] if isinstance(a, dict)}
    user = entry.user
    who = None
    if user is not None:
        email = user.email
        who = str(email) if email else None
        if who is None and isinstance(user.id, int):
            who = f"user {user.id}"
    return AccessChange(
        resource_type=kind,
        resource_id=resource_id,
        entry_id=entry.id,
        created_at=_utc(entry.created_at),
        event=entry.event,
        change_summary=summary,
        user=who,
        granted=tuple(sorted(after - before)),
        revoked=tuple(sorted(before - after)),
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass
class ResourceAccess:
    """One resource: its access changes in the window and who holds access now."""

    resource_type: str
    resource_id: int
    changes: list[AccessChange] = field(default_factory=list)
    accessors: list[str] = field(default_factory=list)
    entries_read: int = 0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "resource_type": self.resource_type,
            "resource_id": self.resource_id,
            "changes": [c.to_dict() for c in self.changes],
            "accessors": self.accessors,
            "entries_read": self.entries_read,
            "error": self.error,
        }


CSV_COLUMNS = (
    "record",
    "resource_type",
    "resource_id",
    "created_at",
    "event",
    "user",
    "change_summary",
    "granted",
    "revoked",
    "accessor",
)


@dataclass
class AccessAuditReport:
    since: datetime
    until: datetime
    resources: list[ResourceAccess] = field(default_factory=list)

    @property
    def changes(self) -> list[AccessChange]:
        """All changes, newest first."""
        out = [c for r in self.resources for c in r.changes]
        return sorted(out, key=lambda c: (c.created_at, c.entry_id), reverse=True)

    @property
    def errors(self) -> list[ResourceAccess]:
        return [r for r in self.resources if r.error]

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "changes": len(self.changes),
            "resources": [r.to_dict() for r in self.resources],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    def to_csv(self) -> str:
        """One `change` row per access change and one `accessor` row per current grant."""
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for c in self.changes:
            writer.writerow(
                {
                    "record": "change",
                    "resource_type": c.resource_type,
                    "resource_id": c.resource_id,
                    "created_at": c.created_at.isoformat(),
                    "event": c.event,
                    "user": c.user or "",
                    "change_summary": ";".join(c.change_summary),
                    "granted": ";".join(c.granted),
                    "revoked": ";".join(c.revoked),
                    "accessor": "",
                }
            )
        for r in self.resources:
            for acc in r.accessors:
                row = dict.fromkeys(CSV_COLUMNS, "")
                row.update(
                    record="accessor",
                    resource_type=r.resource_type,
                    resource_id=str(r.resource_id),
                    accessor=acc,
                )
                writer.writerow(row)
        return buf.getvalue()


def audit_access(
    client: NexlaClient,
    resources: Iterable[tuple[str, int]],
    *,
    since: datetime,
    until: datetime | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    per_page: int = 100,
    progress: ProgressFn | None = None,
) -> AccessAuditReport:
    """Access changes in `[since, until)` (until defaults to now) plus current accessors.

    `resources` are `(type, id)` pairs; types are source, nexset, destination, credential (or
    their plural/API names). A resource that cannot be read is reported with `error` and the
    audit goes on with the others.
    """
    start = _utc(since)
    end = _utc(until) if until is not None else _utc(now())
    if end <= start:
        raise ValueError(f"the window is empty: until ({end}) must be after since ({start})")
    report = AccessAuditReport(start, end)
    todo = [(resource_kind(t), int(i)) for t, i in resources]
    for n, (kind_name, resource_id) in enumerate(todo, start=1):
        row = kind(f"{kind_name}s")
        assert row.audit_log is not None and row.audit_id_param is not None
        assert row.accessors_get is not None
        item = ResourceAccess(kind_name, resource_id)
        report.resources.append(item)
        try:
            entries = paginate(
                row.audit_log,
                client=client,
                per_page=per_page,
                from_=start.date(),
                to=(end - timedelta(microseconds=1)).date(),
                **{row.audit_id_param: resource_id},
            )
            for entry in entries:
                item.entries_read += 1
                moment = _utc(entry.created_at)
                if start <= moment < end and is_access_change(entry):
                    item.changes.append(_change(kind_name, resource_id, entry))
            item.changes.sort(key=lambda c: (c.created_at, c.entry_id), reverse=True)
            accessors = row.accessors_get(resource_id, client=client)
            item.accessors = sorted(describe_accessor(a) for a in accessors)
        except NexlaError as exc:
            item.error = exc.summary()
        emit(
            progress,
            "audit.resource",
            f"{kind_name} {resource_id}: {len(item.changes)} access change(s)",
            n,
            len(todo),
        )
    return report


__all__ = [
    "AUDIT_KINDS",
    "AccessAuditReport",
    "AccessChange",
    "ResourceAccess",
    "audit_access",
    "describe_accessor",
    "is_access_change",
    "resource_kind",
]
