"""A 2xx reply that is not what the operation documents is a typed, value-free error.

Served for real by the misbehaving loopback server: malformed JSON, an HTML page, an empty
body, `null`, an object where a list is documented, an item missing a required field. The
`sync`/`asyncio` functions and `paginate` raise `MalformedReplyError` naming the operation,
the status and what was wrong; `*_detailed` returns the reply with `parsed=None` and the same
error in `parse_error`. No body value (here a credential-like string) is ever quoted.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from nexla_api import (
    NO_RETRIES,
    MalformedReplyError,
    NexlaClient,
    NexlaError,
    ServerError,
    paginate,
)
from nexla_api.api.sources import get_data_source, get_data_sources
from tests.support.misbehaving import json_reply, raw_reply, serve, token

LEAKY = "SECRET-in-the-body-4411"
SOURCE = {"id": 7, "name": "orders", "status": "ACTIVE", "source_type": "s3"}

BAD_LIST_REPLIES: dict[str, tuple[Any, str]] = {
    "malformed JSON": (
        raw_reply('[{"id": 1, "password": "' + LEAKY, content_type="application/json"),
        "not JSON",
    ),
    "HTML 200": (
        raw_reply(f"<html><body>{LEAKY} maintenance</body></html>"),
        "not JSON (text/html",
    ),
    "empty 200": (raw_reply("", content_type="application/json"), "empty"),
    "null": (json_reply(None), "expected an array but the body is null"),
    "object for a list": (
        json_reply({"data": [SOURCE], "token": LEAKY}),
        "expected an array but the body is an object",
    ),
    "undocumented 2xx status": (
        raw_reply("", status=204, content_type="application/json"),
        "documents no such success status",
    ),
    "missing required field": (
        json_reply([SOURCE, {"id": 8, "name": LEAKY, "status": "ACTIVE"}]),
        "missing: 'source_type'",
    ),
}


def _client(url: str) -> NexlaClient:
    return NexlaClient(service_key="sk-bad-replies-key", base_url=url, env={})


def _assert_typed(error: NexlaError, reason: str, operation: str = "get_data_sources") -> None:
    assert isinstance(error, MalformedReplyError)
    assert error.operation == operation
    assert error.status in (200, 204)
    assert error.method == "GET"
    assert reason in error.message
    assert operation in str(error)
    assert LEAKY not in str(error) and LEAKY not in repr(error)
    assert error.__suppress_context__ or error.__context__ is None


@pytest.mark.parametrize("case", sorted(BAD_LIST_REPLIES))
def test_bad_2xx_list_reply_is_typed_from_every_entry_point(case: str) -> None:
    route, reason = BAD_LIST_REPLIES[case]
    with serve({"/token": token(), "/data_sources": route}) as server:
        client = _client(server.url)
        with pytest.raises(MalformedReplyError) as sync_error:
            get_data_sources.sync(client=client)
        _assert_typed(sync_error.value, reason)

        async def run_async() -> None:
            await get_data_sources.asyncio(client=client)

        with pytest.raises(MalformedReplyError) as async_error:
            asyncio.run(run_async())
        _assert_typed(async_error.value, reason)

        with pytest.raises(MalformedReplyError) as paged_error:
            list(paginate(get_data_sources.sync, client=client, per_page=2))
        _assert_typed(paged_error.value, reason)

        detailed = get_data_sources.sync_detailed(client=client)
        assert detailed.status_code in (200, 204)
        assert detailed.parsed is None
        assert detailed.parse_error is not None
        _assert_typed(detailed.parse_error, reason)


def test_bad_2xx_object_reply_is_typed_and_a_good_one_parses() -> None:
    routes = {
        "/token": token(),
        "/data_sources/7": json_reply([SOURCE]),
        "/data_sources/8": json_reply({**SOURCE, "id": 8}),
    }
    with serve(routes) as server:
        client = _client(server.url)
        with pytest.raises(MalformedReplyError) as caught:
            get_data_source.sync(7, client=client)
        assert get_data_source.sync(8, client=client).id == 8
    _assert_typed(caught.value, "expected an object but the body is an array", "get_data_source")


def test_item_of_the_wrong_type_is_typed_and_a_good_reply_still_parses() -> None:
    routes = {
        "/token": token(),
        "/data_sources/7": json_reply([SOURCE]),
        "/data_sources": json_reply([SOURCE, LEAKY]),
    }
    with serve(routes) as server:
        client = _client(server.url)
        with pytest.raises(MalformedReplyError) as caught:
            get_data_sources.sync(client=client)
        _assert_typed(caught.value, "does not match the documented schema (TypeError")
        detailed = get_data_sources.sync_detailed(client=client)
        assert detailed.parse_error is not None and detailed.content.count(LEAKY.encode()) == 1


def test_status_outside_the_http_status_list_is_typed_and_detailed_returns_it() -> None:
    cloudflare = raw_reply("<html>origin unreachable</html>", status=520)
    with serve({"/token": token(), "/data_sources": cloudflare}) as server:
        client = NexlaClient(
            service_key="sk-bad-replies-key", base_url=server.url, env={}, retry=NO_RETRIES
        )
        with pytest.raises(ServerError) as caught:
            get_data_sources.sync(client=client)
        assert caught.value.status == 520
        detailed = get_data_sources.sync_detailed(client=client)
    assert detailed.status_code == 520 and detailed.parsed is None
