"""`samples validate`: required fields, types and nulls of a nexset's samples (exit 2 if invalid)."""

from __future__ import annotations

import argparse
from typing import Any

from ..samples import parse_types, validate_samples
from .common import FOUND, OK, CliError, Outcome, add_command, client_from_env


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("samples", help="check nexset samples")
    sub = p.add_subparsers(dest="samples_command", required=True, metavar="ACTION")
    v = add_command(
        sub,
        "validate",
        handle,
        help="validate samples against required fields and types (exit 2 if invalid)",
    )
    v.add_argument("--nexset-id", type=int, required=True)
    v.add_argument("--required", default="", help="comma-separated fields that must be non-null")
    v.add_argument("--types", default="", help="field=type,... (string, number, integer, ...)")
    v.add_argument("--count", type=int, default=20, help="how many samples (default 20)")
    v.add_argument("--allow-empty", action="store_true", help='accept "" in required fields')


def handle(args: argparse.Namespace) -> Outcome:
    required = [f.strip() for f in args.required.split(",") if f.strip()]
    try:
        types = parse_types(args.types)
    except ValueError as exc:
        raise CliError(f"--types: {exc}") from None
    if args.count < 1:
        raise CliError("--count must be at least 1")
    if not required and not types:
        raise CliError("give --required and/or --types: there is nothing to check")
    report = validate_samples(
        client_from_env(),
        args.nexset_id,
        required=required,
        types=types,
        count=args.count,
        allow_empty=args.allow_empty,
    )
    lines = [str(issue) for issue in report.issues]
    verdict = "valid" if report.valid else f"invalid rows: {report.invalid_rows}"
    lines.append(f"nexset {args.nexset_id}: {report.sample_count} samples, {verdict}")
    return Outcome("\n".join(lines), report.to_dict(), OK if report.valid else FOUND)
