"""Server behaviour: validation, routing, auth, loopback-only binding, persistence."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from nexla_sandbox.app import create_app
from nexla_sandbox.registry import HANDLERS
from nexla_sandbox.spec import load_spec
from nexla_sandbox.testing import SandboxServer

from .helpers import create_credential, create_source, discover_nexset, ok

# The 46 operations EXAMPLES.md uses (api-notes.md section 0), by operationId.
RECIPE_OPERATIONS = {
    "login_with_basic_auth",
    "get_flows",
    "get_flow_by_resource_id",
    "flow_activate_with_flow_id",
    "flow_pause_with_flow_id",
    "flow_docs_recommendation",
    "get_data_sources",
    "get_data_source",
    "create_data_source",
    "delete_data_source",
    "get_data_source_audit_log",
    "get_data_source_accessors",
    "add_data_source_accessors",
    "get_data_sinks",
    "create_data_sink",
    "delete_data_sink",
    "add_data_sink_accessors",
    "create_data_credential",
    "data_credential_probe",
    "get_nexsets",
    "get_nexset",
    "create_nexset",
    "update_nexset",
    "get_nexset_samples",
    "add_nexset_accessors",
    "get_resource_metrics_daily",
    "get_resource_metrics_by_run",
    "create_reusable_record_transform",
    "create_attribute_transform",
    "get_public_attribute_transforms",
    "create_async_task",
    "get_async_task",
    "get_async_task_types",
    "get_async_tasks_explain_arguments",
    "get_async_task_result",
    "get_async_task_download_link",
    "acknowledge_async_task",
    "get_gen_ai_configs",
    "create_gen_ai_config",
    "create_gen_ai_org_setting",
    "gen_ai_org_settings_show_active",
    "send_one_record",
    "update_data_source",
    "update_data_sink",
    "delete_data_credential",
    "get_resource_flow_logs",
}


def test_handlers_cover_the_recipe_operations() -> None:
    """Every handler names a spec operation, and the recipes' operations all have one."""
    spec_ops = set(load_spec().by_id())
    assert sorted(set(HANDLERS) - spec_ops) == []
    assert RECIPE_OPERATIONS <= set(HANDLERS)


def test_bad_body_is_rejected_with_field_errors(api: httpx.Client) -> None:
    response = api.post("/data_sources", json={"name": "", "source_type": 5})
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422 and body["message"].startswith("Invalid request")
    assert {e["field"] for e in body["errors"]} >= {"name", "source_type"}


def test_bad_parameters_are_400(api: httpx.Client) -> None:
    response = api.get("/data_sources", params={"page": 0})
    assert response.status_code == 400 and "page" in response.json()["message"]
    assert api.get("/data_sources/abc").status_code == 400
    assert api.get("/nexsets/1/flow").status_code in (400, 404)
    assert api.get(f"/data_sources/{2**63 + 5}").status_code == 400


def test_wrong_content_type_is_415_and_non_utf8_is_handled(api: httpx.Client) -> None:
    r = api.post("/data_sources", content=b"name=x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    r = api.post(
        "/data_sources", content=b"\xff\xfe{", headers={"Content-Type": "application/json"}
    )
    assert r.status_code in (400, 422) and r.json()["status"] in (400, 422)


