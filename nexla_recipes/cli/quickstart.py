"""`quickstart`: check the credentials work and count sources, nexsets, destinations, flows."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import AuthenticationError

from ..inventory import quickstart
from .common import CliError, Outcome, add_command, client_from_env


def register(subparsers: Any) -> None:
    add_command(subparsers, "quickstart", handle, help="auth check and resource counts")


def handle(args: argparse.Namespace) -> Outcome:
    try:
        result = quickstart(client_from_env())
    except AuthenticationError as exc:
        raise CliError(
            f"authentication failed; check NEXLA_SERVICE_KEY / NEXLA_ACCESS_TOKEN ({exc.summary()})"
        ) from None
    counts = " ".join(f"{k}={v}" for k, v in result.counts.items())
    return Outcome(
        f"authenticated to {result.api_url}\n{counts}",
        {"api_url": result.api_url, "authenticated": True, "counts": result.counts},
    )
