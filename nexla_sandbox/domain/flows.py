"""Flow activation, pause and deletion.

Activating a node activates it, its ancestors and its descendants (the whole tree when
asked), propagates the status to the resources and records a run. Pausing a node pauses
its subtree (or the whole tree). A flow is deleted whole, and only once nothing in it is
ACTIVE.
"""

from __future__ import annotations

from ..errors import ApiError
from ..state import Actor, State
from ..store import Doc
from .nodes import ancestors, nodes_in, resource_of, subtree
from .runs import record_run


def set_status(state: State, actor: Actor | None, nodes: list[Doc], status: str) -> None:
    """Status of nodes and of the resources behind them (audited per resource)."""
    for node in nodes:
        if node["status"] != status:
            node["status"] = status
            state.store.put("flow_nodes", node)
        found = resource_of(state, node)
        if found:
            kind, doc = found
            if doc.get("status") != status:
                state.update_fields(actor, kind, doc, {"status": status})


def activate(state: State, actor: Actor | None, node: Doc, *, whole_tree: bool) -> None:
    """Activate a node with its ancestors and descendants (or the whole tree), record a run.

    Refused (422) when a source in the way has a credential that failed its last probe.
    """
    nodes = nodes_in(state, node["origin_node_id"])
    targets = nodes if whole_tree else ancestors(nodes, node) + subtree(nodes, node["id"])
    for target in targets:
        found = resource_of(state, target)
        if found and found[0] == "data_sources" and found[1].get("data_credentials_id"):
            cred = state.store.get("data_credentials", int(found[1]["data_credentials_id"]))
            if cred is not None and cred.get("verified_status") == "FAILED":
                raise ApiError(
                    422,
                    f"Cannot activate: credential {cred['id']} of source {found[1]['id']} "
                    "failed its last probe",
                    resource_type="data_sources",
                    resource_id=found[1]["id"],
                )
    set_status(state, actor, targets, "ACTIVE")
    record_run(state, node["id"])


def pause(state: State, actor: Actor | None, node: Doc, *, whole_tree: bool) -> None:
    nodes = nodes_in(state, node["origin_node_id"])
    targets = nodes if whole_tree else subtree(nodes, node["id"])
    set_status(state, actor, targets, "PAUSED")


def active_resources(state: State, origin_id: int) -> dict[str, list[int]]:
    """Ids of the ACTIVE sources, nexsets and destinations in a flow, per kind."""
    active: dict[str, list[int]] = {"data_sources": [], "data_sets": [], "data_sinks": []}
    for n in sorted(nodes_in(state, origin_id), key=lambda x: x["id"]):
        found = resource_of(state, n) if n["status"] == "ACTIVE" else None
        if found is not None and found[0] in active:
            active[found[0]].append(found[1]["id"])
    return active


def delete_tree(state: State, actor: Actor | None, origin_id: int) -> None:
    """Delete every resource and node of a flow (check `active_resources` first)."""
    for n in sorted(nodes_in(state, origin_id), key=lambda x: -x["id"]):
        found = resource_of(state, n)
        if found:
            kind, doc = found
            state.store.delete(kind, doc["id"])
            state.audit(actor, kind, doc, "destroy", {"id": [doc["id"], None]})
        state.store.delete("flow_nodes", n["id"])
