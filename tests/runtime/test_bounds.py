"""Every call ends, typed, whatever the server does: hung or failing token exchanges, replies
trickling in, huge replies, retry waits, listings that never end.

Against the misbehaving loopback server in tests/support; each test is bounded by a small
deadline or timeout, never by sleeping.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from nexla_api import (
    ConfigurationError,
    DeadlineExceededError,
    NexlaClient,
    NexlaError,
    PaginationError,
    ReplyTooLargeError,
    ServerError,
    TransportError,
    apaginate,
    paginate,
)
from nexla_api.api.sources import get_data_sources
from tests.support.misbehaving import (
    Handler,
    MisbehavingServer,
    huge,
    json_reply,
    never_answer,
    sequence,
    serve,
    token,
    trickle,
)

from .helpers import FakeClock, Sleeps, no_jitter_policy

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
    with serve({"/token": never_answer, "/data_sources": json_reply([])}) as server:
        client = make_client(server, timeout=5.0, deadline=0.3)

        async def main() -> list[BaseException | list[Any]]:
            calls = [get_data_sources.asyncio(client=client) for _ in range(3)]
            return await asyncio.gather(*calls, return_exceptions=True)

        results = asyncio.run(main())
    assert all(isinstance(result, DeadlineExceededError) for result in results)


# --- the overall deadline, the size cap, retry waits --------------------------------------------


def test_reply_trickling_in_ends_at_the_call_deadline() -> None:
    with serve({"/token": token(), "/data_sources": trickle}) as server:
        client = make_client(server, timeout=5.0, deadline=0.3)
        with pytest.raises(DeadlineExceededError) as caught:
            get_data_sources.sync(client=client)
        assert "overall deadline of 0.3s exceeded" in caught.value.message
        assert caught.value.deadline == 0.3

        async def main() -> None:
            await get_data_sources.asyncio(client=client)

        with pytest.raises(DeadlineExceededError):
            asyncio.run(main())


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "chunked"])
def test_reply_over_the_size_cap_is_refused_while_streaming(declare_length: bool) -> None:
    routes = {"/token": token(), "/data_sources": huge(1_200_000, declare_length=declare_length)}
    with serve(routes) as server:
        client = make_client(server, max_reply_bytes=400_000)
        with pytest.raises(ReplyTooLargeError) as caught:
            get_data_sources.sync(client=client)
        assert "max_reply_bytes (400000 bytes)" in caught.value.message
        assert isinstance(caught.value, TransportError)
        roomy = make_client(server, max_reply_bytes=10_000_000)
        assert len(get_data_sources.sync(client=roomy)) > 1000

        async def main() -> None:
            with pytest.raises(ReplyTooLargeError, match="max_reply_bytes"):
                await get_data_sources.asyncio(client=client)
            assert len(await get_data_sources.asyncio(client=roomy)) > 1000

        asyncio.run(main())


def test_retry_wait_longer_than_the_deadline_is_not_taken() -> None:
    busy = json_reply({"message": "busy"}, 503, headers={"Retry-After": "30"})
    with serve({"/token": token(), "/data_sources": busy}) as server:
        sleeps = Sleeps()
        client = make_client(server, deadline=10.0, retry=no_jitter_policy(sleeps))
        with pytest.raises(ServerError):
            get_data_sources.sync(client=client)
    assert sleeps.delays == []
    assert server.hits["/nexla-api/data_sources"] == 1


def test_negative_retry_after_backs_off_instead_of_retrying_at_once() -> None:
    busy = json_reply({"message": "busy"}, 503, headers={"Retry-After": "-5"})
    with serve({"/token": token(), "/data_sources": busy}) as server:
        sleeps = Sleeps()
        client = make_client(server, retry=no_jitter_policy(sleeps))
        with pytest.raises(ServerError):
            get_data_sources.sync(client=client)
    assert sleeps.delays == [0.5, 1.0, 2.0]  # the policy's backoff, not 0, 0, 0


def test_bounds_must_be_positive() -> None:
    for name in ("deadline", "listing_deadline", "max_reply_bytes", "max_pages"):
        bound: dict[str, Any] = {name: 0}
        with pytest.raises(ConfigurationError, match=name):
            NexlaClient(service_key=SERVICE_KEY, env={}, **bound)


# --- listings -----------------------------------------------------------------------------------


def _source(i: int) -> dict[str, Any]:
    return {"id": i, "name": f"s{i}", "status": "ACTIVE", "source_type": "s3"}


def paged(h: Handler) -> None:
    """An endless listing that honours ?page= and ?per_page=."""
    page = int(h.query.get("page", ["1"])[0])
    per_page = int(h.query.get("per_page", ["100"])[0])
    h.send(200, [_source((page - 1) * per_page + i) for i in range(per_page)])


def test_server_ignoring_page_parameter_stops_the_listing() -> None:
    same_page = json_reply([_source(1), _source(2)])
    with serve({"/token": token(), "/data_sources": same_page}) as server:
        client = make_client(server)
        listing = paginate(get_data_sources.sync, client=client, per_page=2)
        with pytest.raises(PaginationError, match="page 2 repeats page 1"):
            list(listing)
    assert server.hits["/nexla-api/data_sources"] == 2

    async def main() -> list[Any]:
        return [s async for s in apaginate(get_data_sources.asyncio, client=client, per_page=2)]

    with serve({"/token": token(), "/data_sources": same_page}) as server:
        client = make_client(server)
        with pytest.raises(PaginationError):
            asyncio.run(main())


def test_endless_listing_stops_at_the_page_cap() -> None:
    with serve({"/token": token(), "/data_sources": paged}) as server:
        client = make_client(server, max_pages=3)
        listing = paginate(get_data_sources.sync, client=client, per_page=2)
        seen = []
        with pytest.raises(PaginationError, match="stopped after 3 pages") as caught:
            for source in listing:
                seen.append(source.id)
        assert "resume from page 4" in caught.value.message
        assert seen == [0, 1, 2, 3, 4, 5] and listing.next_page == 4
        capped = paginate(get_data_sources.sync, client=client, per_page=2, max_pages=5)
        with pytest.raises(PaginationError, match="stopped after 5 pages"):
            list(capped)


def test_listing_deadline_bounds_the_whole_listing() -> None:
    clock = FakeClock()

    def slow_page(h: Handler) -> None:
        clock.advance(100.0)  # every page takes 100 s of the client's clock
        paged(h)

    with serve({"/token": token(), "/data_sources": slow_page}) as server:
        client = make_client(server, clock=clock, listing_deadline=250.0)
        with pytest.raises(DeadlineExceededError):
            list(paginate(get_data_sources.sync, client=client, per_page=2))
    assert server.hits["/nexla-api/data_sources"] == 3
