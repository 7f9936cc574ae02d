"""Recipe 14: a team gets one role on source, every nexset (derived too) and every destination."""

from __future__ import annotations

import pytest

from nexla_api import NotFoundError
from nexla_api.api.access_control import delete_data_sink_accessors
from nexla_api.models import Accessor, AccessorsRequest, AccessorType, AccessRole
from nexla_recipes.team_access import grant_pipeline_access, verify_team_access
from nexla_recipes.transform_pipeline import derive_nexset
from nexla_recipes.wire import wire_destination
from nexla_sandbox.testing import SandboxServer

from .pipelines import wired
from .recipes_support import client_for


def test_whole_pipeline_granted_and_verified(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    p = wired(client, "customers")
    child = derive_nexset(
        client,
        parent_nexset_id=p.nexset_id,
        name="customers-clean",
        transform_name="drop-pii",
        activate=False,
    )
    second = wire_destination(
        client,
        nexset_id=child.nexset_id,
        name="clean-out",
        sink_type="s3",
        credential_id=p.credential_id,
        activate=False,
    )
    result = grant_pipeline_access(client, team_id=1, source_id=p.source_id, role="operator")
    assert result.ok
    assert result.granted == [
        ("sources", p.source_id),
        ("nexsets", p.nexset_id),
        ("nexsets", child.nexset_id),
        ("destinations", p.destination_id),
        ("destinations", second.destination_id),
    ]
    assert verify_team_access(client, 1, "operator", result.pipeline) == []
    assert verify_team_access(client, 1, "admin", result.pipeline) == result.granted

    team = Accessor(type_=AccessorType.TEAM, id=1, access_roles=[AccessRole.OPERATOR])
    assert second.destination_id is not None
    delete_data_sink_accessors.sync(
        second.destination_id, client=client, body=AccessorsRequest(accessors=[team])
    )
    assert verify_team_access(client, 1, "operator", result.pipeline) == [
        ("destinations", second.destination_id)
    ]


def test_unknown_team_is_refused(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    p = wired(client, "orders", activate=False)
    with pytest.raises(NotFoundError):
        grant_pipeline_access(client, team_id=999, source_id=p.source_id)
    with pytest.raises(ValueError, match="unknown role 'superuser'"):
        grant_pipeline_access(client, team_id=1, source_id=p.source_id, role="superuser")
