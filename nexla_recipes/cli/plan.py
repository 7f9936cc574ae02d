"""`plan`: what apply would change to make the live environment match a directory."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..envcode.plan import Plan, plan
from .common import ERROR, FOUND, OK, Outcome, add_command, client_from_env
from .progress import Display


def add_target_arguments(p: Any) -> None:
    """DIR, --vars, --tag and --prune: what plan and apply share."""
    p.add_argument("directory", metavar="DIR", help="the desired-state directory (see export)")
    p.add_argument(
        "--vars", metavar="FILE", help="the environment's values file (vars, credentials)"
    )
    p.add_argument("--tag", help="the environment's tag, e.g. env:prod (default: the whole org)")
    p.add_argument(
        "--prune",
        action="store_true",
        help="also delete managed resources that are no longer in the directory",
    )


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "plan",
        run,
        help="show the changes that would make the environment match a directory",
        description=(
            "Compare a desired-state directory with the live environment: create, update "
            "(field by field), pause, activate and (with --prune) delete, in dependency order. "
            "Exit 0: no changes, 2: changes, 1: error."
        ),
    )
    add_target_arguments(p)
    p.add_argument("--markdown", action="store_true", help="the plan as a Markdown table")


def exit_code(result: Plan) -> int:
    if result.errors:
        return ERROR
    return FOUND if result.has_changes else OK


def run(args: argparse.Namespace) -> Outcome:
    with Display(json_output=args.json, verbose=args.verbose) as display:
        result = plan(
            client_from_env(),
            Path(args.directory),
            values=Path(args.vars) if args.vars else None,
            tag=args.tag,
            prune=args.prune,
            progress=display,
        )
    text = result.to_markdown() if args.markdown else result.to_text()
    return Outcome(text, result.to_dict(), exit_code(result))
