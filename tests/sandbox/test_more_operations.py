"""Operations beyond the recipes that the sandbox also implements."""

from __future__ import annotations

import httpx

from .helpers import create_credential, ok, pipeline


def test_resource_activate_pause_and_flow_delete(api: httpx.Client) -> None:
    p = pipeline(api)
    source = ok(api.put(f"/data_sources/{p['source']['id']}/activate"))
    assert source["status"] == "ACTIVE"
    assert ok(api.get(f"/data_sinks/{p['sink']['id']}"))["status"] == "ACTIVE"
    flow_id = p["flow"]["flows"][0]["id"]
    assert ok(api.get(f"/flows/{flow_id}/run_status/1"))["run_id"] == 1
    assert api.get(f"/flows/{flow_id}/run_status/99").status_code == 404
    assert api.delete(f"/flows/{flow_id}").status_code == 405
    assert ok(api.put(f"/data_sinks/{p['sink']['id']}/pause"))["status"] == "PAUSED"
    ok(api.put(f"/data_sources/{p['source']['id']}/pause"))
    ok(api.delete(f"/data_sinks/{p['sink']['id']}/flow"))
    assert ok(api.get("/flows"))["flows"] == []
    assert ok(api.get("/data_sets")) == [] and ok(api.get("/data_sources")) == []
    ok(api.delete(f"/data_credentials/{p['cred']['id']}"))


def test_genai_config_and_setting_lifecycle(api: httpx.Client) -> None:
    cred = create_credential(api, "key")
    config = ok(
        api.post(
            "/gen_ai_integration_configs",
            json={
                "name": "g",
                "type": "genai_googleai",
                "config": {},
                "data_credentials_id": cred["id"],
            },
        )
    )
    updated = ok(api.put(f"/gen_ai_integration_configs/{config['id']}", json={"name": "g2"}))
    assert updated["name"] == "g2" and updated["provider"] == "googleai"
    setting = ok(
        api.post(
            "/gen_ai_org_settings", json={"gen_ai_config_id": config["id"], "gen_ai_usage": "all"}
        )
    )
    assert [s["id"] for s in ok(api.get("/gen_ai_org_settings"))] == [setting["id"]]
    assert ok(api.get(f"/gen_ai_org_settings/{setting['id']}"))["gen_ai_usage"] == "all"
    assert api.delete(f"/gen_ai_integration_configs/{config['id']}").status_code == 409
    ok(api.delete(f"/gen_ai_org_settings/{setting['id']}"))
    ok(api.delete(f"/gen_ai_integration_configs/{config['id']}"))
    assert api.get(f"/gen_ai_integration_configs/{config['id']}").status_code == 404


def test_async_task_filters_rerun_and_delete(api: httpx.Client) -> None:
    task = ok(api.post("/async_tasks", json={"type": "BulkDeleteNotifications"}))
    assert [t["id"] for t in ok(api.get("/async_tasks/by_status/pending"))] == [task["id"]]
    for _ in range(2):
        ok(api.get(f"/async_tasks/{task['id']}"))
    assert ok(api.get("/async_tasks/by_status/completed"))[0]["id"] == task["id"]
    assert len(ok(api.get("/async_tasks/of_type/BulkDeleteNotifications"))) == 1
    assert ok(api.post(f"/async_tasks/{task['id']}/rerun"))["status"] == "pending"
    assert ok(api.delete(f"/async_tasks/{task['id']}")) == {"status": "deleted"}
    assert api.get(f"/async_tasks/{task['id']}").status_code == 404


def test_transform_update_and_builtins_are_read_only(api: httpx.Client) -> None:
    t = ok(
        api.post(
            "/transforms",
            json={
                "name": "t",
                "output_type": "record",
                "reusable": True,
                "code_type": "jolt",
                "code_encoding": "json",
                "code": [],
            },
        )
    )
    changed = ok(
        api.put(
            f"/transforms/{t['id']}", json={"code": [{"operation": "default", "spec": {"x": 1}}]}
        )
    )
    assert changed["code"] == [{"operation": "default", "spec": {"x": 1}}]
    assert api.put("/transforms/1", json={"name": "mine"}).status_code == 409
    assert [x["name"] for x in ok(api.get("/transforms"))] == ["t"]
    assert {x["name"] for x in ok(api.get("/transforms/public"))} == {"drop-pii", "add-source-tag"}
