"""`batch-create`: create sources, destinations or credentials from a YAML/JSON list."""

from __future__ import annotations

import argparse
import shlex
import threading
from pathlib import Path
from typing import Any

from ..batch_create import BatchReport, batch_create, load_items
from ..kinds import CREATABLE
from .common import (
    ERROR,
    INTERRUPTED,
    OK,
    CliError,
    Outcome,
    add_command,
    add_type_option,
    client_from_env,
    env_file_args,
)
from .progress import Display, stop_on_interrupt


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "batch-create",
        handle,
        help="create many sources/destinations/credentials, skipping names that exist",
        description="Idempotent by name: one paginated listing of what exists, concurrent "
        "creates, ambiguous failures reconciled by re-listing. Exit 1 if any item failed; "
        "Ctrl-C stops starting new creates and reports what was done (exit 130).",
    )
    add_type_option(p, CREATABLE)
    p.add_argument("file", type=Path, help="YAML/JSON: a list, or `<type>:` holding a list")
    p.add_argument("--dry-run", action="store_true", help="only show what would be created")
    p.add_argument("--concurrency", type=int, default=8, metavar="N")


def _human(report: BatchReport) -> str:
    verb = "plan for" if report.dry_run else "batch create of"
    lines = [f"{verb} {len(report.items)} {report.kind} ({report.existing} existed before)"]
    for item in report.items:
        ident = f" id={item.id}" if item.id is not None else ""
        extra = f": {item.reason}" if item.reason else ""
        lines.append(f"  {item.outcome:<12} {item.name}{ident}{extra}")
    lines.append("totals: " + ", ".join(f"{k}={v}" for k, v in sorted(report.counts.items())))
    return "\n".join(lines)


def resume_command(args: argparse.Namespace) -> str:
    parts = ["nexla-recipes", "batch-create", "--type", args.kind, str(args.file)]
    parts += env_file_args(args)
    if args.concurrency != 8:
        parts += ["--concurrency", str(args.concurrency)]
    return " ".join(shlex.quote(p) for p in parts)


def handle(args: argparse.Namespace) -> Outcome:
    if args.concurrency < 1:
        raise CliError("--concurrency must be at least 1")
    items = load_items(args.file, args.kind)
    stop = threading.Event()
    with Display(json_output=args.json, verbose=args.verbose) as display:
        with stop_on_interrupt(stop, display.line):
            report = batch_create(
                client_from_env(),
                args.kind,
                items,
                dry_run=args.dry_run,
                concurrency=args.concurrency,
                progress=display,
                stop=stop,
            )
    outcome = Outcome(_human(report), report.to_dict())
    if report.interrupted:
        counts = report.counts
        outcome.notes.append(
            "interrupted: "
            + ", ".join(
                f"{counts.get(k, 0)} {k.replace('_', ' ')}"
                for k in ("created", "skipped", "failed", "not_started")
            )
        )
        outcome.notes.append(f"resume (names that exist are skipped): {resume_command(args)}")
        outcome.code = INTERRUPTED
    else:
        outcome.code = OK if report.ok else ERROR
    return outcome
