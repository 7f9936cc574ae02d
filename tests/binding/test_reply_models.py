"""A model only replies carry reads an absent optional field and a null one alike, as `None`,
and says so in its type (`X | None`); a request body keeps "leave unchanged" (`UNSET`, left
out of the request) apart from "set to null" (sent as null)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx

from nexla_api import NO_RETRIES, NexlaClient
from nexla_api.api.sources import get_data_source, update_data_source
from nexla_api.models import DataSource, DataSourceUpdate, FlowLogsResponse, Owner
from nexla_api.types import UNSET
from tests.support.typecheck import mypy_errors

SOURCE = {"id": 5, "name": "orders", "status": "ACTIVE", "source_type": "s3"}
OPTIONAL = ("description", "owner", "data_sets", "created_at", "source_config", "tags")


def _client(reply: Any, seen: list[httpx.Request] | None = None) -> NexlaClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, content=json.dumps(reply).encode())

    return NexlaClient(
        access_token="t",
        base_url="http://127.0.0.1/nexla-api",
        transport=httpx.MockTransport(handler),
        retry=NO_RETRIES,
        env={},
    )


def test_a_reply_reads_absent_and_null_fields_alike_as_none() -> None:
    absent = get_data_source.sync(5, client=_client(SOURCE))
    nulls = get_data_source.sync(5, client=_client({**SOURCE, **dict.fromkeys(OPTIONAL)}))
    for name in OPTIONAL:
        assert getattr(absent, name) is None
        assert getattr(nulls, name) is None
    assert absent == nulls


def test_a_nested_reply_object_reads_absent_fields_as_none() -> None:
    reply = FlowLogsResponse.from_dict({"logs": {"data": [{"log": "started"}]}})
    assert reply.logs is not None and reply.logs.meta is None
    assert reply.logs.data is not None
    entry = reply.logs.data[0]
    assert (entry.log, entry.severity, entry.timestamp) == ("started", None, None)
    assert FlowLogsResponse.from_dict({}).logs is None
    assert FlowLogsResponse.from_dict({"logs": None}).logs is None


def test_a_reply_writes_back_the_fields_that_hold_a_value_and_unknown_ones() -> None:
    received = {**SOURCE, "description": None, "owner": {"id": 1}, "lineage": None}
    source = DataSource.from_dict(received)
    assert source.owner == Owner(id=1)
    assert source.to_dict() == {**SOURCE, "owner": {"id": 1}, "lineage": None}
    assert DataSource.from_dict(source.to_dict()) == source


def test_a_request_body_leaves_out_unset_fields_and_sends_an_explicit_null() -> None:
    seen: list[httpx.Request] = []
    body = DataSourceUpdate(description=None)
    assert body.name is UNSET and body.description is None
    update_data_source.sync(5, client=_client(SOURCE, seen), body=body)
    assert json.loads(seen[0].content) == {"description": None}
    assert DataSourceUpdate().to_dict() == {}
    assert DataSourceUpdate(name="renamed").to_dict() == {"name": "renamed"}


TYPES = """\
import datetime
from typing import assert_type

from nexla_api.models import DataSetBrief, DataSource, DataSourceUpdate, Owner
from nexla_api.types import UNSET, Unset


def reply(source: DataSource) -> None:
    assert_type(source.description, str | None)
    assert_type(source.owner, Owner | None)
    assert_type(source.data_sets, list[DataSetBrief] | None)
    assert_type(source.created_at, datetime.datetime | None)


def request(body: DataSourceUpdate) -> None:
    assert_type(body.description, str | None | Unset)
    body.description = UNSET


def reply_has_no_unset(source: DataSource) -> None:
    source.description = UNSET  # line 21


def reply_field_may_be_none(source: DataSource) -> str:
    return source.description  # line 25
"""


def test_reply_fields_are_typed_x_or_none_and_request_fields_keep_unset(tmp_path: Path) -> None:
    errors = mypy_errors(tmp_path, TYPES)
    lines = sorted({int(re.search(r"\.py:(\d+):", e).group(1)) for e in errors})  # type: ignore[union-attr]
    assert lines == [21, 25], errors
    assert '"Unset"' in errors[0] and '"str | None"' in errors[0], errors
