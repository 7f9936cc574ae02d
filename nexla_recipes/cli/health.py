"""`health`: check the resources of a monitoring list; exit 0 healthy, 2 unhealthy, 1 error."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..health import HealthReport, load_monitoring, run_health_check
from .common import CliError, Outcome, add_command, client_from_env


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "health",
        handle,
        help="scheduled health check (exit 0 healthy, 2 unhealthy, 1 error)",
        description="Check status, run staleness, error rate and credentials of the resources "
        "in a monitoring list; alert a Slack-style webhook when something is unhealthy.",
    )
    p.add_argument("--config", required=True, type=Path, help="monitoring list (YAML or JSON)")
    p.add_argument("--webhook-url", help="alert webhook; overrides alert.webhook_url in the file")


def _human(report: HealthReport) -> str:
    lines = []
    for r in report.resources:
        mark = "OK  " if r.healthy else "FAIL"
        lines.append(f"{mark}  {r.label()}  status={r.status or '-'}")
        lines.extend(f"      - {issue}" for issue in r.issues)
        if r.check_error:
            lines.append(f"      - could not check: {r.check_error}")
    bad = len(report.unhealthy)
    verdict = "healthy" if report.healthy else f"{bad} of {len(report.resources)} unhealthy"
    lines.append(f"{verdict}" + ("; alert sent" if report.alert_sent else ""))
    if report.alert_error:
        lines.append(f"alert not delivered: {report.alert_error}")
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> Outcome:
    config = load_monitoring(args.config)
    if args.webhook_url and not args.webhook_url.startswith(("http://", "https://")):
        raise CliError("--webhook-url must be an http(s) URL")
    report = run_health_check(client_from_env(), config, webhook_url=args.webhook_url)
    outcome = Outcome(_human(report), report.to_dict(), report.exit_code)
    unchecked = [r for r in report.resources if r.check_error]
    if unchecked:
        outcome.notes.append(
            f"error: {len(unchecked)} resource(s) could not be checked, first "
            f"{unchecked[0].label()}: {unchecked[0].check_error}"
        )
    if report.alert_error:
        outcome.notes.append(f"error: alert not delivered: {report.alert_error}")
    return outcome
