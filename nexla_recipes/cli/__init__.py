"""`nexla-recipes` (also `python -m nexla_recipes`): the recipes as shell commands.

Each command lives in its own module under `nexla_recipes.cli` and registers itself through a
`register(subparsers)` function listed in `COMMANDS`, using `common.add_command`, which gives
every command the same options (`--json`, `--env-file`, `-v`), error lines and exit codes.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from .common import ERROR, ArgumentParser, add_common_options

# Modules under nexla_recipes.cli that provide `register(subparsers) -> None`.
COMMANDS: tuple[str, ...] = (
    "batch_create",
    "deploy",
    "listing",
    "logs",
    "access",
    "rotate",
    "drift",
    "audit",
    "quickstart",
    "health",
    "samples",
    "webhook",
    "task",
    "export",
    "plan",
    "apply",
    "promote",
    "connectors",
)

EXIT_CODES = """exit codes:
  0    success (for drift: no drift; for health: healthy; for plan: no changes)
  1    error: bad flags or input, failed API call, failed workflow
  2    the check found something (drift detected, unhealthy flows, invalid samples, plan changes)
  130  interrupted (Ctrl-C): what was done is printed, with the resume command if any
"""


def package_version() -> str:
    try:
        return version("nexla-api")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    from ..kinds import vocabulary_help

    parser = ArgumentParser(
        prog="nexla-recipes",
        description="Day-2 workflows for the Nexla API over the nexla_api binding.",
        epilog=vocabulary_help() + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"nexla-recipes {package_version()}")
    add_common_options(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"nexla_recipes.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version (0), usage errors (1)
        return exc.code if isinstance(exc.code, int) else ERROR
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
