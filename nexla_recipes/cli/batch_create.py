"""`batch-create`: create sources, destinations or credentials from a YAML/JSON list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nexla_api import NexlaError

from .._config import ConfigError
from .._kinds import CREATABLE
from .._progress import Progress
from ..batch_create import batch_create, load_items
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "batch-create",
        help="create many sources/destinations/credentials, skipping names that exist",
        description="Idempotent by name: one paginated listing of what exists, concurrent "
        "creates, ambiguous failures reconciled by re-listing. Exit 1 if any item failed.",
    )
    p.add_argument("--type", dest="kind", choices=CREATABLE, required=True)
    p.add_argument("file", type=Path, help="YAML/JSON: a list, or `<type>:` holding a list")
    p.add_argument("--dry-run", action="store_true", help="only show what would be created")
    p.add_argument("--concurrency", type=int, default=8, metavar="N")
    p.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    p.set_defaults(handler=handle)


def _progress(event: Progress) -> None:
    counter = f"[{event.done}/{event.total}] " if event.total else ""
    print(f"{counter}{event.message}", file=sys.stderr)


def handle(args: argparse.Namespace) -> int:
    if args.concurrency < 1:
        return fail("--concurrency must be at least 1")
    try:
        items = load_items(args.file, args.kind)
        report = batch_create(
            client_from_env(),
            args.kind,
            items,
            dry_run=args.dry_run,
            concurrency=args.concurrency,
            progress=None if args.json else _progress,
        )
    except ConfigError as exc:
        return fail(str(exc))
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(report.to_dict())
    else:
        verb = "plan for" if report.dry_run else "batch create of"
        print(f"{verb} {len(report.items)} {report.kind} ({report.existing} existed before)")
        for item in report.items:
            ident = f" id={item.id}" if item.id is not None else ""
            extra = f": {item.reason}" if item.reason else ""
            print(f"  {item.outcome:<12} {item.name}{ident}{extra}")
        print("totals: " + ", ".join(f"{k}={v}" for k, v in sorted(report.counts.items())))
    return 0 if report.ok else 1
