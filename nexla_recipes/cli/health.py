"""`health`: check the resources of a monitoring list; exit 0 healthy, 2 unhealthy, 1 error."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from nexla_api import NexlaError

from .._config import ConfigError
from ..health import HealthReport, load_monitoring, run_health_check
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "health",
        help="scheduled health check (exit 0 healthy, 2 unhealthy, 1 error)",
        description="Check status, run staleness, error rate and credentials of the resources "
        "in a monitoring list; alert a Slack-style webhook when something is unhealthy.",
    )
    p.add_argument("--config", required=True, type=Path, help="monitoring list (YAML or JSON)")
    p.add_argument("--webhook-url", help="alert webhook; overrides alert.webhook_url in the file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=handle)


def _human(report: HealthReport) -> None:
    for r in report.resources:
        mark = "OK  " if r.healthy else "FAIL"
        print(f"{mark}  {r.label()}  status={r.status or '-'}")
        for issue in r.issues:
            print(f"      - {issue}")
        if r.check_error:
            print(f"      - could not check: {r.check_error}")
    bad = len(report.unhealthy)
    verdict = "healthy" if report.healthy else f"{bad} of {len(report.resources)} unhealthy"
    print(f"{verdict}" + ("; alert sent" if report.alert_sent else ""))
    if report.alert_error:
        print(f"alert not delivered: {report.alert_error}")


def handle(args: argparse.Namespace) -> int:
    try:
        config = load_monitoring(args.config)
    except ConfigError as exc:
        return fail(str(exc))
    if args.webhook_url and not args.webhook_url.startswith(("http://", "https://")):
        return fail("--webhook-url must be an http(s) URL")
    try:
        report = run_health_check(client_from_env(), config, webhook_url=args.webhook_url)
    except NexlaError as exc:
        return api_failure(exc)
    if args.json:
        print_json(report.to_dict())
    else:
        _human(report)
    return report.exit_code
