"""Replies the spec does not fully describe still parse; errors raise typed exceptions."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from nexla_api import NO_RETRIES, NexlaClient, NotFoundError, RateLimitError, ServerError
from nexla_api.api.sources import delete_data_source, get_data_source, get_data_sources
from nexla_api.models import DataSource, ResourceStatus

BASE = "https://dataops.nexla.io/nexla-api"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> NexlaClient:
    return NexlaClient(
        access_token="t",
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        retry=NO_RETRIES,
        env={},
    )


def _reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> NexlaClient:
    content = b"" if body is None else json.dumps(body).encode()
    return _client(lambda request: httpx.Response(status, content=content, headers=headers or {}))


SOURCE = {
    "id": 5,
    "name": "orders",
    "status": "ACTIVE",
    "source_type": "s3",
    "owner": {"id": 1, "full_name": "Ada", "email": "ada@example.com"},
    "source_config": {"path": "bucket/orders", "nested": {"depth": 2}},
    "created_at": "2026-01-02T03:04:05+00:00",
}


def test_unknown_field_is_kept_and_round_trips() -> None:
    source = get_data_source.sync(5, client=_reply(200, {**SOURCE, "lineage": {"upstream": [1]}}))
    assert source.additional_properties["lineage"] == {"upstream": [1]}
    assert source.to_dict()["lineage"] == {"upstream": [1]}


def test_unknown_enum_value_parses_and_round_trips() -> None:
    sources = get_data_sources.sync(client=_reply(200, [{**SOURCE, "status": "ARCHIVED"}, SOURCE]))
    assert [s.status for s in sources] == ["ARCHIVED", ResourceStatus.ACTIVE]
    assert sources[0].to_dict()["status"] == "ARCHIVED"


def test_null_on_optional_fields_parses() -> None:
    body = {
        **SOURCE,
        "owner": None,
        "source_config": None,
        "created_at": None,
        "tags": None,
        "data_sets": None,
    }
    source = get_data_source.sync(5, client=_reply(200, body))
    assert source.owner is None and source.source_config is None and source.created_at is None


def test_free_form_config_is_a_plain_dict() -> None:
    source = get_data_source.sync(5, client=_reply(200, SOURCE))
    assert source.source_config == {"path": "bucket/orders", "nested": {"depth": 2}}
    assert isinstance(source, DataSource)


def test_204_delete_returns_none() -> None:
    assert delete_data_source.sync(5, client=_reply(204)) is None


def test_200_delete_returns_the_body() -> None:
    result = delete_data_source.sync(5, client=_reply(200, {"code": 200, "message": "deleted"}))
    assert result is not None and result.message == "deleted"


def test_error_body_becomes_a_typed_error() -> None:
    with pytest.raises(NotFoundError) as caught:
        get_data_source.sync(
            99, client=_reply(404, {"message": "Data source not found", "resource_id": 99})
        )
    error = caught.value
    assert (error.status, error.method, error.path) == (404, "GET", "/nexla-api/data_sources/99")
    assert error.body == {"message": "Data source not found", "resource_id": 99}
    assert (
        error.summary()
        == "NotFoundError: 404 GET /nexla-api/data_sources/99: Data source not found"
    )


def test_undocumented_status_and_non_json_body_still_raise() -> None:
    client = _client(lambda request: httpx.Response(599, content=b"<html>proxy</html>"))
    with pytest.raises(ServerError, match="proxy"):
        get_data_sources.sync(client=client)


def test_rate_limit_error_carries_retry_after() -> None:
    with pytest.raises(RateLimitError) as caught:
        get_data_sources.sync(client=_reply(429, {"message": "slow down"}, {"Retry-After": "7"}))
    assert caught.value.retry_after == 7.0


def test_detailed_keeps_raw_access_without_raising() -> None:
    response = get_data_source.sync_detailed(99, client=_reply(404, {"message": "nope"}))
    assert response.status_code == 404
    assert response.parsed is None
    assert json.loads(response.content) == {"message": "nope"}
