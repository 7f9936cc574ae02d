"""`nexla-recipes` (also `python -m nexla_recipes`): the recipes as shell commands.

Each command lives in its own module under `recipes.cli` and registers itself through a
`register(subparsers)` function listed in `COMMANDS`. Commands print human output by default
and JSON with `--json`; they never print tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules under recipes.cli that provide `register(subparsers) -> None`.
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
)

EXIT_CODES = """exit codes:
  0  success (for drift: no drift; for health: healthy)
  1  error: bad input, failed API call, failed workflow
  2  the check found something (drift detected, unhealthy flows, invalid samples)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nexla-recipes",
        description="Day-2 workflows for the Nexla API over the nexla_api binding.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--env-file", default=".env", help="load NEXLA_* variables from this file if it exists"
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"nexla_recipes.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .common import load_env_file

    load_env_file(args.env_file)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
