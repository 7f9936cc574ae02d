"""Plain resources the generic engine answers: round trips per tag, accessors and audit,
tag-specific behaviour (members, entries, approvals, sign-up, copies, health), and no
operation of the spec left at 501."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from nexla_sandbox.registry import HANDLERS
from nexla_sandbox.spec import load_spec
from nexla_sandbox.testing import SandboxServer

from .helpers import create_credential, ok, pipeline

# (collection path, create body, update body, updated field, expected value)
ROUND_TRIPS: list[tuple[str, dict[str, Any], dict[str, Any], str, Any]] = [
    ("/projects", {"name": "analytics"}, {"description": "BI flows"}, "description", "BI flows"),
    ("/teams", {"name": "platform"}, {"name": "platform-eng"}, "name", "platform-eng"),
    (
        "/data_maps",
        {"name": "codes", "data_type": "string", "map_primary_key": "code"},
        {"emit_data_default": True},
        "emit_data_default",
        True,
    ),
    (
        "/code_containers",
        {
            "name": "upper",
            "output_type": "record",
            "code_type": "python",
            "code_encoding": "none",
            "code": "def transform(r):\n    return r",
        },
        {"description": "upper-cases names"},
        "description",
        "upper-cases names",
    ),
    (
        "/runtimes",
        {"name": "py311", "dockerpath": "nexla/py:3.11"},
        {"active": True},
        "active",
        True,
    ),
    (
        "/marketplace/domains",
        {"name": "Sales"},
        {"description": "curated"},
        "description",
        "curated",
    ),
    (
        "/api_auth_configs",
        {"name": "okta", "protocol": "saml"},
        {"name": "okta-prod", "protocol": "saml"},
        "name",
        "okta-prod",
    ),
    (
        "/notification_channel_settings",
        {"channel": "SLACK", "config": {"webhook": "https://hooks.example.com/x"}},
        {"config": {"webhook": "https://hooks.example.com/y"}},
        "config",
        {"webhook": "https://hooks.example.com/y"},
    ),
    (
        "/notification_settings",
        {"channel": "EMAIL", "notification_type_id": 2},
        {"status": "PAUSED"},
        "status",
        "PAUSED",
    ),
    (
        "/users",
        {"full_name": "Ann Lee", "email": "ann@example.com"},
        {"name": "Ann L."},
        "full_name",
        "Ann L.",
    ),
    (
        "/orgs",
        {"name": "Acme", "email_domain": "acme.test"},
        {"description": "x"},
        "description",
        "x",
    ),
]


@pytest.mark.parametrize(
    ("collection", "create", "update", "field", "expected"),
    ROUND_TRIPS,
    ids=[r[0].strip("/").replace("/", "-") for r in ROUND_TRIPS],
)
def test_round_trip(
    api: httpx.Client,
    collection: str,
    create: dict[str, Any],
    update: dict[str, Any],
    field: str,
    expected: Any,
) -> None:
    post = api.post
    first = ok(post(collection, json=create))
    second_body = dict(create)
    for key in ("name", "email", "full_name"):
        if key in second_body:
            second_body[key] = f"{second_body[key]}2" if key != "email" else "b" + create[key]
    if "email_domain" in second_body:
        second_body["email_domain"] = "b" + create["email_domain"]
    second = ok(post(collection, json=second_body))
    assert first["id"] != second["id"] and first["id"] < 2**53
    got = ok(api.get(f"{collection}/{first['id']}"))
    assert got["id"] == first["id"]
    everything = ok(api.get(collection))
    page1 = ok(api.get(collection, params={"page": 1, "per_page": 1}))
    page2 = ok(api.get(collection, params={"page": 2, "per_page": 1}))
    assert len(page1) == 1 and len(page2) == 1 and page1[0]["id"] != page2[0]["id"]
    assert {first["id"], second["id"]} <= {d["id"] for d in everything}
    updated = ok(api.put(f"{collection}/{first['id']}", json=update))
    assert updated[field] == expected
    assert ok(api.get(f"{collection}/{first['id']}"))[field] == expected
    gone = api.delete(f"{collection}/{second['id']}")
    assert gone.status_code in (200, 204), gone.text
    assert api.get(f"{collection}/{second['id']}").status_code == 404


def test_blocked_domains_round_trip_and_sign_up(api: httpx.Client) -> None:
    blocked = ok(api.post("/self_signup_blocked_domains", json={"domain": "spam.test"}))
    assert api.post("/self_signup_blocked_domains", json={"domain": "spam.test"}).status_code == 409
    ok(api.put(f"/self_signup_blocked_domains/{blocked['id']}", json={"domain": "junk.test"}))
    assert [d["domain"] for d in ok(api.get("/self_signup_blocked_domains"))] == ["junk.test"]
    assert api.post("/signup", json={"email": "x@junk.test"}).status_code == 400
    assert (
        api.post("/signup", json={"email": "eve@fine.test", "full_name": "Eve"}).status_code == 204
    )
    request = ok(api.get("/self_signup_requests"))[0]
    assert request["status"] == "pending"
    assert api.get("/signup/verify_email", params={"token": "nope"}).status_code == 404
    approved = ok(api.put(f"/self_signup_requests/{request['id']}/approve"))
    assert approved["status"] == "approved"
    assert "eve@fine.test" in [u["email"] for u in ok(api.get("/users"))]
    assert api.put(f"/self_signup_requests/{request['id']}/approve").status_code == 409
    assert api.delete(f"/self_signup_blocked_domains/{blocked['id']}").status_code in (200, 204)


def test_project_accessors_and_audit(api: httpx.Client) -> None:
    project = ok(api.post("/projects", json={"name": "shared"}))
    pid = project["id"]
    added = ok(
        api.put(
            f"/projects/{pid}/accessors",
            json={"accessors": [{"type": "TEAM", "id": 1, "access_roles": ["operator"]}]},
        )
    )
    assert {"TEAM", "USER"} == {a["type"] for a in added}
    assert (
        api.put(
            f"/projects/{pid}/accessors",
            json={"accessors": [{"type": "USER", "id": 999, "access_roles": ["admin"]}]},
        ).status_code
        == 404
    )
    listed = ok(api.get(f"/projects/{pid}/accessors"))
    assert any(a["type"] == "TEAM" and a["name"] == "data-engineering" for a in listed)
    kept = ok(
        api.request(
            "DELETE",
            f"/projects/{pid}/accessors",
            json={"accessors": [{"type": "TEAM", "id": 1, "access_roles": ["operator"]}]},
        )
    )
    assert [a["type"] for a in kept] == ["USER"]
    log = ok(api.get(f"/projects/{pid}/audit_log"))
    assert [e["event"] for e in log] == ["update", "update", "create"]
    assert log[0]["change_summary"] == ["access_controls"]
    assert log[0]["item_type"] == "Project"
    only = ok(api.get(f"/projects/{pid}/audit_log", params={"event_filter": "create"}))
    assert len(only) == 1
    # a team used as an accessor can still be deleted
    team = ok(api.post("/teams", json={"name": "temp"}))
    ok(
        api.put(
            f"/projects/{pid}/accessors",
            json={
                "accessors": [{"type": "TEAM", "id": team["id"], "access_roles": ["collaborator"]}]
            },
        )
    )
    assert api.delete(f"/teams/{team['id']}").status_code == 204


def test_project_flows_and_delete_keeps_flows(api: httpx.Client) -> None:
    p = pipeline(api)
    flow_id = p["flow"]["flows"][0]["id"]
    project = ok(
        api.post(
            "/projects",
            json={"name": "p", "data_flows": [{"data_source_id": p["source"]["id"]}]},
        )
    )
    assert project["flows_count"] == 1 and project["flows"][0]["id"] == flow_id
    flows = ok(api.get(f"/projects/{project['id']}/flows"))
    assert (
        flows["flows"][0]["id"] == flow_id and flows["data_sources"][0]["id"] == p["source"]["id"]
    )
    removed = ok(
        api.request("DELETE", f"/projects/{project['id']}/flows", json={"flows": [flow_id]})
    )
    assert removed["flows"] == []
    ok(api.put(f"/projects/{project['id']}/flows", json={"flows": [flow_id]}))
    assert len(ok(api.get(f"/projects/{project['id']}/data_flows"))) == 1
    assert api.put(f"/projects/{project['id']}/flows", json={"flows": [99999]}).status_code == 404
    assert api.delete(f"/projects/{project['id']}").status_code == 204
    assert ok(api.get(f"/flows/{flow_id}"))["flows"][0]["id"] == flow_id


def test_team_members(api: httpx.Client) -> None:
    team = ok(api.post("/teams", json={"name": "t", "members": [{"email": "dana@example.com"}]}))
    assert [m["id"] for m in team["members"]] == [2]
    members = ok(
        api.put(f"/teams/{team['id']}/members", json={"members": [{"id": 1, "admin": True}]})
    )
    assert sorted(m["id"] for m in members) == [1, 2]
    assert ok(api.get(f"/teams/{team['id']}"))["member"] is True
    assert (
        api.put(f"/teams/{team['id']}/members", json={"members": [{"id": 404}]}).status_code == 404
    )
    left = ok(api.request("DELETE", f"/teams/{team['id']}/members", json={"members": [{"id": 2}]}))
    assert [m["id"] for m in left] == [1]
    replaced = ok(api.post(f"/teams/{team['id']}/members", json={"members": [{"id": 2}]}))
    assert [m["id"] for m in replaced] == [2]


def test_users_current_transfer_and_delete(api: httpx.Client) -> None:
    assert ok(api.get("/users/current"))["email"] == "owner@example.com"
    ann = ok(api.post("/users", json={"full_name": "Ann", "email": "ann@example.com"}))
    assert (
        api.post("/users", json={"full_name": "A", "email": "ann@example.com"}).status_code == 409
    )
    cred = create_credential(api)
    movable = ok(api.get("/users/1/transferable", params={"org_id": 1}))
    assert movable["data_credentials"] == [cred["id"]]
    assert api.delete("/users/1").status_code == 409
    result = ok(api.put("/users/1/transfer", json={"org_id": 1, "delegate_owner_id": ann["id"]}))
    assert result["data_credentials"] == [cred["id"]]
    assert result["transfer_user_resources"]["new_owner_id"] == ann["id"]
    assert ok(api.get(f"/data_credentials/{cred['id']}"))["owner"]["id"] == ann["id"]
    assert api.delete(f"/users/{ann['id']}").status_code == 409  # now owns the credential
    assert api.delete("/users/2").status_code in (200, 204)
    assert ok(api.get("/user_settings"))[0]["owner"]["id"] == 1


def test_quarantine_settings(api: httpx.Client) -> None:
    assert api.get("/users/1/quarantine_settings").status_code == 404
    cred = create_credential(api)
    body = {"data_credentials_id": cred["id"], "config": {"start.cron": "0 * * * *", "path": "q/"}}
    made = ok(api.post("/users/1/quarantine_settings", json=body))
    assert made["credentials_type"] == "s3"
    assert api.post("/users/1/quarantine_settings", json=body).status_code == 409
    changed = ok(
        api.put(
            "/users/1/quarantine_settings",
            json={"config": {"start.cron": "0 0 * * *", "path": "q2/"}},
        )
    )
    assert changed["config"]["path"] == "q2/"
    assert api.delete("/users/1/quarantine_settings").status_code == 204
    assert api.delete(f"/data_credentials/{cred['id']}").status_code == 200


def test_org_members_custodians_and_auth_settings(api: httpx.Client) -> None:
    org = ok(
        api.post(
            "/orgs",
            json={
                "name": "Acme",
                "email_domain": "acme.test",
                "members": [{"full_name": "New Person", "email": "new@acme.test"}],
            },
        )
    )
    members = ok(api.get(f"/orgs/{org['id']}/members"))
    assert {m["email"] for m in members} == {"owner@example.com", "new@acme.test"}
    newbie = next(m for m in members if m["email"] == "new@acme.test")
    off = ok(
        api.put(f"/orgs/{org['id']}/members/deactivate", json={"members": [{"id": newbie["id"]}]})
    )
    assert next(m for m in off if m["id"] == newbie["id"])["org_membership_status"] == "DEACTIVATED"
    ok(api.put(f"/orgs/{org['id']}/members/activate", json={"members": [{"id": newbie["id"]}]}))
    gone = api.request(
        "DELETE", f"/orgs/{org['id']}/members", json={"members": [{"id": newbie["id"]}]}
    )
    assert gone.status_code in (200, 204)
    assert len(ok(api.get(f"/orgs/{org['id']}/members"))) == 1
    custodians = ok(api.post(f"/orgs/{org['id']}/custodians", json={"custodians": [{"id": 2}]}))
    assert [c["id"] for c in custodians] == [2]
    assert (
        api.request(
            "DELETE", f"/orgs/{org['id']}/custodians", json={"custodians": [{"id": 2}]}
        ).status_code
        == 204
    )
    assert ok(api.get(f"/orgs/{org['id']}/custodians")) == []
    config = ok(
        api.post("/api_auth_configs", json={"name": "sso", "protocol": "oidc", "org_id": 1})
    )
    settings = ok(api.get("/orgs/1/auth_settings"))
    assert [s["id"] for s in settings] == [config["id"]] and settings[0]["enabled"] is False
    on = ok(api.put(f"/orgs/1/auth_settings/{config['id']}", json={"enabled": True}))
    assert on["enabled"] is True
    assert api.put("/orgs/1/auth_settings/99999", json={"enabled": True}).status_code == 404
    assert api.delete("/orgs/1").status_code == 409
    summary = ok(api.get("/orgs/account_summary"))
    assert summary["data_sources"]["total"] == 0


def test_lookup_entries(api: httpx.Client) -> None:
    lookup = ok(
        api.post(
            "/data_maps",
            json={
                "name": "countries",
                "data_type": "string",
                "map_primary_key": "code",
                "data_map": [{"code": "US", "name": "United States"}],
            },
        )
    )
    assert lookup["map_entry_count"] == 1
    upserted = ok(
        api.put(
            f"/data_maps/{lookup['id']}/entries",
            json={"entries": [{"code": "DE", "name": "Germany"}, {"code": "US", "name": "USA"}]},
        )
    )
    assert len(upserted) == 2
    found = ok(api.get(f"/data_maps/{lookup['id']}/entries/US,DE,FR"))
    assert sorted(e["code"] for e in found) == ["DE", "US"]
    assert next(e for e in found if e["code"] == "US")["name"] == "USA"
    assert (
        api.put(
            f"/data_maps/{lookup['id']}/entries", json={"entries": [{"name": "no key"}]}
        ).status_code
        == 400
    )
    assert api.delete(f"/data_maps/{lookup['id']}/entries/DE").status_code in (200, 204)
    assert ok(api.get(f"/data_maps/{lookup['id']}"))["map_entry_count"] == 1
    # The lookup carries only its counters (as in the official reference); entries are
    # read through the entries endpoint.
    expanded = ok(api.get(f"/data_maps/{lookup['id']}", params={"expand": 1}))
    assert "data_map" not in expanded and expanded["map_entry_count"] == 1
    assert ok(api.get(f"/data_maps/{lookup['id']}/entries/US")) == [{"code": "US", "name": "USA"}]


def test_code_container_copy_public_and_in_use(api: httpx.Client, sandbox: SandboxServer) -> None:
    body = {
        "name": "mask",
        "output_type": "record",
        "code_type": "jolt_standard",
        "code_encoding": "none",
        "code": [{"operation": "remove", "spec": {"ssn": ""}}],
        "public": True,
    }
    container = ok(api.post("/code_containers", json=body))
    copy = ok(api.post(f"/code_containers/{container['id']}/copy"))
    assert copy["copied_from_id"] == container["id"] and copy["public"] is False
    assert [c["id"] for c in ok(api.get("/code_containers/public"))] == [container["id"]]
    p = pipeline(api)
    nexset = sandbox.state.store.get("data_sets", p["nexset_id"])
    assert nexset is not None
    nexset["transform"] = {"code_container_id": container["id"]}
    sandbox.state.store.put("data_sets", nexset)
    assert ok(api.get(f"/code_containers/{container['id']}"))["data_sets"] == [p["nexset_id"]]
    assert api.delete(f"/code_containers/{container['id']}").status_code == 409
    assert api.delete(f"/code_containers/{copy['id']}").status_code == 200


def test_runtime_activate_pause(api: httpx.Client) -> None:
    runtime = ok(api.post("/runtimes", json={"name": "r", "active": False}))
    assert ok(api.put(f"/runtimes/{runtime['id']}/activate"))["active"] is True
    assert ok(api.put(f"/runtimes/{runtime['id']}/pause"))["active"] is False
    log = ok(api.get(f"/runtimes/{runtime['id']}"))
    assert log["name"] == "r"


def test_marketplace_items_and_approvals(api: httpx.Client) -> None:
    p = pipeline(api)
    domain = ok(api.post("/marketplace/domains", json={"name": "Sales Data"}))
    assert domain["slug"] == "sales-data"
    item = ok(
        api.post(
            f"/marketplace/domains/{domain['id']}/items",
            json={"name": "Orders", "data_set_id": p["nexset_id"]},
        )
    )
    assert item["resource_id"] == p["nexset_id"] and item["data_samples"]
    assert ok(api.get(f"/marketplace/domains/{domain['id']}/items"))[0]["id"] == item["id"]
    assert api.delete(f"/marketplace/domains/{domain['id']}").status_code == 409
    pending = ok(api.get("/approval_requests/pending"))
    assert [r["resource_id"] for r in pending] == [item["id"]]
    assert ok(api.get("/approval_requests/requested"))[0]["id"] == pending[0]["id"]
    approved = ok(api.put(f"/approval_requests/{pending[0]['id']}/approve"))
    assert approved["status"] == "approved"
    assert (
        api.request(
            "DELETE", f"/approval_requests/{pending[0]['id']}/reject", json={"reason": "late"}
        ).status_code
        == 409
    )
    custodians = ok(
        api.post(
            f"/marketplace/domains/{domain['id']}/custodians", json={"custodians": [{"id": 2}]}
        )
    )
    assert [c["email"] for c in custodians] == ["dana@example.com"]
    assert [d["id"] for d in ok(api.get("/marketplace/domains/for_org", params={"org_id": 1}))] == [
        domain["id"]
    ]


def test_notifications(api: httpx.Client, sandbox: SandboxServer) -> None:
    from nexla_sandbox.domain.notifications import notify

    with sandbox.state.store.transaction():
        first = notify(sandbox.state, 1, "ERROR", "run failed")
        notify(sandbox.state, 1, "INFO", "run done")
    assert ok(api.get("/notifications/count"))["count"] == 2
    assert api.put("/notifications/mark_read", json=[first["id"]]).status_code == 204
    assert ok(api.get("/notifications/count", params={"read": 0}))["count"] == 1
    assert ok(api.get(f"/notifications/{first['id']}"))["read_at"] is not None
    assert [n["level"] for n in ok(api.get("/notifications", params={"level": "INFO"}))] == ["INFO"]
    assert api.put("/notifications/mark_unread", json=[first["id"]]).status_code == 204
    assert api.delete(f"/notifications/{first['id']}").status_code == 204
    assert api.delete("/notifications/all").status_code == 204
    assert ok(api.get("/notifications")) == []
    kind = ok(
        api.get("/notification_types/list", params={"event_type": "ERROR", "resource_type": "SINK"})
    )
    setting = ok(
        api.post(
            "/notification_settings", json={"channel": "APP", "notification_type_id": kind["id"]}
        )
    )
    by_type = ok(api.get(f"/notification_settings/notification_types/{kind['id']}"))
    assert [s["setting_id"] for s in by_type] == [setting["id"]]
    assert (
        api.post(
            "/notification_settings", json={"channel": "APP", "notification_type_id": 999}
        ).status_code
        == 404
    )


def test_copies_health_metrics_and_logs(api: httpx.Client, sandbox: SandboxServer) -> None:
    p = pipeline(api)
    flow_id = p["flow"]["flows"][0]["id"]
    copied = ok(api.post(f"/data_sources/{p['source']['id']}/copy", json={}))
    assert copied["copied_from_id"] == p["source"]["id"] and copied["id"] != p["source"]["id"]
    sink_copy = ok(
        api.post(f"/data_sinks/{p['sink']['id']}/copy", json={"reuse_data_credentials": False})
    )
    assert sink_copy["data_credentials_id"] != p["cred"]["id"]
    flow_copy = ok(api.post(f"/flows/{flow_id}/copy", json={}))
    assert len(flow_copy["data_sinks"]) == 2 and flow_copy["flows"][0]["id"] != flow_id
    assert ok(api.post("/transforms/1/copy"))["copied_from_id"] == 1
    org_log = ok(api.get("/orgs/1/data_sources/audit_log", params={"event_filter": "create"}))
    assert {e["item_id"] for e in org_log} == {
        p["source"]["id"],
        copied["id"],
        flow_copy["data_sources"][0]["id"],
    }
    sandbox.admin.run_flow(flow_id)
    health = ok(api.get(f"/health/flow/{flow_id}"))
    assert health["latestRunId"] == 1 and health["healthStatus"] == "GREEN"
    assert ok(api.get("/health/org/all"))["GREEN"] >= 1
    logs = ok(api.get(f"/flows/{flow_id}/logs"))
    assert logs["logs"][0]["log"] == "Run 1 started"
    found = ok(api.post(f"/flows/{flow_id}/logs_v2", json={"search_string": "processed"}))
    assert len(found["logs"]) == 1
    metrics = ok(
        api.get(
            f"/data_flows/data_sources/{p['source']['id']}/metrics", params={"from": "2000-01-01"}
        )
    )
    assert metrics["metrics"]["meta"]["totalCount"] == 1
    account = ok(api.get("/orgs/1/flows/account_metrics", params={"from": "2000-01-01"}))
    assert account["metrics"][0]["data"]["records"] > 0
    sample = ok(api.post(f"/data_credentials/{p['cred']['id']}/probe/sample", json={"path": "a/"}))
    assert sample["output"]["data"]
    tree = ok(api.post(f"/data_credentials/{p['cred']['id']}/probe/tree", json={"depth": 2}))
    folders = {k: v for k, v in tree["object"].items() if k != "meta"}
    assert folders and all(v["type"] == "folder" for v in folders.values())
    assert ok(api.get("/limits"))["day"]["common"]["limit"] > 0


def test_nexset_docs(api: httpx.Client) -> None:
    p = pipeline(api)
    docs = ok(
        api.post(
            f"/data_sets/{p['nexset_id']}/docs",
            json={"docs": [{"name": "README", "text": "# Orders"}]},
        )
    )
    assert docs[0]["name"] == "README"
    assert (
        ok(api.get(f"/data_sets/{p['nexset_id']}/docs", params={"expand": 1}))[0]["text"]
        == "# Orders"
    )
    log = ok(api.get(f"/doc_containers/{docs[0]['id']}/audit_log"))
    assert log[0]["event"] == "create"
    assert api.post(f"/data_sets/{p['nexset_id']}/docs/recommendation").status_code == 422


def _path_for(template: str) -> str:
    values = {"resource_type": "data_sources", "period": "day", "entry_keys": "a"}
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), "1"), template)


def test_every_operation_has_a_handler_and_none_answers_501(sandbox: SandboxServer) -> None:
    spec = load_spec()
    missing = [op for op in spec.by_id() if op not in HANDLERS]
    assert missing == []
    sandbox.state.reset()
    with sandbox.client() as api:
        seen = 0
        for path, ops in spec.operations.items():
            for method, op in ops.items():
                if op.operation_id == "logout":
                    continue
                response = api.request(method.upper(), _path_for(path))
                seen += 1
                assert response.status_code not in (500, 501), (
                    f"{op.operation_id}: {response.status_code} {response.text[:300]}"
                )
    assert seen == len(spec.by_id()) - 1
