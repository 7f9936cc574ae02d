"""Service-key exchange, token cache, renewal, 401 replay, access-token mode, logout."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from nexla_api import AuthenticationError, NexlaClient, ServerError
from nexla_api.api.sources import create_data_source, get_data_sources
from nexla_api.models.data_source_create import DataSourceCreate

from .helpers import (
    BASE_URL,
    SERVICE_KEY,
    SOURCE_JSON,
    FakeClock,
    FakeNexla,
    make_client,
)

# --- exchange -----------------------------------------------------------------------------------


def test_service_key_exchanged_lazily_once_with_the_key_sent_as_given() -> None:
    fake = FakeNexla()
    client = make_client(fake)
    assert fake.exchanges == 0  # nothing is fetched at construction
    get_data_sources.sync(client=client)
    get_data_sources.sync(client=client)
    assert fake.exchanges == 1
    token_request = fake.token_requests[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == f"{BASE_URL}/token"
    assert token_request.headers["Authorization"] == f"Basic {SERVICE_KEY}"  # not re-encoded
    assert token_request.headers["Accept"] == "application/vnd.nexla.api.v1+json"
    assert token_request.headers["Content-Length"] == "0"
    assert token_request.content == b""
    assert fake.authorizations == ["Bearer tok-1"] * 2


def test_missing_expires_in_means_one_day() -> None:
    clock = FakeClock()
    fake = FakeNexla(expires_in=None)
    client = make_client(fake, clock=clock)
    get_data_sources.sync(client=client)
    clock.advance(86400 - 301)
    get_data_sources.sync(client=client)
    assert fake.exchanges == 1
    clock.advance(2)
    get_data_sources.sync(client=client)
    assert fake.exchanges == 2


@pytest.mark.parametrize(("life", "margin"), [(3600, 300), (86400, 300), (60, 6), (1000, 100)])
def test_token_renewed_before_expiry_with_margin_below_its_life(life: int, margin: int) -> None:
    clock = FakeClock()
    fake = FakeNexla(expires_in=life)
    client = make_client(fake, clock=clock)
    get_data_sources.sync(client=client)
    clock.advance(life - margin - 1)
    get_data_sources.sync(client=client)
    assert fake.exchanges == 1  # an hour-long token is NOT renewed before every call
    clock.advance(1)
    get_data_sources.sync(client=client)
    assert fake.exchanges == 2
    assert fake.requests[-1].headers["Authorization"] == "Bearer tok-2"


def test_token_exchange_rejected_raises_authentication_error_naming_the_env_var() -> None:
    fake = FakeNexla(token_reply=httpx.Response(401, json={"message": "bad key"}))
    with pytest.raises(AuthenticationError) as info:
        get_data_sources.sync(client=make_client(fake))
    assert "NEXLA_SERVICE_KEY" in str(info.value)
    assert info.value.status == 401
    assert fake.requests == []


def test_token_exchange_server_failure_raises_typed_error() -> None:
    fake = FakeNexla(token_reply=httpx.Response(500, json={"message": "boom"}))
    with pytest.raises(ServerError):
        get_data_sources.sync(client=make_client(fake))


# --- concurrency --------------------------------------------------------------------------------


def test_fifty_threads_on_an_expiring_token_cause_exactly_one_exchange() -> None:
    clock = FakeClock()
    fake = FakeNexla()
    client = make_client(fake, clock=clock)
    get_data_sources.sync(client=client)
    clock.advance(3600)  # expired
    clock.reads = 0
    # The token reply waits until all 50 callers have checked the clock and found it expired,
    # so they really pile up on the lock.
    fake.before_token = lambda: clock.wait_for_reads(50)
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda _: get_data_sources.sync(client=client), range(50)))
    assert results == [[]] * 50
    assert fake.exchanges == 2  # the initial one plus exactly one renewal
    assert set(fake.authorizations[1:]) == {"Bearer tok-2"}


def test_fifty_asyncio_tasks_on_an_expiring_token_cause_exactly_one_exchange() -> None:
    clock = FakeClock()
    fake = FakeNexla()
    client = make_client(fake, clock=clock)

    async def token_reply(request: httpx.Request) -> httpx.Response:
        for _ in range(1000):  # yield to the loop until every task has found the token expired
            if clock.reads >= 50:
                break
            await asyncio.sleep(0)
        return httpx.Response(200, json={"access_token": "tok-async", "expires_in": 3600})

    async def main() -> list[object]:
        await get_data_sources.asyncio(client=client)
        clock.advance(3600)
        clock.reads = 0

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/token"):
                fake.token_requests.append(request)
                return await token_reply(request)
            return fake(request)

        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=BASE_URL, auth=client.auth, transport=httpx.MockTransport(handler)
            )
        )
        return list(
            await asyncio.gather(*(get_data_sources.asyncio(client=client) for _ in range(50)))
        )

    assert asyncio.run(main()) == [[]] * 50
    assert fake.exchanges == 2
    assert set(fake.authorizations[1:]) == {"Bearer tok-async"}


# --- 401 handling -------------------------------------------------------------------------------


def test_401_renews_token_once_and_replays_then_succeeds() -> None:
    fake = FakeNexla([httpx.Response(401)])
    assert get_data_sources.sync(client=make_client(fake)) == []
    assert fake.exchanges == 2
    assert fake.authorizations == ["Bearer tok-1", "Bearer tok-2"]


def test_second_401_raises_authentication_error_after_one_renewal() -> None:
    fake = FakeNexla(default=httpx.Response(401, json={"message": "token revoked"}))
    with pytest.raises(AuthenticationError) as info:
        get_data_sources.sync(client=make_client(fake))
    assert fake.exchanges == 2
    assert len(fake.requests) == 2
    assert info.value.status == 401


def test_async_401_renews_once_then_second_401_raises() -> None:
    fake = FakeNexla([httpx.Response(401)])
    client = make_client(fake)
    assert asyncio.run(get_data_sources.asyncio(client=client)) == []
    assert fake.exchanges == 2
    fake.default = httpx.Response(401)
    with pytest.raises(AuthenticationError):
        asyncio.run(get_data_sources.asyncio(client=client))
    assert fake.exchanges == 3


def test_post_body_replayed_intact_after_401() -> None:
    fake = FakeNexla([httpx.Response(401)], default=httpx.Response(200, json=SOURCE_JSON))
    body = DataSourceCreate(name="orders", source_type="s3")
    create_data_source.sync(client=make_client(fake), body=body)
    assert fake.requests[0].content == fake.requests[1].content
    assert b'"orders"' in fake.requests[1].content


# --- access-token mode --------------------------------------------------------------------------


def test_access_token_used_as_given_without_exchange_and_401_raises() -> None:
    fake = FakeNexla([httpx.Response(200, json=[])], default=httpx.Response(401))
    client = make_client(fake, service_key=None, access_token="at-given")
    get_data_sources.sync(client=client)
    with pytest.raises(AuthenticationError):
        get_data_sources.sync(client=client)
    assert fake.exchanges == 0
    assert len(fake.requests) == 2  # no replay without a service key
    assert fake.requests[0].headers["Authorization"] == "Bearer at-given"


# --- logout and lifecycle -----------------------------------------------------------------------


def test_logout_posts_token_logout_and_clears_the_local_token() -> None:
    fake = FakeNexla()
    client = make_client(fake)
    get_data_sources.sync(client=client)
    client.logout()
    logout = fake.requests[-1]
    assert (logout.method, logout.url.path) == ("POST", "/nexla-api/token/logout")
    assert logout.headers["Authorization"] == "Bearer tok-1"
    assert client.auth.current_token() is None
    get_data_sources.sync(client=client)
    assert fake.exchanges == 2


def test_logout_swallows_errors_and_still_clears_the_token() -> None:
    fake = FakeNexla([httpx.Response(200, json=[])], default=httpx.ConnectError("down"))
    client = make_client(fake)
    get_data_sources.sync(client=client)
    client.logout()
    assert client.auth.current_token() is None


def test_async_logout_clears_the_token() -> None:
    fake = FakeNexla()
    client = make_client(fake)

    async def main() -> None:
        async with client:
            await get_data_sources.asyncio(client=client)
            await client.alogout()

    asyncio.run(main())
    assert fake.requests[-1].url.path.endswith("/token/logout")
    assert client.auth.current_token() is None


def test_sync_and_async_share_one_token_cache_and_close_cleanly() -> None:
    fake = FakeNexla()
    with make_client(fake) as client:
        get_data_sources.sync(client=client)
        asyncio.run(get_data_sources.asyncio(client=client))
    assert fake.exchanges == 1
    # closed clients are rebuilt on next use
    get_data_sources.sync(client=client)
    assert len(fake.requests) == 3
    assert isinstance(client, NexlaClient)
