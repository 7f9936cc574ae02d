"""The sandbox answers the way Nexla does where the official reference and the SDK's recorded
replies settle it: refusals, not-found, connector blocks, summaries, roles and stamps."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from nexla_api.runtime.connectors import connector_types
from nexla_sandbox.connectors import connector
from nexla_sandbox.testing import SandboxServer

from .helpers import create_credential, create_source, ok, pipeline


def test_deleting_an_active_flow_is_refused_with_405_naming_the_active_resources(
    api: httpx.Client,
) -> None:
    made = pipeline(api)
    flow_id = made["flow"]["flows"][0]["id"]
    ok(api.put(f"/flows/{flow_id}/activate", params={"all": 1}))
    refused = api.delete(f"/flows/{flow_id}")
    assert refused.status_code == 405
    body = refused.json()
    assert body["message"] == "Active flow resources must be paused before flow deletion!"
    assert body["data_sources"] == [made["source"]["id"]]
    assert made["nexset_id"] in body["data_sets"]
    assert body["data_sinks"] == [made["sink"]["id"]]
    by_resource = api.delete(f"/data_sinks/{made['sink']['id']}/flow")
    assert by_resource.status_code == 405
    # Nothing was deleted; once paused the same call succeeds.
    ok(api.get(f"/data_sources/{made['source']['id']}"))
    ok(api.put(f"/flows/{flow_id}/pause", params={"all": 1}))
    ok(api.delete(f"/flows/{flow_id}"))
    assert api.get(f"/data_sources/{made['source']['id']}").status_code == 404


@pytest.mark.parametrize(
    "path", ["/users/-1", "/teams/-1", "/data_sources/-1", "/data_sets/0", "/flows/-7"]
)
def test_an_id_that_names_nothing_is_404_not_a_validation_error(
    api: httpx.Client, path: str
) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert response.json()["message"]


@pytest.mark.parametrize(
    ("path", "field", "body"),
    [
        ("/data_credentials", "credentials_type", {"name": "x", "credentials": {}}),
        ("/data_sources", "source_type", {"name": "x"}),
    ],
)
def test_unknown_connector_types_are_rejected_with_nexlas_error_shape(
    api: httpx.Client, path: str, field: str, body: dict[str, Any]
) -> None:
    response = api.post(path, json={**body, field: "invalid_type_12345"})
    assert response.status_code == 400
    error = response.json()
    assert "invalid_type_12345" in error["message"] and error["status"] == 400
    assert error["errors"][0]["field"] == field
    assert ok(api.get(path)) == []


def test_unknown_sink_type_is_rejected(api: httpx.Client) -> None:
    made = pipeline(api)
    response = api.post(
        "/data_sinks",
        json={
            "name": "bad",
            "sink_type": "webhook",
            "data_set_id": made["nexset_id"],
            "data_credentials_id": made["cred"]["id"],
        },
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "sink_type"


def test_connector_type_lists_are_the_official_ones() -> None:
    counts = [len(connector_types(f)) for f in ("credentials", "sources", "destinations")]
    assert counts == [52, 49, 46]
    assert "nexla_rest" in connector_types("sources")


def test_connector_blocks_carry_every_field_with_a_stable_id_per_type(api: httpx.Client) -> None:
    s3 = create_credential(api, "a")
    pg = create_credential(api, "b", credentials_type="postgres")
    again = create_credential(api, "c")
    source = create_source(api, s3["id"])
    for block in (s3["connector"], pg["connector"], source["connector"]):
        assert set(block) == {
            "id",
            "type",
            "connection_type",
            "name",
            "description",
            "nexset_api_compatible",
        }
        assert isinstance(block["description"], str) and block["description"]
        assert isinstance(block["nexset_api_compatible"], bool)
    assert s3["connector"] == again["connector"] == source["connector"] == connector("s3")
    assert pg["connector"]["id"] != s3["connector"]["id"]
    assert ok(api.get(f"/data_credentials/{s3['id']}"))["connector"] == s3["connector"]


def test_async_tasks_use_the_official_statuses(api: httpx.Client) -> None:
    task = ok(api.post("/async_tasks", json={"type": "export", "arguments": {"resource_id": 1}}))
    assert task["status"] == "pending"
    statuses = [ok(api.get(f"/async_tasks/{task['id']}"))["status"] for _ in range(2)]
    assert statuses == ["running", "completed"]
    assert [t["id"] for t in ok(api.get("/async_tasks/by_status/QUEUED"))] == []
    assert [t["id"] for t in ok(api.get("/async_tasks/by_status/DONE"))] == [task["id"]]


def test_expanded_user_carries_counts_per_kind(api: httpx.Client) -> None:
    made = pipeline(api)
    ok(api.put(f"/flows/{made['flow']['flows'][0]['id']}/activate", params={"all": 1}))
    user = ok(api.get("/users/1", params={"expand": 1}))
    summary = user["account_summary"]
    assert set(summary) == {"data_sources", "data_sets", "data_sinks", "data_maps"}
    sources = summary["data_sources"]["counts"]
    assert sources == {
        "total": 1,
        "owner": 1,
        "collaborator": 0,
        "active": 1,
        "paused": 0,
        "draft": 0,
    }
    assert summary["data_maps"]["counts"] == {"total": 0, "owner": 0, "collaborator": 0}
    assert "account_summary" not in ok(api.get("/users/1"))


def test_org_account_summary_groups_nexsets_one_level_deeper(api: httpx.Client) -> None:
    pipeline(api)
    summary = ok(api.get("/orgs/1/account_summary"))
    assert summary["data_sources"] == {"total": 1, "active": 0, "paused": 0}
    assert summary["data_sets"]["detected"]["total"] == 1
    assert all(
        isinstance(v, int) for group in summary["data_sets"].values() for v in group.values()
    )


def test_teams_show_and_filter_by_the_member_role(api: httpx.Client) -> None:
    ok(api.put("/teams/1/members", json={"members": [{"id": 1}]}))
    other = ok(api.post("/teams", json={"name": "no-members"}))
    team = ok(api.get("/teams/1"))
    assert "member" in team["access_roles"] and team["member"] is True
    members_only = ok(api.get("/teams", params={"access_role": "member"}))
    assert [t["id"] for t in members_only] == [1]
    assert other["id"] not in [t["id"] for t in members_only]
    assert other["description"] == ""


def test_built_in_users_and_teams_keep_stable_ordered_timestamps(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    first = [ok(api.get(p)) for p in ("/users/1", "/users/2", "/teams/1")]
    sandbox.admin.advance_clock(3600)
    second = [ok(api.get(p)) for p in ("/users/1", "/users/2", "/teams/1")]
    for a, b in zip(first, second, strict=True):
        assert (a["created_at"], a["updated_at"]) == (b["created_at"], b["updated_at"])
        assert a["created_at"] <= a["updated_at"]


def test_probe_tree_message_is_a_string(api: httpx.Client) -> None:
    cred = create_credential(api)
    tree = ok(api.post(f"/data_credentials/{cred['id']}/probe/tree", json={"depth": 1}))
    assert isinstance(tree["message"], str) and tree["message"]


def test_resource_activate_and_pause_accept_the_tree_flags(api: httpx.Client) -> None:
    made = pipeline(api)
    source_id = made["source"]["id"]
    assert ok(api.put(f"/data_sources/{source_id}/activate", params={"all": 1}))["id"] == source_id
    paused = ok(api.put(f"/data_sinks/{made['sink']['id']}/pause", params={"full_tree": 1}))
    assert paused["id"] == made["sink"]["id"]


@pytest.mark.parametrize("path", ["/teams/1", "/orgs/1", "/projects", "/transforms/1"])
def test_reads_accept_expand(api: httpx.Client, path: str) -> None:
    assert api.get(path, params={"expand": 1}).status_code == 200


def test_replies_carry_only_declared_fields(api: httpx.Client) -> None:
    made = pipeline(api)
    flow = ok(api.get(f"/data_sinks/{made['sink']['id']}/flow"))
    assert all(not k.startswith("_") for node in flow["flows"] for k in node)
    setting = ok(
        api.post(
            "/notification_channel_settings",
            json={"channel": "EMAIL", "config": {"email": "a@example.com"}},
        )
    )
    assert "access_roles" not in setting and "created_at" not in setting


def test_org_owner_is_a_whole_user(api: httpx.Client) -> None:
    org = ok(api.get("/orgs/1"))
    owner = org["owner"]
    assert owner["id"] == 1 and owner["status"] == "ACTIVE"
    assert owner["default_org"]["id"] == 1 and owner["org_memberships"]


def _record_fields(schema_name: str) -> set[str]:
    """The properties of a record schema a reply always carries (not the `expand=1` ones)."""
    from nexla_sandbox.spec import load_spec

    props = load_spec().doc["components"]["schemas"][schema_name]["properties"]
    return {k for k, v in props.items() if not v.get("x-nexla-expand")}


def test_records_carry_every_declared_field_unset_ones_as_null_empty_or_false(
    api: httpx.Client,
) -> None:
    cred = create_credential(api)
    source = create_source(api, cred["id"])
    got = ok(api.get(f"/data_sources/{source['id']}"))
    assert set(got) == _record_fields("DataSource")
    # Never set by this caller: present, and empty the way Nexla's serializers say it.
    assert got["description"] is None and got["vendor"] is None
    assert got["run_ids"] == [] and got["tags"] == []
    assert got["has_template"] is False
    # Nested records are whole too.
    assert set(got["owner"]) == _record_fields("Owner")
    # What only `expand=1` embeds stays out until asked for.
    assert "data_credentials" not in got
    expanded = ok(api.get(f"/data_sources/{source['id']}", params={"expand": 1}))
    assert expanded["data_credentials"]["id"] == cred["id"]


def test_listed_records_are_whole_and_envelopes_are_not_padded(api: httpx.Client) -> None:
    create_source(api, None, name="listed")
    listed = ok(api.get("/data_sources"))
    assert listed and all(set(s) == _record_fields("DataSource") for s in listed)
    task = ok(api.post("/async_tasks", json={"type": "BulkDeleteNotifications"}))
    # A delete's acknowledgement is a message, not a record: nothing is added to it.
    assert ok(api.delete(f"/async_tasks/{task['id']}")) == {"status": "deleted"}
