"""`quickstart`: check the credentials work and count sources, nexsets, destinations, flows."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import AuthenticationError, NexlaError

from ..inventory import quickstart
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("quickstart", help="auth check and resource counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    try:
        result = quickstart(client_from_env())
    except AuthenticationError as exc:
        return fail(
            f"authentication failed; check NEXLA_SERVICE_KEY / NEXLA_ACCESS_TOKEN ({exc.summary()})"
        )
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json({"api_url": result.api_url, "authenticated": True, "counts": result.counts})
        return 0
    counts = " ".join(f"{k}={v}" for k, v in result.counts.items())
    print(f"authenticated to {result.api_url}")
    print(counts)
    return 0
