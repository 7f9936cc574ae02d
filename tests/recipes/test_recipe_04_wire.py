"""Recipe 4: a destination on a nexset, its own flow node found and activated."""

from __future__ import annotations

from nexla_recipes.wire import wire_destination
from nexla_sandbox.testing import SandboxServer

from .pipelines import discovered
from .recipes_support import client_for


def test_destination_node_is_found_in_the_tree_and_activated(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "orders")
    result = wire_destination(
        client,
        nexset_id=base.nexset_id,
        name="orders-to-s3",
        sink_type="s3",
        credential_id=base.credential_id,
        sink_config={"path": "out/"},
    )
    nodes = {n["id"]: n for n in sandbox.admin.dump("flow_nodes")}
    node = nodes[result.flow_id]
    assert node["data_sink_id"] == result.destination_id  # not flows[0], the source's node
    source_node = next(n for n in nodes.values() if n["data_source_id"] == base.source_id)
    assert result.origin_node_id == source_node["id"] != result.flow_id
    assert result.activated and result.status == "ACTIVE"
    [sink] = sandbox.admin.dump("data_sinks")
    assert sink["status"] == "ACTIVE" and sink["data_set_id"] == base.nexset_id
    assert len(sandbox.admin.dump("runs")) == 1


def test_wire_without_activation_leaves_it_init(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "orders")
    result = wire_destination(
        client,
        nexset_id=base.nexset_id,
        name="orders-later",
        sink_type="s3",
        credential_id=base.credential_id,
        activate=False,
    )
    assert not result.activated and result.status == "INIT"
    assert sandbox.admin.dump("runs") == []
