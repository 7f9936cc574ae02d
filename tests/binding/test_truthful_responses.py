"""Return values match the wire: any 2xx with a body is the documented model, a reply without
one is None (and typed so), and a nested value that does not parse is an error with its path."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from nexla_api import NO_RETRIES, MalformedReplyError, NexlaClient, NotFoundError
from nexla_api.api.sources import create_data_source, delete_data_source, get_data_source
from nexla_api.models import DataSource, DataSourceCreate, DeleteResponse

SOURCE = {"id": 5, "name": "orders", "status": "ACTIVE", "source_type": "s3"}


def _client(status: int, body: Any = None) -> NexlaClient:
    content = b"" if body is None else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content)

    return NexlaClient(
        access_token="t",
        base_url="http://127.0.0.1/nexla-api",
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        retry=NO_RETRIES,
        env={},
    )


@pytest.mark.parametrize("status", [200, 201, 202, 203])
def test_any_2xx_with_a_body_parses_into_the_documented_model(status: int) -> None:
    created = create_data_source.sync(
        client=_client(status, SOURCE), body=DataSourceCreate(name="orders", source_type="s3")
    )
    assert isinstance(created, DataSource)
    assert (created.id, created.name) == (5, "orders")


def test_a_201_reply_parses_in_the_detailed_and_async_variants_too() -> None:
    import asyncio

    body = DataSourceCreate(name="orders", source_type="s3")
    detailed = create_data_source.sync_detailed(client=_client(201, SOURCE), body=body)
    assert detailed.status_code == 201 and isinstance(detailed.parsed, DataSource)
    created = asyncio.run(create_data_source.asyncio(client=_client(201, SOURCE), body=body))
    assert created.id == 5


@pytest.mark.parametrize(
    ("status", "body"),
    [(204, None), (200, None), (202, None)],
    ids=["204", "200-empty", "202-empty"],
)
def test_a_delete_without_a_body_returns_none(status: int, body: Any) -> None:
    assert delete_data_source.sync(5, client=_client(status, body)) is None


def test_a_delete_with_a_body_returns_the_documented_model() -> None:
    reply = delete_data_source.sync(5, client=_client(200, {"code": 200, "message": "deleted"}))
    assert isinstance(reply, DeleteResponse)
    assert reply.message == "deleted"


def test_a_nested_object_that_does_not_parse_raises_with_its_json_path() -> None:
    body = {
        **SOURCE,
        "data_credentials": {
            "id": 4,
            "name": "pg",
            "credentials_type": "postgres",
            "owner": {"full_name": "Ada"},  # an owner without its required id
        },
    }
    with pytest.raises(MalformedReplyError) as raised:
        get_data_source.sync(5, client=_client(200, body))
    assert "at $.data_credentials.owner: a required field is missing: 'id'" in str(raised.value)
    detailed = get_data_source.sync_detailed(5, client=_client(200, body))
    assert detailed.parsed is None
    assert detailed.parse_error is not None
    assert "$.data_credentials.owner" in str(detailed.parse_error)


def test_a_nested_object_of_the_wrong_type_is_not_left_behind_a_model_type() -> None:
    body = {**SOURCE, "org": {"name": "no id"}}
    with pytest.raises(MalformedReplyError, match=r"at \$\.org:"):
        get_data_source.sync(5, client=_client(200, body))


def test_an_error_reply_is_raised_and_not_parsed_as_the_success_model() -> None:
    with pytest.raises(NotFoundError):
        get_data_source.sync(5, client=_client(404, {"message": "not found"}))
    detailed = get_data_source.sync_detailed(5, client=_client(404, {"message": "not found"}))
    assert detailed.status_code == 404
    assert detailed.parsed is None and detailed.parse_error is None
    assert json.loads(detailed.content) == {"message": "not found"}
