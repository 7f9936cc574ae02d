"""`drift`: compare two environments (two tags, or two instances via env files)."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import NexlaClient

from ..drift import EmptySelection, compare_environments
from .common import FOUND, OK, CliError, Outcome, add_command, client_from_env, client_from_env_file
from .progress import Display


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "drift",
        run,
        json_option=False,
        help="compare sources, nexsets, destinations, transforms and flow status",
        description=(
            "Match resources by name and report field differences as JSON pointers, secrets "
            "masked. Exit 0: no drift, 2: drift, 1: error (a tag that matches nothing on a "
            "side is an error)."
        ),
    )
    p.add_argument("--left-tag", help="tag of the left environment, e.g. env:staging")
    p.add_argument("--right-tag", help="tag of the right environment, e.g. env:prod")
    p.add_argument("--left-env", metavar="FILE", help="env file (NEXLA_*) of the left instance")
    p.add_argument("--right-env", metavar="FILE", help="env file (NEXLA_*) of the right instance")
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="POINTER",
        help="leave out differences under this JSON pointer (repeatable), e.g. /data_credentials",
    )
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("--json", action="store_true", help="same as --format json")


def _client(env_file: str | None) -> NexlaClient:
    return client_from_env() if env_file is None else client_from_env_file(env_file)


def run(args: argparse.Namespace) -> Outcome:
    two_instances = args.left_env or args.right_env
    if two_instances and not (args.left_env and args.right_env):
        raise CliError("give both --left-env and --right-env, or neither")
    if not two_instances and not (args.left_tag and args.right_tag):
        raise CliError("give --left-tag and --right-tag (or --left-env and --right-env)")
    bad = [p for p in args.ignore if not p.startswith("/")]
    if bad:
        raise CliError(f"--ignore {bad[0]!r} is not a JSON pointer; start it with /")
    as_json = args.json or args.format == "json"
    left = _client(args.left_env)
    right = _client(args.right_env) if two_instances else None
    with Display(json_output=as_json, verbose=args.verbose) as display:
        try:
            report = compare_environments(
                left,
                args.left_tag,
                right,
                args.right_tag,
                left_label=args.left_tag or args.left_env,
                right_label=args.right_tag or args.right_env,
                ignore=args.ignore,
                progress=display,
            )
        except EmptySelection as exc:
            raise CliError(str(exc)) from None
    text = report.to_json() if as_json else report.to_markdown()
    return Outcome(text, None, FOUND if report.has_drift else OK)
