"""WebhookClient: key placement, option flags, bodies, typed result and redacted errors."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest

from nexla_api import ServerError, TransportError, WebhookClient, WebhookResult

from .helpers import Sleeps, no_jitter_policy

URL = "https://hooks.nexla.test/webhook/abc123"
KEY = "wh-key-123"


class Hook:
    def __init__(self, *replies: httpx.Response | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = (
            self.replies.pop(0)
            if self.replies
            else httpx.Response(200, json={"dataset_id": 77, "processed": 1})
        )
        if isinstance(reply, Exception):
            raise reply
        return reply


def _client(hook: Hook, auth_method: str = "query") -> WebhookClient:
    return WebhookClient(
        URL,
        KEY,
        auth_method=auth_method,  # type: ignore[arg-type]
        retry=no_jitter_policy(Sleeps()),
        transport=httpx.MockTransport(hook),
        async_transport=httpx.MockTransport(hook),
    )


def test_send_one_posts_a_json_object_with_api_key_in_query() -> None:
    hook = Hook()
    result = _client(hook).send_one({"event": "signup", "user_id": 42})
    assert result == WebhookResult(processed=1, dataset_id=77)
    request = hook.requests[0]
    assert request.method == "POST"
    assert request.url.path == "/webhook/abc123"
    assert request.url.params["api_key"] == KEY
    assert "Authorization" not in request.headers
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"event": "signup", "user_id": 42}


def test_send_many_posts_a_json_array() -> None:
    hook = Hook(httpx.Response(200, json={"dataset_id": 77, "processed": 3}))
    result = _client(hook).send_many([{"n": 1}, {"n": 2}, {"n": 3}])
    assert result.processed == 3
    assert json.loads(hook.requests[0].content) == [{"n": 1}, {"n": 2}, {"n": 3}]


def test_header_auth_sends_basic_base64_of_the_key_alone() -> None:
    hook = Hook()
    _client(hook, "header").send_one({"a": 1})
    request = hook.requests[0]
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(KEY.encode()).decode()
    assert "api_key" not in request.url.params


def test_options_are_sent_as_the_string_true() -> None:
    hook = Hook()
    _client(hook).send_one(
        {"a": 1}, include_headers=True, include_url_params=True, force_schema_detection=True
    )
    params = hook.requests[0].url.params
    assert params["include_headers"] == "true"
    assert params["include_url_params"] == "true"
    assert params["force_schema_detection"] == "true"
    hook2 = Hook()
    _client(hook2).send_one({"a": 1})
    assert set(hook2.requests[0].url.params) == {"api_key"}


def test_async_send_one_and_many() -> None:
    hook = Hook()
    client = _client(hook, "header")

    async def main() -> tuple[WebhookResult, WebhookResult]:
        async with client:
            return await client.asend_one({"a": 1}), await client.asend_many([{"a": 1}])

    one, many = asyncio.run(main())
    assert one.dataset_id == many.dataset_id == 77
    assert json.loads(hook.requests[1].content) == [{"a": 1}]


def test_server_error_on_webhook_post_is_not_resent_and_key_is_redacted() -> None:
    echo = {"message": f"bad payload for {URL}?api_key={KEY}"}
    hook = Hook(httpx.Response(500, json=echo))
    with pytest.raises(ServerError) as info:
        _client(hook).send_one({"a": 1})
    assert len(hook.requests) == 1
    assert KEY not in str(info.value) and KEY not in repr(info.value.body)
    # the webhook URL is a secret too: neither it nor its path is shown
    assert info.value.path == "***" and URL not in str(info.value)


def test_webhook_429_is_retried() -> None:
    hook = Hook(httpx.Response(429))
    assert _client(hook).send_one({"a": 1}).processed == 1
    assert len(hook.requests) == 2


def test_webhook_transport_error_is_typed_and_keyless() -> None:
    hook = Hook(*[httpx.ConnectError(f"cannot reach {URL}?api_key={KEY}")] * 4)
    with pytest.raises(TransportError) as info:
        _client(hook).send_one({"a": 1})
    assert KEY not in str(info.value)
    assert info.value.method == "POST"


def test_invalid_configuration_is_rejected() -> None:
    with pytest.raises(ValueError):
        WebhookClient("/relative", KEY)
    with pytest.raises(ValueError):
        WebhookClient(URL, KEY, auth_method="cookie")  # type: ignore[arg-type]
