"""`audit`: access changes in a time window plus current accessors, as text, JSON or CSV."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import Any

from nexla_api import NexlaError

from ..access_audit import AccessAuditReport, audit_access, resource_kind
from .common import api_failure, client_from_env, fail


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "audit",
        help="who granted or revoked access to resources, and who has it now",
        description=(
            "Access-related audit entries of each resource within [--since, --until), and "
            "a snapshot of its accessors. Types: source, nexset, destination, credential."
        ),
    )
    p.add_argument("--type", help="resource type of the --id values, e.g. source")
    p.add_argument("--id", action="append", default=[], help="resource id (repeatable, or 1,2,3)")
    p.add_argument(
        "--resource",
        action="append",
        default=[],
        metavar="TYPE:ID",
        help="a resource of any type (repeatable), e.g. credential:42",
    )
    p.add_argument("--since", required=True, help="YYYY-MM-DD (00:00 UTC) or ISO 8601 time")
    p.add_argument("--until", help="YYYY-MM-DD (through that day) or ISO 8601 time; default now")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.add_argument("--json", action="store_true", help="same as --format json")
    p.set_defaults(handler=run)


def parse_moment(text: str, option: str, *, end_of_day: bool = False) -> datetime:
    """A date means midnight UTC (the next midnight for an end bound); times keep their zone."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return day + timedelta(days=1) if end_of_day else day
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{option} {text!r} is not a date; use YYYY-MM-DD or an ISO 8601 time "
            "such as 2025-06-01T12:00:00Z"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def resources_of(args: argparse.Namespace) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    ids = [i.strip() for chunk in args.id for i in chunk.split(",") if i.strip()]
    if ids and not args.type:
        raise ValueError("--id needs --type (source, nexset, destination or credential)")
    for raw in ids:
        out.append((resource_kind(args.type), _id(raw, "--id")))
    for item in args.resource:
        kind, sep, raw = item.partition(":")
        if not sep:
            raise ValueError(f"--resource {item!r} must be TYPE:ID, e.g. source:12")
        out.append((resource_kind(kind), _id(raw, "--resource")))
    if not out:
        raise ValueError("name at least one resource with --type/--id or --resource TYPE:ID")
    return out


def _id(raw: str, option: str) -> int:
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ValueError(f"{option} {raw!r} is not a resource id (a positive integer)")
    return int(raw)


def human(report: AccessAuditReport) -> str:
    lines = [
        f"access changes from {report.since.isoformat()} to {report.until.isoformat()}: "
        f"{len(report.changes)}"
    ]
    for c in report.changes:
        what = [f"+{g}" for g in c.granted] + [f"-{r}" for r in c.revoked]
        detail = ", ".join(what) or ", ".join(c.change_summary)
        lines.append(
            f"  {c.created_at.isoformat()} {c.resource_type} {c.resource_id} by "
            f"{c.user or 'unknown'}: {detail}"
        )
    for r in report.resources:
        head = f"{r.resource_type} {r.resource_id}"
        if r.error:
            lines.append(f"{head}: error: {r.error}")
        else:
            lines.append(f"{head}: accessors now: {', '.join(r.accessors) or 'none'}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        resources = resources_of(args)
        since = parse_moment(args.since, "--since")
        until = parse_moment(args.until, "--until", end_of_day=True) if args.until else None
        client = client_from_env()
        report = audit_access(client, resources, since=since, until=until)
    except ValueError as exc:
        return fail(str(exc))
    except NexlaError as exc:
        return api_failure(exc)
    fmt = "json" if args.json else args.format
    if fmt == "json":
        print(report.to_json())
    elif fmt == "csv":
        print(report.to_csv(), end="")
    else:
        print(human(report))
    return 1 if report.errors else 0
