"""`audit`: access changes in a time window plus current accessors, as text, JSON or CSV."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import Any

from ..access_audit import AUDIT_KINDS, AccessAuditReport, audit_access, resource_kind
from .common import ERROR, OK, CliError, Outcome, add_command, client_from_env
from .progress import Display


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "audit",
        handle,
        help="who granted or revoked access to resources, and who has it now",
        description=(
            "Access-related audit entries of each resource within [--since, --until), and "
            "a snapshot of its accessors. Types: "
            + ", ".join(f"{k}s" for k in AUDIT_KINDS)
            + " (or an alias). A resource that cannot be read is an error (exit 1)."
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


def parse_moment(text: str, option: str, *, end_of_day: bool = False) -> datetime:
    """A date means midnight UTC (the next midnight for an end bound); times keep their zone."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return day + timedelta(days=1) if end_of_day else day
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CliError(
            f"{option} {text!r} is not a date; use YYYY-MM-DD or an ISO 8601 time "
            "such as 2025-06-01T12:00:00Z"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def resources_of(args: argparse.Namespace) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    ids = [i.strip() for chunk in args.id for i in chunk.split(",") if i.strip()]
    if ids and not args.type:
        raise CliError("--id needs --type (source, nexset, destination or credential)")
    for raw in ids:
        out.append((_kind(args.type), _id(raw, "--id")))
    for item in args.resource:
        kind, sep, raw = item.partition(":")
        if not sep:
            raise CliError(f"--resource {item!r} must be TYPE:ID, e.g. source:12")
        out.append((_kind(kind), _id(raw, "--resource")))
    if not out:
        raise CliError("name at least one resource with --type/--id or --resource TYPE:ID")
    return out


def _kind(word: str) -> str:
    try:
        return resource_kind(word)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _id(raw: str, option: str) -> int:
    if not raw.strip().isdigit() or int(raw) < 1:
        raise CliError(f"{option} {raw!r} is not a resource id (a positive integer)")
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


def handle(args: argparse.Namespace) -> Outcome:
    resources = resources_of(args)
    since = parse_moment(args.since, "--since")
    until = parse_moment(args.until, "--until", end_of_day=True) if args.until else None
    client = client_from_env()
    with Display(json_output=args.json or args.format != "text", verbose=args.verbose) as display:
        try:
            report = audit_access(client, resources, since=since, until=until, progress=display)
        except ValueError as exc:  # an empty window
            raise CliError(str(exc)) from None
    fmt = "json" if args.json else args.format
    if fmt == "json":
        text = report.to_json()
    elif fmt == "csv":
        text = report.to_csv()
    else:
        text = human(report)
    outcome = Outcome(text, None, ERROR if report.errors else OK)
    if report.errors:
        first = report.errors[0]
        outcome.notes.append(
            f"error: {len(report.errors)} resource(s) could not be audited, first "
            f"{first.resource_type} {first.resource_id}: {first.error}"
        )
    return outcome
