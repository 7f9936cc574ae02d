"""Every call ends, typed, whatever the server does: hung or failing token exchanges, replies
trickling in, huge replies, retry waits, listings that never end.

Against the misbehaving loopback server in tests/support; each test is bounded by a small
deadline or timeout, never by sleeping.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from nexla_api import NexlaClient, NexlaError, TransportError
from nexla_api.api.sources import get_data_sources
from nexla_api.runtime.errors import DeadlineExceededError
from tests.support.misbehaving import (
    MisbehavingServer,
    json_reply,
    never_answer,
    sequence,
    serve,
    token,
)

from .helpers import Sleeps, no_jitter_policy

SERVICE_KEY = "sk-bounds-test-key"


def make_client(server: MisbehavingServer, **overrides: Any) -> NexlaClient:
    params: dict[str, Any] = {
        "service_key": SERVICE_KEY,
        "base_url": server.url,
        "env": {},
        "retry": no_jitter_policy(Sleeps()),
    }
    params.update(overrides)
    return NexlaClient(**params)


# --- the token exchange -------------------------------------------------------------------------


def test_token_exchange_uses_the_client_timeout_and_is_retried() -> None:
    with serve({"/token": never_answer, "/data_sources": json_reply([])}) as server:
        client = make_client(server, timeout=0.2, retry=no_jitter_policy(Sleeps(), max_retries=1))
        with pytest.raises(TransportError) as caught:
            get_data_sources.sync(client=client)
    assert "ReadTimeout after 2 attempts" in caught.value.message
    assert caught.value.path == "/nexla-api/token"
    assert server.hits["/nexla-api/token"] == 2  # the exchange only reads: re-sent like a GET


def test_token_exchange_5xx_is_retried_and_the_call_succeeds() -> None:
    routes = {
        "/token": sequence(json_reply({"message": "token service restarting"}, 500), token()),
        "/data_sources": json_reply([]),
    }
    with serve(routes) as server:
        client = make_client(server)
        assert get_data_sources.sync(client=client) == []
    assert server.hits["/nexla-api/token"] == 2
    assert client.auth.exchanges == 1  # type: ignore[attr-defined]


def test_hung_token_exchange_holds_no_thread_past_its_deadline() -> None:
    errors: list[NexlaError] = []

    def call(client: NexlaClient) -> None:
        try:
            get_data_sources.sync(client=client)
        except NexlaError as exc:
            errors.append(exc)

    with serve({"/token": never_answer, "/data_sources": json_reply([])}) as server:
        client = make_client(server, timeout=5.0, deadline=0.4)
        threads = [threading.Thread(target=call, args=(client,)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5.0)
        assert not any(thread.is_alive() for thread in threads)
    assert len(errors) == 3
    assert all(isinstance(error, DeadlineExceededError) for error in errors)
    # one caller ran the exchange; the others waited for it rather than queueing their own
    assert server.hits["/nexla-api/token"] <= 3


def test_async_hung_token_exchange_ends_at_the_deadline() -> None:
    import asyncio

    with serve({"/token": never_answer, "/data_sources": json_reply([])}) as server:
        client = make_client(server, timeout=5.0, deadline=0.3)

        async def main() -> list[BaseException | list[Any]]:
            calls = [get_data_sources.asyncio(client=client) for _ in range(3)]
            return await asyncio.gather(*calls, return_exceptions=True)

        results = asyncio.run(main())
    assert all(isinstance(result, DeadlineExceededError) for result in results)
