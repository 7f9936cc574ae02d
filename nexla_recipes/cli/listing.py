"""`list`: resources of one type, every page, optionally filtered by name."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import paginate

from ..kinds import LISTABLE, kind
from .common import CliError, Outcome, add_command, add_type_option, client_from_env


def register(subparsers: Any) -> None:
    p = add_command(subparsers, "list", handle, help="list resources of a type (all pages)")
    add_type_option(p, LISTABLE)
    p.add_argument("--name", help="only names containing this text (case-insensitive)")
    p.add_argument("--limit", type=int, help="stop after this many matches")


def handle(args: argparse.Namespace) -> Outcome:
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be at least 1")
    k = kind(args.kind)
    needle = (args.name or "").lower()
    rows: list[dict[str, Any]] = []
    assert k.list_sync is not None
    for resource in paginate(k.list_sync, client=client_from_env(), per_page=100):
        name = getattr(resource, "name", None) or ""
        status = getattr(resource, "status", None)
        if needle and needle not in str(name).lower():
            continue
        rows.append(
            {
                "id": resource.id,
                "name": name,
                "status": None if status is None else str(status),
                "type": getattr(resource, "source_type", None)
                or getattr(resource, "sink_type", None)
                or getattr(resource, "credentials_type", None),
            }
        )
        if args.limit is not None and len(rows) >= args.limit:
            break
    if not rows:
        text = f"no {k.cli_word}" + (f" matching {args.name!r}" if args.name else "")
        return Outcome(text, rows)
    lines = [f"{'ID':>8}  {'STATUS':<8}  {'TYPE':<12}  NAME"]
    for row in rows:
        lines.append(
            f"{row['id']:>8}  {str(row['status'] or '-'):<8}  "
            f"{str(row['type'] or '-'):<12}  {row['name']}"
        )
    lines.append(f"{len(rows)} {k.cli_word}")
    return Outcome("\n".join(lines), rows)
