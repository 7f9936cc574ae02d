"""HTTP steps the recipe tests share (raw httpx calls, like the recipes make through the SDK)."""

from __future__ import annotations

from typing import Any

import httpx


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
    )
    return response.json() if response.content else None


def create_credential(api: httpx.Client, name: str = "s3-cred", **extra: Any) -> dict[str, Any]:
    body = {
        "name": name,
        "credentials_type": "s3",
        "credentials": {"bucket": "acme", "secret_key": "x"},
    }
    body.update(extra)
    return dict(ok(api.post("/data_credentials", json=body)))


def create_source(
    api: httpx.Client,
    cred_id: int | None,
    name: str = "orders",
    source_type: str = "s3",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": name,
        "source_type": source_type,
        "source_config": {"path": f"{name}/", "file_format": "json"},
    }
    if cred_id is not None:
        body["data_credentials_id"] = cred_id
    body.update(extra)
    return dict(ok(api.post("/data_sources", json=body)))


def discover_nexset(api: httpx.Client, source_id: int, max_polls: int = 10) -> tuple[int, int]:
    """Poll the source with expand=1 until a nexset shows up; returns (nexset id, polls)."""
    for poll in range(1, max_polls + 1):
        source = ok(api.get(f"/data_sources/{source_id}", params={"expand": 1}))
        if source["data_sets"]:
            return int(source["data_sets"][0]["id"]), poll
    raise AssertionError(f"no nexset discovered after {max_polls} polls")


def pipeline(api: httpx.Client) -> dict[str, Any]:
    """Credential -> source -> discovered nexset -> destination, not yet active."""
    cred = create_credential(api)
    source = create_source(api, cred["id"])
    nexset_id, _ = discover_nexset(api, source["id"])
    sink = ok(
        api.post(
            "/data_sinks",
            json={
                "name": "orders-out",
                "sink_type": "s3",
                "data_set_id": nexset_id,
                "data_credentials_id": cred["id"],
                "sink_config": {"path": "out/"},
            },
        )
    )
    flow = ok(api.get(f"/data_sinks/{sink['id']}/flow", params={"flows_only": 1}))
    return {"cred": cred, "source": source, "nexset_id": nexset_id, "sink": sink, "flow": flow}


def find_node(nodes: list[dict[str, Any]], key: str, value: int) -> dict[str, Any] | None:
    for node in nodes:
        if node.get(key) == value:
            return node
        found = find_node(node.get("children") or [], key, value)
        if found is not None:
            return found
    return None
