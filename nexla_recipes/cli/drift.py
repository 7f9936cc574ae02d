"""`drift`: compare two environments (two tags, or two instances via env files)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from nexla_api import NexlaClient, NexlaError

from ..drift import compare_environments
from .common import api_failure, client_from_env, fail

DRIFT_FOUND = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "drift",
        help="compare sources, nexsets, destinations, transforms and flow status",
        description=(
            "Match resources by name and report field differences as JSON pointers, secrets "
            "masked. Exit 0: no drift, 2: drift, 1: error."
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
    p.set_defaults(handler=run)


def read_env_file(path: str) -> dict[str, str]:
    """NEXLA_* settings of one instance, without touching this process's environment."""
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"{path}: file not found (give an env file with NEXLA_SERVICE_KEY)")
    values: dict[str, str] = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values


def _client(env_file: str | None) -> NexlaClient:
    if env_file is None:
        return client_from_env()
    try:
        return NexlaClient.from_env(env=read_env_file(env_file))
    except NexlaError as exc:
        raise ValueError(f"{env_file}: {exc.message}") from None


def run(args: argparse.Namespace) -> int:
    two_instances = args.left_env or args.right_env
    if two_instances and not (args.left_env and args.right_env):
        return fail("give both --left-env and --right-env, or neither")
    if not two_instances and not (args.left_tag and args.right_tag):
        return fail("give --left-tag and --right-tag (or --left-env and --right-env)")
    bad = [p for p in args.ignore if not p.startswith("/")]
    if bad:
        return fail(f"--ignore {bad[0]!r} is not a JSON pointer; start it with /")
    try:
        left = _client(args.left_env)
        right = _client(args.right_env) if two_instances else None
        report = compare_environments(
            left,
            args.left_tag,
            right,
            args.right_tag,
            left_label=args.left_tag or args.left_env,
            right_label=args.right_tag or args.right_env,
            ignore=args.ignore,
        )
    except ValueError as exc:
        return fail(str(exc))
    except NexlaError as exc:
        return api_failure(exc)
    if args.json or args.format == "json":
        print(report.to_json())
    else:
        print(report.to_markdown(), end="")
    return DRIFT_FOUND if report.has_drift else 0
