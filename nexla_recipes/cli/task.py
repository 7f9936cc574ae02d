"""`task run`: create an async task and follow it to the end (result, link, acknowledge)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nexla_api import NexlaError

from .._progress import Progress
from .._wait import WaitTimeout
from ..async_task import UnknownTaskType, run_task
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("task", help="async tasks")
    sub = p.add_subparsers(dest="task_command", required=True, metavar="ACTION")
    r = sub.add_parser("run", help="create a task, wait for it, fetch its result")
    r.add_argument("--type", dest="task_type", required=True, help="task type, e.g. export")
    r.add_argument("--arguments", default="{}", help="task arguments as a JSON object")
    r.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(handler=handle)


def _progress(event: Progress) -> None:
    print(f"[{event.stage}] {event.message}", file=sys.stderr)


def handle(args: argparse.Namespace) -> int:
    try:
        arguments = json.loads(args.arguments)
    except json.JSONDecodeError as exc:
        return fail(f"--arguments is not valid JSON: {exc.msg}")
    if not isinstance(arguments, dict):
        return fail("--arguments must be a JSON object")
    if args.timeout <= 0:
        return fail("--timeout must be positive")
    try:
        outcome = run_task(
            client_from_env(),
            args.task_type,
            arguments,
            timeout=args.timeout,
            progress=None if args.json else _progress,
        )
    except (UnknownTaskType, WaitTimeout) as exc:
        return fail(str(exc))
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(outcome.to_dict())
    else:
        print(f"task {outcome.task_id} ({outcome.task_type}): {' -> '.join(outcome.states)}")
        if outcome.succeeded:
            print(f"result: {json.dumps(outcome.result, sort_keys=True, default=str)}")
            print(f"download: {outcome.download_url or 'none for this task type'}")
        else:
            print(f"error: {outcome.error}")
    return 0 if outcome.succeeded else 1
