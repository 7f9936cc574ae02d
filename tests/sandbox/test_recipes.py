"""Each EXAMPLES.md recipe (1-18) as the raw HTTP sequence it makes, against the sandbox."""

from __future__ import annotations

import base64
import datetime as dt

import httpx

from nexla_sandbox.testing import SandboxServer

from .helpers import create_credential, create_source, discover_nexset, find_node, ok, pipeline


def test_recipe_01_list_and_inspect(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.admin.reset(seed_data=True)
    for path in ("/data_sources", "/data_sets", "/data_sinks"):
        items = ok(api.get(path, params={"page": 1, "per_page": 50}))
        assert isinstance(items, list) and items and all("id" in i for i in items)
    flows = ok(api.get("/flows", params={"flows_only": 1}))
    assert set(flows) == {"flows"}
    origin = flows["flows"][0]
    assert origin["data_source_id"] and origin["origin_node_id"] == origin["id"]
    assert find_node(flows["flows"], "data_sink_id", ok(api.get("/data_sinks"))[0]["id"])
    assert ok(api.get("/data_sources", params={"page": 2, "per_page": 50})) == []


def test_recipe_02_create_source_and_discover(api: httpx.Client) -> None:
    cred = create_credential(api, "my-connector-cred")
    assert "secret_key" not in cred["credentials_non_secure_data"]
    source = create_source(api, cred["id"], "my-source")
    assert source["data_sets"] == [] and source["status"] == "INIT"
    nexset_id, polls = discover_nexset(api, source["id"])
    assert polls == 2  # the session sandbox discovers on the second poll
    expanded = ok(api.get(f"/data_sources/{source['id']}", params={"expand": 1}))
    assert expanded["data_credentials"]["id"] == cred["id"]
    assert nexset_id in [n["id"] for n in ok(api.get("/data_sets"))]


def test_recipe_03_transform_pipeline(api: httpx.Client) -> None:
    source = create_source(api, create_credential(api)["id"])
    parent_id, _ = discover_nexset(api, source["id"])
    transform = ok(
        api.post(
            "/transforms",
            json={
                "name": "rename",
                "output_type": "record",
                "reusable": True,
                "code_type": "jolt",
                "code_encoding": "json",
                "code": [
                    {"operation": "shift", "spec": {"customer_id": "id", "email": "contact.email"}},
                    {"operation": "default", "spec": {"tier": "standard"}},
                ],
            },
        )
    )
    child = ok(
        api.post(
            "/data_sets",
            json={
                "name": "my-transformed-nexset",
                "parent_data_set_id": parent_id,
                "has_custom_transform": True,
                "transform_id": transform["id"],
                "description": "Derived with reusable transform",
            },
        )
    )
    assert child["parent_data_sets"][0]["id"] == parent_id
    samples = ok(
        api.get(
            f"/data_sets/{child['id']}/samples",
            params={"count": 5, "include_metadata": "True", "live": "False"},
        )
    )
    assert len(samples) == 5
    record = samples[0]["rawMessage"]
    assert set(record) == {"id", "contact", "tier"} and "@" in record["contact"]["email"]
    assert samples[0]["nexlaMetaData"]["resourceId"] == child["id"]
    # Option B: switch the nexset to an inline remove transform
    updated = ok(
        api.put(
            f"/data_sets/{child['id']}",
            json={
                "transform": {"code": [{"operation": "remove", "spec": {"ssn": ""}}]},
                "transform_id": None,
            },
        )
    )
    assert updated["version"] == 2
    plain = ok(api.get(f"/data_sets/{child['id']}/samples", params={"count": 2}))
    assert "ssn" not in plain[0] and "email" in plain[0]


def test_recipe_04_destination_and_activate(api: httpx.Client) -> None:
    p = pipeline(api)
    sink = p["sink"]
    assert sink["data_set"]["id"] == p["nexset_id"] and sink["status"] == "INIT"
    node = find_node(p["flow"]["flows"], "data_sink_id", sink["id"])
    assert node is not None
    source_node = p["flow"]["flows"][0]
    assert source_node["data_source_id"] == p["source"]["id"]
    assert node["origin_node_id"] == source_node["id"]
    assert node["parent_node_id"] == source_node["children"][0]["id"]
    full = ok(api.get(f"/data_sinks/{sink['id']}/flow"))
    assert [s["id"] for s in full["data_sinks"]] == [sink["id"]]
    activated = ok(api.put(f"/flows/{node['id']}/activate"))
    assert find_node(activated["flows"], "data_sink_id", sink["id"])["status"] == "ACTIVE"  # type: ignore[index]
    assert ok(api.get(f"/data_sinks/{sink['id']}"))["status"] == "ACTIVE"
    assert ok(api.get(f"/data_sources/{p['source']['id']}"))["status"] == "ACTIVE"


def test_recipe_05_operate_and_monitor(sandbox: SandboxServer, api: httpx.Client) -> None:
    p = pipeline(api)
    flow_id = p["flow"]["flows"][0]["id"]
    nexset_id = p["nexset_id"]
    today = sandbox.state.clock.now().date().isoformat()
    before = ok(api.get(f"/data_sets/{nexset_id}/metrics", params={"from": today, "aggregate": 1}))
    assert before["metrics"] == []
    paused = ok(api.put(f"/flows/{flow_id}/pause"))
    assert paused["flows"][0]["status"] == "PAUSED"
    ok(api.put(f"/flows/{flow_id}/activate", params={"all": 1}))
    sandbox.admin.run_flow(flow_id)
    daily = ok(api.get(f"/data_sets/{nexset_id}/metrics", params={"from": today, "aggregate": 1}))
    assert daily["status"] == 200
    assert daily["metrics"][0]["time"] == today and daily["metrics"][0]["records"] > 0
    runs = ok(
        api.get(
            f"/data_sets/{nexset_id}/metrics/run_summary",
            params={"groupby": "runId", "orderby": "runId", "page": 1, "size": 20},
        )
    )
    data = runs["metrics"]["data"]
    assert [r["runId"] for r in data] == [2, 1] and data[0]["dataSetId"] == nexset_id
    assert runs["metrics"]["meta"] == {"currentPage": 1, "pageCount": 1, "totalCount": 2}
    logs = ok(
        api.get(
            f"/data_sets/{nexset_id}/flow/logs",
            params={"run_id": 1, "from": 0},
        )
    )
    assert logs["logs"]["data"][0]["log_type"] == "EVENT"
    assert logs["logs"]["meta"]["run_id"] == 1


def test_recipe_06_batch_create_is_idempotent(api: httpx.Client) -> None:
    cred = create_credential(api)
    configs = [
        {
            "name": "orders-prod",
            "source_type": "s3",
            "data_credentials_id": cred["id"],
            "source_config": {"path": "orders/", "file_format": "json"},
        },
        {
            "name": "customers-prod",
            "source_type": "s3",
            "data_credentials_id": cred["id"],
            "source_config": {"path": "customers/", "file_format": "parquet"},
        },
        {"name": "broken", "source_type": "s3", "data_credentials_id": 999999},
    ]
    results: dict[str, list[object]] = {"created": [], "skipped": [], "failed": []}
    for _ in range(2):  # running the batch twice must not duplicate anything
        for cfg in configs:
            existing = [s for s in ok(api.get("/data_sources")) if s["name"] == cfg["name"]]
            if existing:
                results["skipped"].append(existing[0]["id"])
                continue
            response = api.post("/data_sources", json=cfg)
            if response.status_code == 200:
                results["created"].append(response.json()["id"])
            else:
                results["failed"].append(response.json()["message"])
    assert len(results["created"]) == 2 and len(results["skipped"]) == 2
    assert len(results["failed"]) == 2 and "999999" in str(results["failed"][0])
    assert sorted(s["name"] for s in ok(api.get("/data_sources"))) == [
        "customers-prod",
        "orders-prod",
    ]


def test_recipe_07_deploy_with_rollback(sandbox: SandboxServer, api: httpx.Client) -> None:
    good = create_credential(api, "deploy-cred")
    probe = ok(api.get(f"/data_credentials/{good['id']}/probe"))
    assert probe["status"] == "success" and probe["connection_verified"] is True
    source = create_source(api, good["id"], "deploy-src")
    nexset_id, _ = discover_nexset(api, source["id"])
    sink = ok(
        api.post(
            "/data_sinks",
            json={
                "name": "deploy-sink",
                "sink_type": "s3",
                "data_set_id": nexset_id,
                "data_credentials_id": good["id"],
            },
        )
    )
    flow = ok(api.get(f"/data_sinks/{sink['id']}/flow"))
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/activate"))
    summary = ok(
        api.get(f"/data_sinks/{sink['id']}/metrics/run_summary", params={"page": 1, "size": 1})
    )
    assert isinstance(summary["metrics"], dict)  # an object {data, meta}, not a list
    assert len(summary["metrics"]["data"]) == 1
    # Rollback after activation: Nexla refuses to delete live resources...
    refused = api.delete(f"/data_sinks/{sink['id']}")
    assert refused.status_code == 409 and refused.json()["resource_id"] == sink["id"]
    assert api.delete(f"/data_sources/{source['id']}").status_code == 409
    # ...so the rollback pauses first, then deletes in reverse order.
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/pause", params={"all": 1}))
    ok(api.delete(f"/data_sinks/{sink['id']}"))
    ok(api.delete(f"/data_sources/{source['id']}"))
    assert sandbox.admin.snapshot()["counts"] == {"data_credentials": 1, "runs": 1}
    # A bad credential stops the deploy at step 1.
    bad = create_credential(api, "bad", credentials={"fail_probe": True})
    failed = api.get(f"/data_credentials/{bad['id']}/probe")
    assert failed.status_code == 400 and "probe failed" in failed.json()["message"]
    assert ok(api.get(f"/data_credentials/{bad['id']}"))["verified_status"] == "FAILED"


def test_recipe_08_health_check(api: httpx.Client) -> None:
    p = pipeline(api)
    source_id = p["source"]["id"]
    flow = ok(api.get(f"/data_sources/{source_id}/flow"))
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/activate"))
    for rt, rid in (("data_sources", source_id), ("data_sinks", p["sink"]["id"])):
        summary = ok(api.get(f"/{rt}/{rid}/metrics/run_summary", params={"page": 1, "size": 5}))
        assert summary["metrics"]["data"][0]["records"] > 0
    assert ok(api.get(f"/data_sources/{source_id}"))["status"] == "ACTIVE"
    assert ok(api.get(f"/data_credentials/{p['cred']['id']}/probe"))["status"] == "success"
    missing = api.get("/data_sources/424242/flow")
    assert missing.status_code == 404 and missing.json()["resource_type"] == "data_sources"


def test_recipe_09_credential_rotation(sandbox: SandboxServer, api: httpx.Client) -> None:
    p = pipeline(api)
    old_id = p["cred"]["id"]
    flow_id = p["flow"]["flows"][0]["id"]
    ok(api.put(f"/flows/{flow_id}/activate", params={"all": 1}))
    new = create_credential(api, "s3-cred-v2")
    assert ok(api.get(f"/data_credentials/{new['id']}/probe"))["status"] == "success"
    in_use = api.delete(f"/data_credentials/{old_id}")
    assert in_use.status_code == 409 and "in use" in in_use.json()["message"]
    sources = [s for s in ok(api.get("/data_sources")) if s["data_credentials_id"] == old_id]
    sinks = [s for s in ok(api.get("/data_sinks")) if s["data_credentials_id"] == old_id]
    assert len(sources) == 1 and len(sinks) == 1
    flow = ok(api.get(f"/data_sources/{sources[0]['id']}/flow"))
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/pause", params={"all": 1}))
    ok(api.put(f"/data_sources/{sources[0]['id']}", json={"data_credentials_id": new["id"]}))
    ok(api.put(f"/data_sinks/{sinks[0]['id']}", json={"data_credentials_id": new["id"]}))
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/activate", params={"all": 1}))
    ok(api.delete(f"/data_credentials/{old_id}"))
    assert [c["id"] for c in ok(api.get("/data_credentials"))] == [new["id"]]
    refs = ok(api.get(f"/data_credentials/{new['id']}"))["referenced_resource_ids"]
    assert refs == {"data_sources": [sources[0]["id"]], "data_sinks": [sinks[0]["id"]]}


def test_recipe_10_compare_environments(api: httpx.Client) -> None:
    cred = create_credential(api)
    for env in ("dev", "prod"):
        create_source(api, cred["id"], f"orders-{env}", tags=[env])
    create_source(api, cred["id"], "only-dev", tags=["dev"], source_config={"path": "x/"})
    sources = ok(api.get("/data_sources"))
    dev = {s["name"] for s in sources if "dev" in s["tags"]}
    prod = {s["name"] for s in sources if "prod" in s["tags"]}
    assert dev - prod == {"orders-dev", "only-dev"} and prod == {"orders-prod"}
    assert ok(api.get("/data_sinks")) == []
    flows = ok(api.get("/flows"))
    assert len(flows["flows"]) == 3 and len(flows["data_sources"]) == 3


def test_recipe_11_reusable_transform(api: httpx.Client) -> None:
    p = pipeline(api)
    transform = ok(
        api.post(
            "/transforms",
            json={
                "name": "remove-pii-fields",
                "description": "Removes PII before delivery",
                "output_type": "json",
                "reusable": True,
                "code_type": "jolt",
                "code_encoding": "json",
                "code": [{"operation": "remove", "spec": {"ssn": "", "dob": ""}}],
            },
        )
    )
    nexset = ok(
        api.put(
            f"/data_sets/{p['nexset_id']}",
            json={"has_custom_transform": True, "transform_id": transform["id"]},
        )
    )
    assert nexset["transform_id"] == transform["id"]
    # A discovered nexset's samples are its source's records; derive one to apply the transform.
    child = ok(
        api.post(
            "/data_sets",
            json={
                "name": "clean",
                "parent_data_set_id": p["nexset_id"],
                "has_custom_transform": True,
                "transform_id": transform["id"],
            },
        )
    )
    for sample in ok(api.get(f"/data_sets/{child['id']}/samples", params={"count": 5})):
        assert "ssn" not in sample and "dob" not in sample and "email" in sample
    assert ok(api.get(f"/transforms/{transform['id']}"))["data_sets"] == [
        p["nexset_id"],
        child["id"],
    ]
    flow = ok(api.get(f"/data_sets/{child['id']}/flow", params={"flows_only": 1}))
    ok(api.put(f"/flows/{flow['flows'][0]['id']}/activate"))
    assert ok(api.get(f"/data_sets/{child['id']}"))["status"] == "ACTIVE"
    assert api.delete(f"/transforms/{transform['id']}").status_code == 409


def test_recipe_12_attribute_transforms(api: httpx.Client) -> None:
    created = []
    for name, code in (
        ("mask-email", 'lambda x: x.split("@")[0][:2] + "***"'),
        ("mask-credit-card", 'lambda x: "****-" + str(x)[-4:]'),
    ):
        created.append(
            ok(
                api.post(
                    "/attribute_transforms",
                    json={
                        "name": name,
                        "description": "mask",
                        "output_type": "string",
                        "reusable": True,
                        "code_type": "python",
                        "code_encoding": "text",
                        "code": code,
                    },
                )
            )
        )
    assert [c["resource_type"] for c in created] == ["attribute_transform"] * 2
    public = ok(api.get("/attribute_transforms/public"))
    assert public and all(t["name"] for t in public)
    assert not {c["id"] for c in created} & {t["id"] for t in public}
    mine = ok(api.get("/attribute_transforms"))
    assert [t["name"] for t in mine] == ["mask-email", "mask-credit-card"]


def test_recipe_13_schema_validation(api: httpx.Client) -> None:
    source = create_source(api, create_credential(api)["id"])
    nexset_id, _ = discover_nexset(api, source["id"])
    samples = ok(
        api.get(
            f"/data_sets/{nexset_id}/samples",
            params={"count": 20, "include_metadata": "True", "live": "False"},
        )
    )
    assert len(samples) == 20
    issues = [
        f"{i}:{field}"
        for i, s in enumerate(samples)
        for field in ("customer_id", "email", "created_at")
        if field not in s["rawMessage"]
    ]
    assert issues == []
    assert all(isinstance(s["rawMessage"]["customer_id"], int) for s in samples)
    nexset = ok(api.get(f"/data_sets/{nexset_id}"))
    assert nexset["output_schema"]["properties"]["customer_id"] == {"type": "integer"}


def test_recipe_14_grant_team_access(api: httpx.Client) -> None:
    p = pipeline(api)
    accessor = {"type": "TEAM", "id": 1, "access_roles": ["operator"]}
    source_id = p["source"]["id"]
    granted = ok(api.put(f"/data_sources/{source_id}/accessors", json={"accessors": [accessor]}))
    assert {a["type"] for a in granted} == {"USER", "TEAM"}
    source = ok(api.get(f"/data_sources/{source_id}", params={"expand": 1}))
    for ds in source["data_sets"]:
        ok(api.put(f"/data_sets/{ds['id']}/accessors", json={"accessors": [accessor]}))
        for sink in ok(api.get(f"/data_sets/{ds['id']}"))["data_sinks"]:
            ok(api.put(f"/data_sinks/{sink['id']}/accessors", json={"accessors": [accessor]}))
    team = [
        a
        for a in ok(api.get(f"/data_sources/{source_id}/accessors"))
        if a["id"] == 1 and a["type"] == "TEAM"
    ]
    assert (
        team and team[0]["access_roles"] == ["operator"] and team[0]["name"] == "data-engineering"
    )
    sink_acc = ok(api.get(f"/data_sinks/{p['sink']['id']}/accessors"))
    assert any(a["type"] == "TEAM" for a in sink_acc)
    # replace, delete one, delete all
    replaced = ok(
        api.post(
            f"/data_sources/{source_id}/accessors",
            json={
                "accessors": [
                    {"type": "USER", "email": "dana@example.com", "access_roles": ["collaborator"]}
                ]
            },
        )
    )
    assert [(a["type"], a["id"]) for a in replaced] == [("USER", 2)]
    ok(
        api.request(
            "DELETE",
            f"/data_sources/{source_id}/accessors",
            json={"accessors": [{"type": "USER", "id": 2, "access_roles": ["collaborator"]}]},
        )
    )
    assert ok(api.get(f"/data_sources/{source_id}/accessors")) == []
    unknown = api.put(
        f"/data_sources/{source_id}/accessors",
        json={"accessors": [{"type": "TEAM", "id": 999, "access_roles": ["admin"]}]},
    )
    assert unknown.status_code == 404


def test_recipe_15_audit_access_changes(sandbox: SandboxServer, api: httpx.Client) -> None:
    cred = create_credential(api)
    source = create_source(api, cred["id"])
    sid = source["id"]
    ok(
        api.put(
            f"/data_sources/{sid}/accessors",
            json={"accessors": [{"type": "TEAM", "id": 1, "access_roles": ["operator"]}]},
        )
    )
    ok(api.put(f"/data_sources/{sid}", json={"name": "orders-renamed"}))
    logs = ok(api.get(f"/data_sources/{sid}/audit_log"))
    assert [e["event"] for e in logs] == ["update", "update", "create"]
    access = [e for e in logs if "access_controls" in e["change_summary"]]
    assert len(access) == 1 and access[0]["association_resource"]["type"] == "TEAM"
    rename = logs[0]
    assert rename["object_changes"] == {"name": ["orders", "orders-renamed"]}
    assert rename["user"]["email"] == "owner@example.com" and rename["item_type"] == "DataSource"
    created = dt.datetime.fromisoformat(logs[-1]["created_at"].replace("Z", "+00:00"))
    assert abs((created - sandbox.state.clock.now()).total_seconds()) < 60
    today = sandbox.state.clock.now().date()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    assert ok(api.get(f"/data_sources/{sid}/audit_log", params={"from": tomorrow})) == []
    assert len(ok(api.get(f"/data_sources/{sid}/audit_log", params={"to": today.isoformat()}))) == 3
    only_create = ok(api.get(f"/data_sources/{sid}/audit_log", params={"event_filter": "create"}))
    assert len(only_create) == 1
    page = ok(api.get(f"/data_sources/{sid}/audit_log", params={"page": 2, "per_page": 2}))
    assert [e["event"] for e in page] == ["create"]


def test_recipe_16_webhooks(api: httpx.Client, sandbox: SandboxServer) -> None:
    source = create_source(api, None, "events", source_type="nexla_rest")
    key = source["api_keys"][0]
    assert key["url"].startswith(sandbox.url + "/webhook/")
    hook = httpx.Client()  # no bearer token: the API key authorises
    one = ok(
        hook.post(
            key["url"],
            params={"api_key": key["api_key"]},
            json={"event": "user_signup", "user_id": 42},
        )
    )
    many = ok(
        hook.post(
            key["url"],
            params={"api_key": key["api_key"]},
            json=[{"event": "click"}, {"event": "scroll"}, {"event": "add_to_cart"}],
        )
    )
    assert one["processed"] == 1 and many["processed"] == 3
    assert one["dataset_id"] == many["dataset_id"]
    samples = ok(api.get(f"/data_sets/{one['dataset_id']}/samples", params={"count": 10}))
    assert [s["event"] for s in samples] == ["user_signup", "click", "scroll", "add_to_cart"]
    assert hook.post(key["url"], params={"api_key": "wrong"}, json={}).status_code == 401
    # Header mode: the key alone, base64-encoded, as Basic credentials.
    basic = base64.b64encode(key["api_key"].encode()).decode()
    header_mode = ok(
        hook.post(key["url"], headers={"Authorization": f"Basic {basic}"}, json={"x": 1})
    )
    assert header_mode["processed"] == 1
    wrong = base64.b64encode(b"wrong").decode()
    assert (
        hook.post(key["url"], headers={"Authorization": f"Basic {wrong}"}, json={}).status_code
        == 401
    )
    assert hook.post(key["url"], json={}).status_code == 401
    assert (
        hook.post(f"{sandbox.url}/webhook/nope", params={"api_key": "x"}, json={}).status_code
        == 404
    )
    hook.close()


def test_recipe_17_async_tasks(api: httpx.Client) -> None:
    types = ok(api.get("/async_tasks/types"))
    assert "export" in types
    explained = ok(api.get("/async_tasks/explain_arguments/export"))
    assert explained["arguments"]["resource_id"]["required"] is True
    task = ok(
        api.post(
            "/async_tasks",
            json={"type": "export", "arguments": {"resource_id": 123, "format": "csv"}},
        )
    )
    assert task["status"] == "pending"
    early = api.get(f"/async_tasks/{task['id']}/result")
    assert early.status_code == 409
    seen = [ok(api.get(f"/async_tasks/{task['id']}"))["status"] for _ in range(3)]
    assert seen == ["running", "completed", "completed"]
    # The other spelling of the same states still finds the task.
    for spelling in ("completed", "DONE", "done"):
        listed = ok(api.get(f"/async_tasks/by_status/{spelling}"))
        assert [t["id"] for t in listed] == [task["id"]]
    assert ok(api.get(f"/async_tasks/{task['id']}/result")) == {
        "data": [],
        "rows": 0,
        "type": "export",
    }
    link = ok(api.get(f"/async_tasks/{task['id']}/download_link"))
    assert link["url"].endswith("result.json") and link["expires_at"]
    assert ok(api.post(f"/async_tasks/{task['id']}/acknowledge")) == {"status": "ok"}
    failing = ok(
        api.post(
            "/async_tasks", json={"type": "export", "arguments": {"resource_id": 1, "fail": True}}
        )
    )
    final = [ok(api.get(f"/async_tasks/{failing['id']}")) for _ in range(2)][-1]
    assert final["status"] == "failed" and final["error"]
    bad = api.post("/async_tasks", json={"type": "export", "arguments": {}})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "arguments.resource_id"
    assert len(ok(api.get("/async_tasks"))) == 2


def test_recipe_18_genai(api: httpx.Client) -> None:
    assert ok(api.get("/gen_ai_integration_configs")) == []
    p = pipeline(api)
    flow_id = p["flow"]["flows"][0]["id"]
    no_config = api.post(f"/flows/{flow_id}/docs/recommendation")
    assert no_config.status_code == 422
    # The recipe's payload (provider/api_key/model) is not what the API takes:
    wrong = api.post(
        "/gen_ai_integration_configs",
        json={"name": "openai-gpt4", "provider": "openai", "api_key": "sk", "model": "gpt-4"},
    )
    assert wrong.status_code == 422
    key = create_credential(api, "openai-key", credentials_type="genai_openai")
    config = ok(
        api.post(
            "/gen_ai_integration_configs",
            json={
                "name": "openai-gpt4",
                "type": "genai_openai",
                "config": {"openai_model": "gpt-4"},
                "data_credentials_id": key["id"],
            },
        )
    )
    setting = ok(
        api.post(
            "/gen_ai_org_settings",
            json={"org_id": 1, "gen_ai_config_id": config["id"], "gen_ai_usage": "gen_docs"},
        )
    )
    assert setting["gen_ai_config"]["id"] == config["id"]
    bad_usage = api.get(
        "/gen_ai_org_settings/active_config", params={"gen_ai_usage": "docs_recommendation"}
    )
    assert bad_usage.status_code == 400
    active = ok(api.get("/gen_ai_org_settings/active_config", params={"gen_ai_usage": "gen_docs"}))
    assert active["active_config"]["id"] == config["id"]
    docs = ok(api.post(f"/flows/{flow_id}/docs/recommendation"))
    assert docs["status"] == "success" and "orders" in docs["recommendation"]
    assert [c["name"] for c in ok(api.get("/gen_ai_integration_configs"))] == ["openai-gpt4"]
