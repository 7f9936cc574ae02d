"""Sources: CRUD, and nexset discovery after a configurable number of polls.

A new source has no nexsets. Each GET of the source counts as a poll; once
`Settings.discovery_polls` polls have happened, Nexla "detects" one nexset (with sample
records) under it, so a client must poll `GET /data_sources/{id}?expand=1` like it would
against Nexla. Webhook sources (`source_type: nexla_rest`) get an API key and a webhook URL.
"""

from __future__ import annotations

import secrets
from typing import Any

from ..connectors import check_config, check_create, connector
from ..registry import ApiError, Ctx, conflict, handler, not_found
from ..state import State, paginate, public, require_body
from ..store import Doc
from .common import deleted_reply, require_inactive, visible
from .flows import create_node, nodes_in

WEBHOOK_TYPES = ("nexla_rest",)


def default_records(seed: int, count: int = 20) -> list[Doc]:
    """Deterministic customer-like records (with PII fields recipes like to strip)."""
    countries = ["US", "DE", "IN", "BR", "JP"]
    return [
        {
            "customer_id": seed * 100 + i,
            "name": f"Customer {i}",
            "email": f"customer{i}@example.com",
            "ssn": f"123-45-{6700 + i}",
            "dob": f"1990-01-{(i % 28) + 1:02d}",
            "country": countries[i % len(countries)],
            "amount": round(10.5 * (i + 1), 2),
            "created_at": f"2025-01-{(i % 28) + 1:02d}T10:00:00Z",
        }
        for i in range(1, count + 1)
    ]


def infer_schema(records: list[Doc]) -> Doc:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", dict: "object"}
    props: dict[str, Doc] = {}
    for rec in records:
        for key, value in rec.items():
            props.setdefault(key, {"type": names.get(type(value), "string")})
    return {"type": "object", "properties": props, "$schema-id": len(props)}


def _text(value: Any) -> str | None:
    """A free-form config value, if it is text (configs are passed through unvalidated)."""
    return value if isinstance(value, str) else None


def brief(doc: Doc) -> Doc:
    return {
        "id": doc["id"],
        "owner_id": doc["owner"]["id"],
        "org_id": doc["org"]["id"],
        "name": doc.get("name"),
        "description": doc.get("description"),
        "version": doc.get("version", 1),
        "created_at": doc.get("created_at"),
        "updated_at": doc.get("updated_at"),
    }


def render(state: State, doc: Doc, expand: bool = False, nexsets: list[Doc] | None = None) -> Doc:
    """A source as Nexla shows it; `nexsets` (all of them) saves re-reading them per source."""
    out = public(doc)
    every = state.store.all("data_sets") if nexsets is None else nexsets
    out["data_sets"] = [brief(n) for n in every if n.get("data_source_id") == doc["id"]]
    if expand and doc.get("data_credentials_id"):
        from .credentials import render as render_credential

        cred = state.store.get("data_credentials", int(doc["data_credentials_id"]))
        if cred is not None:
            out["data_credentials"] = render_credential(state, cred)
    return out


def discover(state: State, source: Doc) -> Doc | None:
    """Create the nexset Nexla would detect for this source (once)."""
    if source.get("_discovered"):
        return None
    from .nexsets import new_nexset

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


@handler("get_data_sources")
def list_sources(ctx: Ctx) -> list[Any]:
    page = _page(ctx)
    by_source: dict[Any, list[Doc]] = {}
    if page:
        for nexset in ctx.state.store.all("data_sets"):
            by_source.setdefault(nexset.get("data_source_id"), []).append(nexset)
    return [render(ctx.state, d, nexsets=by_source.get(d["id"], [])) for d in page]


def _page(ctx: Ctx) -> list[Doc]:
    return paginate(ctx, visible(ctx, "data_sources"))


def _check_credential(state: State, cred_id: Any) -> None:
    if cred_id is not None and state.store.get("data_credentials", int(cred_id)) is None:
        raise not_found("data_credentials", int(cred_id))


@handler("create_data_source")
def create_source(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    check_create("sources", body)
    _check_credential(state, body.get("data_credentials_id"))
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
    doc = state.new_doc("data_sources", ctx, fields)
    if stype in WEBHOOK_TYPES:
        hook = secrets.token_hex(8)
        base = ctx.url.split("/data_sources")[0]
        doc["_webhook_id"] = hook
        doc["api_keys"] = [
            {
                "id": doc["id"],
                "api_key": secrets.token_hex(16),
                "url": f"{base}/webhook/{hook}",
                "webhook_id": hook,
            }
        ]
    create_node(state, None, "data_sources", doc, flow_type=doc["flow_type"])
    state.store.put("data_sources", doc)
    state.audit(ctx, "data_sources", doc, "create", {"name": [None, doc["name"]]})
    if state.settings.discovery_polls <= 0:
        discover(state, doc)
    return render(state, doc)


@handler("get_data_source")
def get_source(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = state.must("data_sources", ctx.path["source_id"])
    poll(state, doc)
    return render(state, doc, expand=ctx.flag("expand"))


@handler("update_data_source")
def update_source(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = state.must("data_sources", ctx.path["source_id"])
    check_config("sources", str(doc["source_type"]), body.get("source_config"))
    if "data_credentials_id" in body:
        _check_credential(state, body["data_credentials_id"])
    changes: Doc = {
        k: body[k]
        for k in ("name", "description", "data_credentials_id", "source_config", "tags")
        if k in body
    }
    if changes.get("tags") is None and "tags" in changes:
        changes["tags"] = []
    state.update_fields(ctx, "data_sources", doc, changes)
    return render(state, doc)


@handler("delete_data_source")
def delete_source(ctx: Ctx) -> Doc:
    state = ctx.state
    source_id = ctx.path["source_id"]
    doc = state.must("data_sources", source_id)
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
                state.audit(ctx, "data_sets", nexset, "destroy", {"id": [nexset["id"], None]})
        state.store.delete("flow_nodes", node["id"])
    state.store.delete("data_sources", source_id)
    state.audit(ctx, "data_sources", doc, "destroy", {"id": [source_id, None]})
    return deleted_reply("data_sources", source_id)


def webhook_source(state: State, webhook_id: str) -> Doc:
    for doc in state.store.all("data_sources"):
        if doc.get("_webhook_id") == webhook_id:
            return doc
    raise ApiError(404, f"No webhook {webhook_id}")
