"""`samples validate`: required fields, types and nulls of a nexset's samples (exit 2 if invalid)."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import NexlaError

from ..samples import parse_types, validate_samples
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("samples", help="check nexset samples")
    sub = p.add_subparsers(dest="samples_command", required=True, metavar="ACTION")
    v = sub.add_parser(
        "validate",
        help="validate samples against required fields and types (exit 2 if invalid)",
    )
    v.add_argument("--nexset-id", type=int, required=True)
    v.add_argument("--required", default="", help="comma-separated fields that must be non-null")
    v.add_argument("--types", default="", help="field=type,... (string, number, integer, ...)")
    v.add_argument("--count", type=int, default=20, help="how many samples (default 20)")
    v.add_argument("--allow-empty", action="store_true", help='accept "" in required fields')
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    required = [f.strip() for f in args.required.split(",") if f.strip()]
    try:
        types = parse_types(args.types)
    except ValueError as exc:
        return fail(f"--types: {exc}")
    if args.count < 1:
        return fail("--count must be at least 1")
    if not required and not types:
        return fail("give --required and/or --types: there is nothing to check")
    try:
        report = validate_samples(
            client_from_env(),
            args.nexset_id,
            required=required,
            types=types,
            count=args.count,
            allow_empty=args.allow_empty,
        )
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(report.to_dict())
    else:
        for issue in report.issues:
            print(issue)
        verdict = "valid" if report.valid else f"invalid rows: {report.invalid_rows}"
        print(f"nexset {args.nexset_id}: {report.sample_count} samples, {verdict}")
    return 0 if report.valid else 2
