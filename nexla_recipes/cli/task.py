"""`task run`: create an async task and follow it to the end (result, link, acknowledge)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .._progress import Progress
from ..async_task import run_task
from .common import ERROR, OK, CliError, Outcome, add_command, client_from_env, wants_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("task", help="async tasks")
    sub = p.add_subparsers(dest="task_command", required=True, metavar="ACTION")
    r = add_command(sub, "run", handle, help="create a task, wait for it, fetch its result")
    r.add_argument("--type", dest="task_type", required=True, help="task type, e.g. export")
    r.add_argument("--arguments", default="{}", help="task arguments as a JSON object")
    r.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")


def _progress(event: Progress) -> None:
    print(f"[{event.stage}] {event.message}", file=sys.stderr)


def handle(args: argparse.Namespace) -> Outcome:
    try:
        arguments = json.loads(args.arguments)
    except json.JSONDecodeError as exc:
        raise CliError(f"--arguments is not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise CliError("--arguments is nested too deeply") from None
    if not isinstance(arguments, dict):
        raise CliError("--arguments must be a JSON object")
    if args.timeout <= 0:
        raise CliError("--timeout must be positive")
    outcome = run_task(
        client_from_env(),
        args.task_type,
        arguments,
        timeout=args.timeout,
        progress=None if wants_json(args) else _progress,
    )
    lines = [f"task {outcome.task_id} ({outcome.task_type}): {' -> '.join(outcome.states)}"]
    if outcome.succeeded:
        lines.append(f"result: {json.dumps(outcome.result, sort_keys=True, default=str)}")
        lines.append(f"download: {outcome.download_url or 'none for this task type'}")
    else:
        lines.append(f"error: {outcome.error}")
    return Outcome("\n".join(lines), outcome.to_dict(), OK if outcome.succeeded else ERROR)
