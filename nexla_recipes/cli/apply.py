"""`apply`: make the live environment match a directory; `apply --rollback JOURNAL` undoes one."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nexla_api import NexlaClient

from ..envcode.apply import ApplyError, ApplyReport, apply_desired, rollback
from ..envcode.files import Desired, load_directory, load_values
from ..envcode.live import LiveState, read_live
from ..envcode.plan import PlanError, compute
from .common import ERROR, INTERRUPTED, OK, CliError, Outcome, add_command, client_from_env
from .plan import add_target_arguments
from .progress import Display, stop_on_interrupt


def add_apply_options(p: Any) -> None:
    p.add_argument("--auto-approve", action="store_true", help="apply without asking")
    p.add_argument(
        "--on-failure",
        choices=("rollback", "stop"),
        default="rollback",
        help="when a step fails for good: undo what this apply changed (default), or stop "
        "and leave it for --resume",
    )
    p.add_argument(
        "--journal", metavar="PATH", type=Path, help="journal file (default: beside DIR)"
    )
    p.add_argument(
        "--resume", metavar="JOURNAL", type=Path, help="finish the apply this journal recorded"
    )
    p.add_argument(
        "--concurrency", type=int, default=4, metavar="N", help="steps run side by side (default 4)"
    )


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "apply",
        run,
        help="make the environment match a directory (journaled, with rollback and resume)",
        description=(
            "Plan, show the plan, and (after confirmation or with --auto-approve) apply it in "
            "dependency order, every step journaled before and after it runs. "
            "`apply --rollback JOURNAL` undoes what an apply changed."
        ),
    )
    add_target_arguments(p)
    p.set_defaults(directory=None)
    p.add_argument("--rollback", metavar="JOURNAL", type=Path, help="undo the apply of JOURNAL")
    add_apply_options(p)
    # DIR is optional with --rollback
    for action in p._actions:
        if action.dest == "directory":
            action.nargs = "?"


def confirm(
    client: NexlaClient,
    desired: Desired,
    args: argparse.Namespace,
    display: Display,
    tag: str | None,
) -> tuple[str | None, LiveState | None]:
    """Show the plan and ask: (None when approved, else the reason to stop; the environment
    as read for the preview, which the apply then works from)."""
    if args.auto_approve or args.resume is not None:
        return None, None
    live = read_live(client, tag, progress=display)
    preview = compute(desired, live, prune=args.prune)
    if preview.errors:
        raise PlanError(preview.errors)
    if not preview.items:
        return None, live
    print(preview.to_text(), end="")
    if not sys.stdin.isatty():
        return "not applied: pass --auto-approve to apply without a terminal to confirm on", None
    answer = input(f"Apply these {len(preview.items)} change(s)? [y/N] ").strip().lower()
    return (None, live) if answer in ("y", "yes") else ("not applied", None)


def execute(
    args: argparse.Namespace,
    desired: Callable[[NexlaClient], Desired],
    tag: str | None,
) -> Outcome:
    """What apply and promote share: confirm, run with Ctrl-C handling, map the outcome.

    One client serves the preview and the apply, so they share its token and its pacing.
    """
    stop = threading.Event()
    client = client_from_env()
    with Display(json_output=args.json, verbose=args.verbose) as display:
        try:
            wanted = desired(client)
            refusal, live = confirm(client, wanted, args, display, tag)
            if refusal is not None:
                return Outcome(refusal, {"status": "not_applied"}, ERROR)
            with stop_on_interrupt(stop, display.line):
                report = apply_desired(
                    client,
                    wanted,
                    live=live,
                    tag=tag,
                    prune=args.prune,
                    journal_path=args.resume or args.journal,
                    resume=args.resume is not None,
                    on_failure=args.on_failure,
                    concurrency=args.concurrency,
                    progress=display,
                    interrupt=stop,
                )
        except (PlanError, ApplyError) as exc:
            raise CliError(str(exc).replace("\n", "; ")) from None
    return outcome(report)


def outcome(report: ApplyReport) -> Outcome:
    notes = []
    if report.status == "stopped" and report.journal:
        notes.append(
            f"resume with --resume {report.journal}, or undo with --rollback {report.journal}"
        )
    if report.error == "interrupted":
        code = INTERRUPTED
    else:
        code = OK if report.ok else ERROR
    return Outcome(report.to_text(), report.to_dict(), code, notes)


def run(args: argparse.Namespace) -> Outcome:
    if args.rollback is not None:
        with Display(json_output=args.json, verbose=args.verbose) as display:
            report = rollback(client_from_env(), args.rollback, progress=display)
        return Outcome(
            report.to_text(), report.to_dict(), OK if report.status == "rolled_back" else ERROR
        )
    if args.directory is None:
        raise CliError("apply needs DIR (the desired-state directory), or --rollback JOURNAL")
    if args.resume is not None and args.journal is not None:
        raise CliError("pass either --resume JOURNAL or --journal PATH, not both")
    values = load_values(Path(args.vars) if args.vars else None)
    return execute(args, lambda _: load_directory(Path(args.directory), values), args.tag)
