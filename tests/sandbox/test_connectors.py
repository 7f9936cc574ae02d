"""The sandbox knows the connector catalogue: unknown types and mistyped config fields are
refused with Nexla's error body, connectors render per type, probe trees follow the category."""

from __future__ import annotations

import httpx

from .helpers import create_credential, ok


def test_unknown_credential_type_is_a_400_naming_the_field(api: httpx.Client) -> None:
    reply = api.post(
        "/data_credentials", json={"name": "x", "credentials_type": "s4", "credentials": {}}
    )
    assert reply.status_code == 400
    body = reply.json()
    assert body["status"] == 400 and "credentials_type" in body["message"]
    assert body["errors"] == [
        {"field": "credentials_type", "message": "is not a known connector type"}
    ]


def test_wrong_value_or_type_in_a_config_is_a_422_per_field(api: httpx.Client) -> None:
    reply = api.post(
        "/data_credentials",
        json={
            "name": "x",
            "credentials_type": "s3",
            "credentials": {"s3_auth_type": "Access Keys", "has_client_encryption": "yes"},
        },
    )
    assert reply.status_code == 422
    fields = {e["field"]: e["message"] for e in reply.json()["errors"]}
    assert set(fields) == {"credentials/s3_auth_type", "credentials/has_client_encryption"}
    assert "'Access Key'" in fields["credentials/s3_auth_type"]
    cred = create_credential(api)
    src = api.post(
        "/data_sources",
        json={
            "name": "s",
            "source_type": "s3",
            "data_credentials_id": cred["id"],
            "source_config": {"path": "a/", "csv.skip.first.lines": "two"},
        },
    )
    assert src.status_code == 422
    assert src.json()["errors"][0]["field"] == "source_config/csv.skip.first.lines"


def test_connector_objects_have_a_stable_id_per_type(api: httpx.Client) -> None:
    s3 = create_credential(api, "a")
    s3_again = create_credential(api, "b")
    pg = create_credential(
        api, "c", credentials_type="postgres", credentials={"host": "h", "password": "p"}
    )
    assert s3["connector"]["id"] == s3_again["connector"]["id"] != pg["connector"]["id"]
    assert s3["connector"]["type"] == "s3" and pg["connector"]["connection_type"] == "postgres"


def test_probe_tree_is_shaped_by_the_connection_category(api: httpx.Client) -> None:
    pg = create_credential(
        api, "pg", credentials_type="postgres", credentials={"host": "h", "password": "p"}
    )
    tree = ok(api.post(f"/data_credentials/{pg['id']}/probe/tree", json={"depth": 2}))
    assert tree["connection_type"] == "postgres"
    (database,) = tree["object"].values()
    table = next(iter(database["value"].values()))
    assert database["type"] == "database" and table["type"] == "table"
    assert {c["type"] for c in table["value"]} == {"column"}
    s3 = create_credential(api, "files")
    tree = ok(
        api.post(f"/data_credentials/{s3['id']}/probe/tree", json={"path": "in/", "depth": 1})
    )
    folder = tree["object"]["orders"]
    assert folder["type"] == "folder" and folder["value"]["part-0001.json"]["type"] == "file"
    mongo = create_credential(api, "m", credentials_type="mongo", credentials={})
    tree = ok(api.post(f"/data_credentials/{mongo['id']}/probe/tree", json={"depth": 1}))
    (database,) = tree["object"].values()
    assert {c["type"] for c in database["value"].values()} == {"collection"}
