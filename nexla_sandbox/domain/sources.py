"""Sources: create, change, delete, and nexset discovery after a configurable number of polls.

A new source has no nexsets. Each read of the source counts as a poll; once
`Settings.discovery_polls` polls have happened, Nexla "detects" one nexset (with sample
records) under it, so a client must poll `GET /data_sources/{id}?expand=1` like it would
against Nexla. Webhook sources (`source_type: nexla_rest`) get an API key and a webhook URL.
"""

from __future__ import annotations

import secrets
from typing import Any

from ..connectors import check_config, check_create, connector
from ..errors import ApiError, conflict
from ..state import Actor, State
from ..store import Doc
from .credentials import check_exists
from .nexsets import new_nexset
from .nodes import create_node, nodes_in, require_inactive
from .records import default_records, infer_schema

WEBHOOK_TYPES = ("nexla_rest",)


def _text(value: Any) -> str | None:
    """A free-form config value, if it is text (configs are passed through unvalidated)."""
    return value if isinstance(value, str) else None


def discover(state: State, source: Doc) -> Doc | None:
    """Create the nexset Nexla would detect for this source (once)."""
    if source.get("_discovered"):
        return None
    source["_discovered"] = True
    records = (source.get("source_config") or {}).get("sample_records")
    if not (isinstance(records, list) and all(isinstance(r, dict) for r in records)):
        records = [] if source["source_type"] in WEBHOOK_TYPES else default_records(source["id"])
    node = state.store.get("flow_nodes", int(source["_flow_node_id"]))
    nexset = new_nexset(
        state,
        None,
        {
            "name": f"{source['name']} nexset",
            "description": f"Detected from source {source['id']}",
            "data_source_id": source["id"],
            "status": source.get("status", "INIT"),
            "source_schema": infer_schema(records),
            "output_schema": infer_schema(records),
            "_records": records,
        },
        parent_node=node,
    )
    state.store.put("data_sources", source)
    return nexset


def poll(state: State, source: Doc) -> None:
    source["_polls"] = int(source.get("_polls", 0)) + 1
    if source["_polls"] >= state.settings.discovery_polls:
        discover(state, source)
    state.store.put("data_sources", source)


def create_source(state: State, actor: Actor | None, body: Doc, base_url: str) -> Doc:
    """A new source in a flow of its own; `base_url` prefixes a webhook source's URL."""
    check_create("sources", body)
    check_exists(state, body.get("data_credentials_id"))
    stype = body["source_type"]
    fields: Doc = {
        "name": body["name"],
        "description": body.get("description"),
        "status": "INIT",
        "source_type": stype,
        "connector_type": stype,
        "connector": connector(stype),
        "data_credentials_id": body.get("data_credentials_id"),
        "source_config": body.get("source_config"),
        "ingest_method": body.get("ingest_method") or ("API" if stype in WEBHOOK_TYPES else "POLL"),
        "source_format": _text((body.get("source_config") or {}).get("file_format")),
        "template_config": body.get("template_config"),
        "managed": False,
        "auto_generated": False,
        "flow_type": "streaming" if stype in WEBHOOK_TYPES else "batch",
        "tags": body.get("tags") or [],
        "api_keys": [],
        "run_ids": [],
        "_polls": 0,
    }
    doc = state.new_doc("data_sources", actor, fields)
    if stype in WEBHOOK_TYPES:
        hook = secrets.token_hex(8)
        doc["_webhook_id"] = hook
        doc["api_keys"] = [
            {
                "id": doc["id"],
                "api_key": secrets.token_hex(16),
                "url": f"{base_url}/webhook/{hook}",
                "webhook_id": hook,
            }
        ]
    create_node(state, None, "data_sources", doc, flow_type=doc["flow_type"])
    state.store.put("data_sources", doc)
    state.audit(actor, "data_sources", doc, "create", {"name": [None, doc["name"]]})
    if state.settings.discovery_polls <= 0:
        discover(state, doc)
    return doc


def update_source(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    check_config("sources", str(doc["source_type"]), body.get("source_config"))
    if "data_credentials_id" in body:
        check_exists(state, body["data_credentials_id"])
    changes: Doc = {
        k: body[k]
        for k in ("name", "description", "data_credentials_id", "source_config", "tags")
        if k in body
    }
    if changes.get("tags") is None and "tags" in changes:
        changes["tags"] = []
    return state.update_fields(actor, "data_sources", doc, changes)


def delete_source(state: State, actor: Actor | None, doc: Doc) -> None:
    """Delete a source and its detected nexsets (409 while destinations hang off it)."""
    source_id = doc["id"]
    require_inactive(doc, "data_sources")
    nodes = nodes_in(state, int(doc["_flow_node_id"]))
    sinks = [n["data_sink_id"] for n in nodes if n.get("data_sink_id")]
    if sinks:
        raise conflict(
            f"Source {source_id} still feeds destinations {sinks}; delete them first",
            "data_sources",
            source_id,
        )
    for node in nodes:
        if node.get("data_set_id"):
            nexset = state.store.get("data_sets", int(node["data_set_id"]))
            if nexset is not None:
                state.store.delete("data_sets", nexset["id"])
                state.audit(actor, "data_sets", nexset, "destroy", {"id": [nexset["id"], None]})
        state.store.delete("flow_nodes", node["id"])
    state.store.delete("data_sources", source_id)
    state.audit(actor, "data_sources", doc, "destroy", {"id": [source_id, None]})


def webhook_source(state: State, webhook_id: str) -> Doc:
    for doc in state.store.all("data_sources"):
        if doc.get("_webhook_id") == webhook_id:
            return doc
    raise ApiError(404, f"No webhook {webhook_id}")


def receive(state: State, source: Doc, records: list[Any], keep: int) -> Doc:
    """Records pushed to a webhook source land in its nexset (the latest `keep` are kept)."""
    nexset = discover(state, source)
    if nexset is None:
        nexset = next(
            n for n in state.store.all("data_sets") if n.get("data_source_id") == source["id"]
        )
    kept = list(nexset.get("_records") or []) + [r for r in records if isinstance(r, dict)]
    nexset["_records"] = kept[-keep:]
    nexset["_webhook"] = True
    nexset["_received"] = int(nexset.get("_received", 0)) + len(records)
    state.store.put("data_sets", nexset)
    return nexset