def test_operation_without_handler_is_501(
    api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(HANDLERS, "get_async_task_types")
    response = api.get("/async_tasks/types")
    assert response.status_code == 501
    assert "get_async_task_types" in response.json()["message"]


def test_unknown_path_404_and_wrong_method_405(api: httpx.Client) -> None:
    missing = api.get("/no/such/path")
    assert missing.status_code == 404 and missing.json()["status"] == 404
    wrong = api.patch("/data_sources")
    assert wrong.status_code == 405
    assert set(wrong.headers["Allow"].split(", ")) >= {"GET", "POST"}
    assert api.head("/data_sources").status_code == 200


def test_literal_paths_win_over_templates(api: httpx.Client) -> None:
    assert isinstance(ok(api.get("/async_tasks/types")), list)
    source = create_source(api, create_credential(api)["id"])
    nexset_id, _ = discover_nexset(api, source["id"])
    assert ok(api.get(f"/data_sets/{nexset_id}"))["id"] == nexset_id
    assert ok(api.get(f"/data_sets/{nexset_id}/flow"))["flows"]


def test_auth_is_required(sandbox: SandboxServer) -> None:
    assert httpx.get(f"{sandbox.url}/data_sources").status_code == 401
    bogus = httpx.get(f"{sandbox.url}/data_sources", headers={"Authorization": "Bearer nope"})
    assert bogus.status_code == 401 and bogus.json()["message"]
    wrong_key = httpx.post(f"{sandbox.url}/token", headers={"Authorization": "Basic wrong"})
    assert wrong_key.status_code == 401


def test_binds_loopback_only() -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(host="0.0.0.0")  # noqa: S104 - the point is to refuse it
    with SandboxServer() as server:
        assert server.bound_address == "127.0.0.1"
    result = subprocess.run(
        [sys.executable, "-m", "nexla_sandbox", "--host", "192.168.1.10"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "loopback" in result.stderr


def test_admin_api_refuses_non_loopback_clients(sandbox: SandboxServer) -> None:
    app = create_app(sandbox.state)

    async def call(client_ip: str) -> int:
        transport = httpx.ASGITransport(app=app, client=(client_ip, 4321))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return (await client.get("/_sandbox/state")).status_code

    assert asyncio.run(call("10.1.2.3")) == 403
    assert asyncio.run(call("127.0.0.1")) == 200


def test_state_survives_a_restart_with_db(tmp_path: Path) -> None:
    db = str(tmp_path / "nexla_sandbox.db")
    with SandboxServer(db=db, service_key="sk-persist") as first, first.client() as api:
        cred = create_credential(api, "kept")
        source = create_source(api, cred["id"], "kept-source")
        ok(api.get(f"/data_sources/{source['id']}"))  # one poll before the "crash"
        token = api.headers["Authorization"]
    with SandboxServer(db=db, service_key="sk-persist", discovery_polls=2) as second:
        resumed = httpx.Client(base_url=second.url, headers={"Authorization": token})
        assert [c["name"] for c in ok(resumed.get("/data_credentials"))] == ["kept"]
        nexset_id, polls = discover_nexset(resumed, source["id"])
        assert polls == 1  # the poll made before the restart counted
        again = create_credential(resumed, "after-restart")
        assert again["id"] == cred["id"] + 1  # counters persisted too
        resumed.close()


def test_snapshot_shows_what_is_left_behind(sandbox: SandboxServer, api: httpx.Client) -> None:
    assert sandbox.admin.snapshot()["counts"] == {}
    cred = create_credential(api)
    assert sandbox.admin.snapshot()["resources"] == {"data_credentials": [cred["id"]]}
    ok(api.delete(f"/data_credentials/{cred['id']}"))
    assert sandbox.admin.snapshot()["counts"] == {}


def test_nexla_client_fixture_talks_to_the_sandbox(
    nexla_client: Any, sandbox: SandboxServer
) -> None:
    getter = getattr(nexla_client, "get_httpx_client", None)
    http = getter() if getter is not None else nexla_client
    response = http.get("/data_sources")
    assert response.status_code == 200 and response.json() == []


def test_seed_data_is_deterministic(sandbox: SandboxServer) -> None:
    first = sandbox.admin.reset(seed_data=True)["resources"]
    second = sandbox.admin.reset(seed_data=True)["resources"]
    assert first == second
    assert len(first["data_sources"]) == 2 and len(first["data_sinks"]) == 2
    assert len(first["data_sets"]) == 3


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "nexla_sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        raise AssertionError(f"sandbox did not start: {proc.stderr.read() if proc.stderr else ''}")
    return proc, json.loads(line)


def test_cli_killed_and_restarted_keeps_state(tmp_path: Path) -> None:
    """A killed sandbox (SIGKILL, no shutdown) restarted on the same --db resumes where it was."""
    db = str(tmp_path / "cli.db")
    proc, info = _start_cli("--db", db, "--service-key", "sk-cli")
    try:
        assert info["url"].startswith("http://127.0.0.1:") and info["service_key"] == "sk-cli"
        token = ok(httpx.post(f"{info['url']}/token", headers={"Authorization": "Basic sk-cli"}))
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        ok(
            httpx.post(
                f"{info['url']}/data_credentials",
                headers=headers,
                json={"name": "survivor", "credentials_type": "s3"},
            )
        )
    finally:
        proc.kill()
        proc.wait(10)
    proc, info = _start_cli("--db", db, "--service-key", "sk-cli")
    try:
        creds = ok(httpx.get(f"{info['url']}/data_credentials", headers=headers))
        assert [c["name"] for c in creds] == ["survivor"]
    finally:
        proc.terminate()
        proc.wait(10)


def test_free_form_configs_do_not_break_replies(api: httpx.Client) -> None:
    cred = create_credential(api)
    source = ok(
        api.post(
            "/data_sources",
            json={
                "name": "odd",
                "source_type": "s3",
                "source_config": {"file_format": 7, "sample_records": "x"},
            },
        )
    )
    assert source["source_format"] is None
    nexset_id, _ = discover_nexset(api, source["id"])
    sink = ok(
        api.post(
            "/data_sinks",
            json={
                "name": "odd",
                "sink_type": "s3",
                "data_set_id": nexset_id,
                "data_credentials_id": cred["id"],
                "sink_config": {"format": ["csv"]},
            },
        )
    )
    assert sink["sink_format"] == "json"
