"""Copies of sources, nexsets, destinations and whole flows.

Copies go through the same create paths as new resources, so a copied source gets its
own flow and, like any source, its nexset is detected on polling (a copied flow is
rebuilt at once: source, detected nexset, derived nexsets, destinations). The options
are the copy request's: `reuse_data_credentials` (default true; false copies the
credential too) and `copy_access_controls`.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..state import Actor, State
from ..store import Doc
from .credentials import create_credential
from .nexsets import create_derived
from .nodes import nodes_in, resource_of
from .sinks import create_sink
from .sources import create_source, discover

COPY_SKIP = ("id", "owner", "org", "access_roles", "created_at", "updated_at", "status")


class Copier:
    """Copies made by one actor with one request's options."""

    def __init__(self, state: State, actor: Actor | None, options: Doc, base_url: str) -> None:
        self.state = state
        self.actor = actor
        self.options = options
        self.base_url = base_url

    def _finish(self, kind: str, original: Doc, new_id: int) -> Doc:
        doc = self.state.must(kind, new_id)
        doc["copied_from_id"] = original["id"]
        if self.options.get("copy_access_controls"):
            doc["_accessors"] = list(original.get("_accessors") or [])
            self.state.save(kind, doc)
        else:
            self.state.store.put(kind, doc)
        return self.state.must(kind, new_id)

    def credential_for(self, cred_id: Any) -> Any:
        """The credential a copy uses: the same one, or a copy when not reusing them."""
        if cred_id is None or self.options.get("reuse_data_credentials", True):
            return cred_id
        cred = self.state.must("data_credentials", int(cred_id))
        body = {
            "name": f"{cred['name']} (copy)",
            "credentials_type": cred["credentials_type"],
            "credentials": cred.get("_credentials") or {},
        }
        return create_credential(self.state, self.actor, body)["id"]

    def source(self, original: Doc) -> Doc:
        body: Doc = {
            "name": f"{original['name']} (copy)",
            "source_type": original["source_type"],
            "source_config": original.get("source_config"),
        }
        cred = self.credential_for(original.get("data_credentials_id"))
        if cred is not None:
            body["data_credentials_id"] = cred
        for key in ("description", "ingest_method", "template_config", "tags"):
            if original.get(key) is not None:
                body[key] = original[key]
        new = create_source(self.state, self.actor, body, self.base_url)
        return self._finish("data_sources", original, new["id"])

    def sink(self, original: Doc, data_set_id: int) -> Doc:
        body: Doc = {
            "name": f"{original['name']} (copy)",
            "sink_type": original["sink_type"],
            "data_set_id": data_set_id,
            "data_credentials_id": self.credential_for(original.get("data_credentials_id")),
            "sink_config": original.get("sink_config"),
        }
        if original.get("description") is not None:
            body["description"] = original["description"]
        new = create_sink(self.state, self.actor, body)
        return self._finish("data_sinks", original, new["id"])

    def nexset(self, original: Doc, parent_id: int) -> Doc:
        body: Doc = {"name": f"{original['name']} (copy)", "parent_data_set_id": parent_id}
        for key in (
            "description",
            "transform_id",
            "transform",
            "has_custom_transform",
            "custom_config",
            "tags",
        ):
            if original.get(key) is not None:
                body[key] = original[key]
        new = create_derived(self.state, self.actor, body)
        return self._finish("data_sets", original, new["id"])

    def flow(self, node: Doc) -> int:
        """The whole tree of a flow copied; the new flow's origin node id."""
        state = self.state
        nodes = sorted(nodes_in(state, int(node["origin_node_id"])), key=lambda n: n["id"])
        origin = next(n for n in nodes if n["id"] == node["origin_node_id"])
        found = resource_of(state, origin)
        if found is None or found[0] != "data_sources":
            raise ApiError(400, f"Flow {origin['id']} has no source to copy")
        new_source = self.source(found[1])
        detected = discover(state, new_source)
        mapped: dict[int, int] = {}
        for n in nodes:
            res = resource_of(state, n)
            if res is None:
                continue
            kind, doc = res
            if kind == "data_sets" and not doc.get("parent_data_set_id") and detected is not None:
                mapped[doc["id"]] = detected["id"]
            elif kind == "data_sets" and int(doc["parent_data_set_id"]) in mapped:
                copy = self.nexset(doc, mapped[int(doc["parent_data_set_id"])])
                mapped[doc["id"]] = copy["id"]
            elif kind == "data_sinks" and int(doc.get("data_set_id") or 0) in mapped:
                self.sink(doc, mapped[int(doc["data_set_id"])])
        new_node = state.must("flow_nodes", int(new_source["_flow_node_id"]))
        return int(new_node["origin_node_id"])


def transform_copy_fields(original: Doc) -> Doc:
    """A reusable transform's fields for its copy: named `(copy)`, private, not managed."""
    fields = {k: v for k, v in original.items() if k not in COPY_SKIP and not k.startswith("_")}
    fields.update(
        {
            "name": f"{original['name']} (copy)",
            "copied_from_id": original["id"],
            "managed": False,
            "public": False,
        }
    )
    return fields
