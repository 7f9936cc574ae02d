"""Recipe 8: scheduled health check of listed resources, with a Slack-style alert.

For each resource in the monitoring list (`nexla_recipes/schemas/monitoring.schema.json`) it reads
the status, the newest runs (`metrics/run_summary`, whose `metrics` is `{data, meta}`; runs
have no status, so errors are counted from `errors`/`records`) and, for sources and
destinations, probes the credential. Unhealthy results are POSTed once to a Slack-style
incoming webhook as `{"text", "blocks"}`. The webhook URL is a secret (Slack puts the token
in the path), so it never appears in reports, errors or logs (see `protect_url`).

Exit codes the CLI derives from `HealthReport.exit_code`: 0 healthy, 2 unhealthy, 1 the
check itself failed (a resource could not be read, or the alert could not be delivered).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from nexla_api import NexlaClient, NexlaError, NotFoundError
from nexla_api.api.credentials import data_credential_probe
from nexla_api.runtime.logs import install_log_redaction, register_secret_url

from ._config import ConfigError, ConfigProblem, load_document, load_schema, validate
from ._progress import ProgressFn, emit
from .config_models.monitoring import MonitoringList, Thresholds
from .kinds import FLOW_KINDS
from .kinds import kind as registry_kind
from .monitor import run_summaries

EXIT_HEALTHY, EXIT_ERROR, EXIT_UNHEALTHY = 0, 1, 2
MAX_ALERT_SECTIONS = 40  # Slack allows 50 blocks per message

Now = Callable[[], datetime]
PostAlert = Callable[[str, Mapping[str, Any]], None]


@dataclass(frozen=True)
class Limits:
    """Thresholds with defaults filled in (see the schema for meanings)."""

    max_run_age_hours: float = 24.0
    max_error_rate: float = 0.01
    runs_to_check: int = 5
    require_active: bool = True
    require_runs: bool = True

    def merged(self, override: Thresholds | None) -> Limits:
        if override is None:
            return self
        data = {k: v for k, v in override.model_dump().items() if v is not None}
        return Limits(**{**self.__dict__, **data})


@dataclass
class ResourceHealth:
    """What was found for one resource; healthy when there are no issues and no check error."""

    type: str
    id: int
    name: str | None = None
    status: str | None = None
    last_run_at: datetime | None = None
    runs_checked: int = 0
    records: int = 0
    errors: int = 0
    credential_id: int | None = None
    credential_ok: bool | None = None
    issues: list[str] = field(default_factory=list)
    check_error: str | None = None

    @property
    def healthy(self) -> bool:
        return not self.issues and self.check_error is None

    @property
    def error_rate(self) -> float | None:
        if not self.runs_checked:
            return None
        return self.errors / self.records if self.records else (1.0 if self.errors else 0.0)

    def label(self) -> str:
        return f"{self.type} {self.id}" + (f" ({self.name})" if self.name else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "id": self.id,
            "name": self.name,
            "healthy": self.healthy,
            "status": self.status,
            "last_run_at": self.last_run_at.isoformat() if self.last_run_at else None,
            "runs_checked": self.runs_checked,
            "records": self.records,
            "errors": self.errors,
            "error_rate": self.error_rate,
            "credential_id": self.credential_id,
            "credential_ok": self.credential_ok,
            "issues": list(self.issues),
            "check_error": self.check_error,
        }


@dataclass
class HealthReport:
    checked_at: datetime
    resources: list[ResourceHealth]
    alert_sent: bool = False
    alert_error: str | None = None

    @property
    def healthy(self) -> bool:
        return all(r.healthy for r in self.resources)

    @property
    def unhealthy(self) -> list[ResourceHealth]:
        return [r for r in self.resources if not r.healthy]

    @property
    def exit_code(self) -> int:
        if self.alert_error is not None or any(r.check_error for r in self.resources):
            return EXIT_ERROR
        return EXIT_HEALTHY if self.healthy else EXIT_UNHEALTHY

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked_at": self.checked_at.isoformat(),
            "healthy": self.healthy,
            "exit_code": self.exit_code,
            "unhealthy": len(self.unhealthy),
            "alert_sent": self.alert_sent,
            "alert_error": self.alert_error,
            "resources": [r.to_dict() for r in self.resources],
        }


def load_monitoring(path: Path) -> MonitoringList:
    """Parse and validate a monitoring list; `ConfigError` names the file, field and fix."""
    raw = load_document(path)
    validate(raw, load_schema("monitoring"), str(path))
    try:
        return MonitoringList.model_validate(raw)
    except ValueError as exc:
        problem = ConfigProblem(str(path), "", str(exc).splitlines()[0], "see the schema")
        raise ConfigError([problem]) from None


def _probe(client: NexlaClient, credential_id: int) -> str | None:
    """None if the credential connects, else why not."""
    try:
        result = data_credential_probe.sync(credential_id, client=client)
    except NexlaError as exc:
        if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403):
            return f"credential {credential_id} probe failed: {exc.message}"
        raise
    status = str(result.status or "").lower()
    if result.connection_verified is False or status not in ("", "success", "ok"):
        return f"credential {credential_id} probe failed: {result.message or status}"
    return None


def check_resource(
    client: NexlaClient,
    kind: str,
    resource_id: int,
    limits: Limits,
    *,
    name: str | None = None,
    probe_credential: bool = True,
    now: Now,
) -> ResourceHealth:
    """Status, staleness, error rate and (sources/destinations) credential of one resource."""
    health = ResourceHealth(kind, resource_id, name)
    try:
        getter = registry_kind(kind, FLOW_KINDS).get_sync
        assert getter is not None
        resource = getter(resource_id, client=client)
    except NotFoundError:
        health.issues.append(f"{kind} {resource_id} not found")
        return health
    health.name = name or getattr(resource, "name", None)
    health.status = None if resource.status is None else str(resource.status)
    if health.status == "ERROR":
        health.issues.append("status is ERROR")
    elif limits.require_active and health.status != "ACTIVE":
        health.issues.append(f"status is {health.status} (not ACTIVE)")

    runs = run_summaries(client, kind, resource_id, page=1, size=limits.runs_to_check).runs
    health.runs_checked = len(runs)
    health.records = sum(r.records for r in runs)
    health.errors = sum(r.errors for r in runs)
    if not runs:
        if limits.require_runs:
            health.issues.append("no runs recorded")
    else:
        newest = max((r.last_written for r in runs if r.last_written), default=None)
        health.last_run_at = newest
        age = None if newest is None else now() - newest
        limit = timedelta(hours=limits.max_run_age_hours)
        if age is not None and age > limit:
            hours = age.total_seconds() / 3600
            health.issues.append(
                f"stale: last run {hours:.1f}h ago (max {limits.max_run_age_hours:g}h)"
            )
        rate = health.error_rate or 0.0
        if rate > limits.max_error_rate:
            health.issues.append(
                f"error rate {rate:.2%} over {len(runs)} run(s) "
                f"(max {limits.max_error_rate:.2%}; {health.errors} errors)"
            )

    cred = getattr(resource, "data_credentials_id", None)
    if probe_credential and kind != "nexsets" and cred:
        health.credential_id = int(cred)
        problem = _probe(client, int(cred))
        health.credential_ok = problem is None
        if problem:
            health.issues.append(problem)
    return health


def alert_payload(report: HealthReport, title: str = "Nexla health check") -> dict[str, Any]:
    """A Slack incoming-webhook message: `text` (fallback/notification) and `blocks`."""
    bad = report.unhealthy
    text = f"{title}: {len(bad)} of {len(report.resources)} resource(s) unhealthy"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": text}},
    ]
    for item in bad[:MAX_ALERT_SECTIONS]:
        lines = [f"*{item.label()}*"]
        lines += [f"• {issue}" for issue in item.issues]
        if item.check_error:
            lines.append(f"• could not check: {item.check_error}")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}})
    if len(bad) > MAX_ALERT_SECTIONS:
        more = len(bad) - MAX_ALERT_SECTIONS
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": f"…and {more} more"}})
    stamp = report.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"checked {stamp}"}]})
    return {"text": text, "blocks": blocks}


def protect_url(url: str) -> None:
    """Keep the alert URL out of httpx's request log and every error text (see
    `register_secret_url`)."""
    install_log_redaction()
    register_secret_url(url)


def post_alert(url: str, payload: Mapping[str, Any], *, timeout: float = 10.0) -> None:
    """POST the payload as JSON; raises `AlertError` (without the URL) on any failure."""
    protect_url(url)
    try:
        response = httpx.post(url, json=dict(payload), timeout=timeout)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        raise AlertError(f"alert webhook unreachable: {type(exc).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise AlertError(f"alert webhook answered HTTP {response.status_code}")


class AlertError(Exception):
    """The alert could not be delivered (the message never contains the webhook URL)."""


def run_health_check(
    client: NexlaClient,
    config: MonitoringList,
    *,
    webhook_url: str | None = None,
    now: Now = lambda: datetime.now(UTC),
    post: PostAlert = post_alert,
    progress: ProgressFn | None = None,
) -> HealthReport:
    """Check every listed resource; alert once (if a webhook is set) when any is unhealthy.

    `webhook_url` overrides `config.alert.webhook_url`. API failures on one resource are
    recorded on it (`check_error`) and the others are still checked.
    """
    defaults = Limits().merged(config.thresholds)
    results: list[ResourceHealth] = []
    total = len(config.resources)
    for i, item in enumerate(config.resources, start=1):
        kind = item.type.value
        emit(progress, "check", f"checking {kind} {item.id}", i, total)
        limits = defaults.merged(item.thresholds)
        try:
            health = check_resource(
                client,
                kind,
                item.id,
                limits,
                name=item.name,
                probe_credential=item.probe_credential is not False,
                now=now,
            )
        except NexlaError as exc:
            health = ResourceHealth(kind, item.id, item.name, check_error=exc.summary())
        results.append(health)
    report = HealthReport(checked_at=now(), resources=results)
    url = webhook_url or (config.alert.webhook_url if config.alert else None)
    if url:
        protect_url(url)
    if url and not report.healthy:
        title = (config.alert.title if config.alert else None) or "Nexla health check"
        try:
            post(url, alert_payload(report, title))
            report.alert_sent = True
            emit(progress, "alert", "alert sent")
        except AlertError as exc:
            report.alert_error = str(exc)
    return report
