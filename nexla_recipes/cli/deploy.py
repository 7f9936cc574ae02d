"""`deploy`: deploy a flow from a config file; `deploy rollback JOURNAL` undoes one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nexla_api import NexlaError

from .._config import ConfigError
from .._journal import JournalError
from .._progress import Progress
from ..deploy import DeployReport, default_journal_path, deploy, load_config, rollback, schema_text
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "deploy",
        help="deploy a flow (credential, source, transform, destination) with rollback",
        description="Deploy CONFIG, or `deploy rollback JOURNAL` to undo an interrupted deploy. "
        "Every mutating step is journalled (JSON lines) before and after it runs.",
    )
    p.add_argument("config", nargs="?", help="flow config (YAML or JSON), or `rollback`")
    p.add_argument("journal_arg", nargs="?", metavar="JOURNAL", help="with `rollback`: the journal")
    p.add_argument("--dry-run", action="store_true", help="validate and check, create nothing")
    p.add_argument(
        "--resume", metavar="JOURNAL", type=Path, help="finish the deploy of this journal"
    )
    p.add_argument(
        "--journal",
        metavar="PATH",
        type=Path,
        help="journal file (default: <name>.deploy.jsonl beside CONFIG)",
    )
    p.add_argument(
        "--print-schema", action="store_true", help="print the config JSON Schema and exit"
    )
    p.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    p.set_defaults(handler=handle)


def _progress(event: Progress) -> None:
    print(f"[{event.stage}] {event.message}", file=sys.stderr)


def _human(report: DeployReport) -> None:
    print(f"deploy {report.name}: {report.status}")
    if report.error:
        print(f"  error: {report.error}")
    for step in report.steps:
        print(f"  {step.status:<10} {step.step}" + (f"  {step.detail}" if step.detail else ""))
    for undo in report.undo:
        print(f"  undo {undo.status:<5} {undo.step}  {undo.detail}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    if report.status != "dry_run":
        if report.exists:
            print(
                "exists now: "
                + ", ".join(f"{r.kind[:-1]} {r.id} ({r.name})" for r in report.exists)
            )
        else:
            print("exists now: nothing this deploy created")
    if report.journal:
        print(f"journal: {report.journal}")


def handle(args: argparse.Namespace) -> int:
    if args.print_schema:
        sys.stdout.write(schema_text())
        return 0
    progress = None if args.json else _progress
    try:
        if args.config == "rollback":
            if not args.journal_arg:
                return fail("deploy rollback needs the JOURNAL file of the deploy to undo")
            report = rollback(client_from_env(), Path(args.journal_arg), progress=progress)
        else:
            if not args.config:
                return fail(
                    "deploy needs a CONFIG file (see --print-schema), or `rollback JOURNAL`"
                )
            loaded = load_config(Path(args.config))
            if args.resume and args.journal and args.resume != args.journal:
                return fail("pass either --resume JOURNAL or --journal PATH, not both")
            journal = args.resume or args.journal or default_journal_path(loaded)
            report = deploy(
                client_from_env(),
                loaded,
                journal_path=journal,
                resume=args.resume is not None,
                dry_run=args.dry_run,
                progress=progress,
            )
    except ConfigError as exc:
        return fail(str(exc))
    except JournalError as exc:
        return fail(str(exc))
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(report.to_dict())
    else:
        _human(report)
    if args.config == "rollback":
        return 0 if report.status == "rolled_back" else 1
    return 0 if report.ok else 1
