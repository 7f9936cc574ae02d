"""Recipe 8: health check flags errored, paused, stale and bad-credential resources; one alert."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes._config import ConfigError
from nexla_recipes.config_models.monitoring import MonitoringList
from nexla_recipes.health import alert_payload, load_monitoring, run_health_check
from nexla_recipes.monitor import pause_flow
from nexla_sandbox.testing import SandboxServer

from .alert_receiver import alert_receiver
from .pipelines import wired
from .recipes_support import client_for

ROOT = Path(__file__).resolve().parents[2]


def config(resources: list[dict[str, Any]], **extra: Any) -> MonitoringList:
    return MonitoringList.model_validate({"resources": resources, **extra})


def test_errored_flow_is_unhealthy_and_exactly_one_alert_is_posted(
    sandbox: SandboxServer,
) -> None:
    client = client_for(sandbox)
    good = wired(client, "orders")  # run 1
    bad = wired(client, "events")  # run 2
    assert bad.origin_node_id is not None
    sandbox.admin.run_flow(bad.origin_node_id)  # run 3
    sandbox.admin.run_flow(bad.origin_node_id)  # run 4: one error record
    monitoring = config(
        [
            {"type": "destinations", "id": good.destination_id},
            {"type": "destinations", "id": bad.destination_id, "name": "events-out"},
            {"type": "sources", "id": bad.source_id},
        ],
        thresholds={"max_error_rate": 0},
        alert={"title": "Nexla prod"},
    )
    with alert_receiver() as hook:
        report = run_health_check(
            client, monitoring, webhook_url=hook.url, now=sandbox.state.clock.now
        )
    assert not report.healthy and report.exit_code == 2 and report.alert_sent
    healthy = {(r.type, r.id): r.healthy for r in report.resources}
    assert healthy == {
        ("destinations", good.destination_id): True,
        ("destinations", bad.destination_id): False,
        ("sources", bad.source_id): False,
    }
    bad_sink = report.resources[1]
    assert bad_sink.runs_checked == 3 and bad_sink.errors == 1
    assert bad_sink.issues == ["error rate 0.26% over 3 run(s) (max 0.00%; 1 errors)"]
    assert report.resources[2].credential_ok is True  # the source's credential was probed
    assert len(hook.posts) == 1
    payload = hook.posts[0]["json"]
    assert payload["text"] == "Nexla prod: 2 of 3 resource(s) unhealthy"
    assert payload["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Nexla prod"},
    }
    sections = [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
    assert sections[1].startswith(f"*destinations {bad.destination_id} (events-out)*\n• error rate")
    assert "secret-token" not in str(report.to_dict())


def test_healthy_sends_nothing(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    good = wired(client, "orders")
    with alert_receiver() as hook:
        report = run_health_check(
            client,
            config([{"type": "nexsets", "id": good.nexset_id}], alert={"webhook_url": hook.url}),
            now=sandbox.state.clock.now,
        )
    assert report.healthy and report.exit_code == 0 and not report.alert_sent
    assert hook.posts == []


def test_paused_stale_unrun_missing_and_failed_probe(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    paused = wired(client, "paused")
    assert paused.origin_node_id is not None
    pause_flow(client, paused.origin_node_id, whole_flow=True)
    never = wired(client, "never", activate=False)
    broken = wired(client, "broken", credential_name="invalid-cred", activate=False)
    later = sandbox.state.clock.now() + timedelta(hours=30)
    report = run_health_check(
        client,
        config(
            [
                {"type": "destinations", "id": paused.destination_id},
                {"type": "sources", "id": never.source_id, "probe_credential": False},
                {
                    "type": "destinations",
                    "id": broken.destination_id,
                    "thresholds": {"require_active": False, "require_runs": False},
                },
                {"type": "nexsets", "id": 99999},
            ]
        ),
        now=lambda: later,
    )
    issues = [r.issues for r in report.resources]
    assert issues[0] == [
        "status is PAUSED (not ACTIVE)",
        "stale: last run 30.0h ago (max 24h)",
    ]
    assert issues[1] == ["status is INIT (not ACTIVE)", "no runs recorded"]
    assert report.resources[1].credential_ok is None  # probe skipped
    assert issues[2] == [
        f"credential {broken.credential_id} probe failed: "
        f"Credential probe failed: could not connect with credential {broken.credential_id}"
    ]
    assert issues[3] == ["nexsets 99999 not found"]
    assert report.exit_code == 2 and not report.alert_sent  # no webhook configured


def test_alert_delivery_failure_is_an_error_exit(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    never = wired(client, "never", activate=False)
    with alert_receiver(status=500) as hook:
        report = run_health_check(
            client,
            config([{"type": "sources", "id": never.source_id}]),
            webhook_url=hook.url,
            now=sandbox.state.clock.now,
        )
    assert len(hook.posts) == 1
    assert report.alert_error == "alert webhook answered HTTP 500"
    assert report.exit_code == 1


def test_example_monitoring_file_is_valid_and_bad_files_are_explained(tmp_path: Path) -> None:
    example = load_monitoring(ROOT / "examples" / "monitoring.yaml")
    assert example.resources and example.alert is not None
    bad = tmp_path / "m.yaml"
    bad.write_text("resources:\n  - type: flows\n    id: 0\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_monitoring(bad)
    text = str(caught.value)
    assert "\n" not in text and "flows" not in text  # one line, never the value
    assert "resources[0].id: is too small (fix: use a value >= 1)" in text
    assert "1 more problem(s) at resources[0].type" in text
    assert [p.field for p in caught.value.problems] == ["resources[0].id", "resources[0].type"]
    assert caught.value.problems[1].message == "is not one of the allowed values"


def test_alert_payload_caps_sections() -> None:
    from datetime import UTC, datetime

    from nexla_recipes.health import HealthReport, ResourceHealth

    many = [ResourceHealth("sources", i, issues=["x"]) for i in range(1, 61)]
    payload = alert_payload(HealthReport(datetime(2025, 1, 1, tzinfo=UTC), many))
    assert len(payload["blocks"]) <= 50
    assert payload["blocks"][-2]["text"]["text"] == "…and 20 more"


@pytest.mark.parametrize("spelling", ["as given", "upper-case scheme and host", "with userinfo"])
def test_the_alert_url_never_reaches_a_log(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture, spelling: str
) -> None:
    client = client_for(sandbox)
    never = wired(client, "never", activate=False)
    with alert_receiver() as hook, caplog.at_level(logging.DEBUG):
        url = hook.url
        if spelling == "upper-case scheme and host":
            url = url.replace("http://127.0.0.1", "HTTP://127.0.0.1")
        elif spelling == "with userinfo":
            url = url.replace("http://", "http://alert-user:alert-pass-9f3@")
        report = run_health_check(
            client,
            config([{"type": "sources", "id": never.source_id}]),
            webhook_url=url,
            now=sandbox.state.clock.now,
        )
    assert report.alert_sent and len(hook.posts) == 1
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request: POST" in logged  # httpx did log the request, without its URL
    for secret in ("secret-token", "/services/T0/B0", "alert-pass-9f3"):
        assert secret not in logged
