"""`promote`: apply one environment's definition (a directory or a tag) onto another tag."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..envcode.files import load_values
from ..envcode.promote import source_definition
from .apply import add_apply_options, execute
from .common import CliError, Outcome, add_command


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "promote",
        run,
        help="plan and apply one environment's definition onto another tag",
        description=(
            "Read --from (a desired-state directory, or the live environment of a tag), map its "
            "credentials with the target's values file, and plan and apply it to --to like "
            "`apply` (journal, rollback, resume). Secrets are never copied between environments."
        ),
    )
    p.add_argument("--from", dest="source", required=True, metavar="DIR_OR_TAG")
    p.add_argument("--to", dest="tag", required=True, metavar="TAG", help="e.g. env:prod")
    p.add_argument("--vars", required=True, metavar="FILE", help="the target's values file")
    p.add_argument("--prune", action="store_true", help="delete managed resources not in --from")
    add_apply_options(p)


def run(args: argparse.Namespace) -> Outcome:
    if args.source == args.tag:
        raise CliError("--from and --to name the same environment")
    if args.resume is not None and args.journal is not None:
        raise CliError("pass either --resume JOURNAL or --journal PATH, not both")
    values = load_values(Path(args.vars))
    return execute(args, lambda client: source_definition(client, args.source, values), args.tag)
