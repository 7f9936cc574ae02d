"""`list`: resources of one type, every page, optionally filtered by name."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import NexlaError, paginate

from .._kinds import KINDS
from .._resources import val
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("list", help="list resources of a type (all pages)")
    p.add_argument("--type", dest="kind", choices=sorted(KINDS), required=True)
    p.add_argument("--name", help="only names containing this text (case-insensitive)")
    p.add_argument("--limit", type=int, help="stop after this many matches")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        return fail("--limit must be at least 1")
    k = KINDS[args.kind]
    needle = (args.name or "").lower()
    rows: list[dict[str, Any]] = []
    try:
        for resource in paginate(k.list_sync, client=client_from_env(), per_page=100):
            name = val(getattr(resource, "name", None)) or ""
            if needle and needle not in str(name).lower():
                continue
            rows.append(
                {
                    "id": resource.id,
                    "name": name,
                    "status": val(getattr(resource, "status", None)),
                    "type": val(
                        getattr(resource, "source_type", None)
                        or getattr(resource, "sink_type", None)
                        or getattr(resource, "credentials_type", None)
                    ),
                }
            )
            if args.limit is not None and len(rows) >= args.limit:
                break
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"no {k.name}" + (f" matching {args.name!r}" if args.name else ""))
        return 0
    print(f"{'ID':>8}  {'STATUS':<8}  {'TYPE':<12}  NAME")
    for row in rows:
        print(
            f"{row['id']:>8}  {str(row['status'] or '-'):<8}  {str(row['type'] or '-'):<12}  {row['name']}"
        )
    print(f"{len(rows)} {k.name}")
    return 0
