"""`deploy`: deploy a flow from a config file; `deploy rollback JOURNAL` undoes one."""

from __future__ import annotations

import argparse
import shlex
import threading
from pathlib import Path
from typing import Any

from ..deploy import DeployReport, default_journal_path, deploy, load_config, rollback, schema_text
from .common import (
    ERROR,
    INTERRUPTED,
    OK,
    CliError,
    Outcome,
    add_command,
    client_from_env,
    env_file_args,
)
from .progress import Display, stop_on_interrupt


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "deploy",
        handle,
        help="deploy a flow (credential, source, transform, destination) with rollback",
        description="Deploy CONFIG, or `deploy rollback JOURNAL` to undo an interrupted deploy. "
        "Every mutating step is journalled (JSON lines) before and after it runs. Resources "
        "of the config that already exist by name are adopted when their fields equal the "
        "config; otherwise deploy stops before any change (or takes them over with --adopt).",
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
        "--adopt",
        action="store_true",
        help="take over same-named resources even if their fields differ from the config",
    )
    p.add_argument(
        "--print-schema", action="store_true", help="print the config JSON Schema and exit"
    )


def _human(report: DeployReport) -> str:
    lines = [f"deploy {report.name}: {report.status}"]
    if report.error:
        lines.append(f"  error: {report.error}")
    for step in report.steps:
        lines.append(
            f"  {step.status:<10} {step.step}" + (f"  {step.detail}" if step.detail else "")
        )
    for undo in report.undo:
        lines.append(f"  undo {undo.status:<5} {undo.step}  {undo.detail}")
    for warning in report.warnings:
        lines.append(f"  warning: {warning}")
    if report.adopted:
        lines.append(
            "adopted (existed already): "
            + ", ".join(f"{r.kind[:-1]} {r.id} ({r.name})" for r in report.adopted)
        )
    if report.status != "dry_run":
        if report.exists:
            lines.append(
                "exists now: "
                + ", ".join(f"{r.kind[:-1]} {r.id} ({r.name})" for r in report.exists)
            )
        else:
            lines.append("exists now: nothing this deploy created")
    if report.journal:
        lines.append(f"journal: {report.journal}")
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> Outcome:
    if args.print_schema:
        return Outcome(schema_text())
    stop = threading.Event()
    with (
        Display(json_output=args.json, verbose=args.verbose) as progress,
        stop_on_interrupt(stop, progress.line),
    ):
        if args.config == "rollback":
            if not args.journal_arg:
                raise CliError("deploy rollback needs the JOURNAL file of the deploy to undo")
            report = rollback(client_from_env(), Path(args.journal_arg), progress=progress)
            code = OK if report.status == "rolled_back" else ERROR
        else:
            if not args.config:
                raise CliError(
                    "deploy needs a CONFIG file (see --print-schema), or `rollback JOURNAL`"
                )
            loaded = load_config(Path(args.config))
            if args.resume and args.journal and args.resume != args.journal:
                raise CliError("pass either --resume JOURNAL or --journal PATH, not both")
            journal = args.resume or args.journal or default_journal_path(loaded)
            report = deploy(
                client_from_env(),
                loaded,
                journal_path=journal,
                resume=args.resume is not None,
                dry_run=args.dry_run,
                adopt=args.adopt,
                progress=progress,
                stop=stop,
            )
            code = OK if report.ok else ERROR
    outcome = Outcome(_human(report), report.to_dict(), code)
    if report.status == "interrupted" and report.journal:
        done = sum(1 for s in report.steps if s.status != "failed")
        journal = shlex.quote(report.journal)
        env = "".join(f" {shlex.quote(a)}" for a in env_file_args(args))
        outcome.code = INTERRUPTED
        outcome.notes += [
            f"interrupted: {done} step(s) done, the rest not started",
            f"resume: nexla-recipes deploy {shlex.quote(args.config)} --resume {journal}{env}",
            f"or undo: nexla-recipes deploy rollback {journal}{env}",
        ]
    return outcome
