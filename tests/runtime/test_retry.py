"""Retry policy: backoff schedule, Retry-After, and which failures are re-sent for which method."""

from __future__ import annotations

import asyncio
import logging
from email.utils import formatdate

import httpx
import pytest

from nexla_api import RateLimitError, RetryPolicy, ServerError, TransportError
from nexla_api.api.sources import create_data_source, get_data_sources
from nexla_api.models.data_source_create import DataSourceCreate
from nexla_api.runtime.errors import raise_for_status

from .helpers import (
    SOURCE_JSON,
    FakeClock,
    FakeNexla,
    Sleeps,
    Step,
    make_client,
    no_jitter_policy,
)

NEW_SOURCE = DataSourceCreate(name="s", source_type="s3")


def _request(
    fake: FakeNexla, method: str, sleeps: Sleeps | None = None, **policy: float
) -> httpx.Response:
    client = make_client(fake, policy=no_jitter_policy(sleeps or Sleeps(), **policy))
    return client.get_httpx_client().request(method, "/data_sources/1", json=None)


# --- backoff schedule ---------------------------------------------------------------------------


def test_backoff_schedule_is_exact_with_jitter_stubbed() -> None:
    sleeps = Sleeps()
    fake = FakeNexla([httpx.Response(503)] * 6)
    client = make_client(fake, policy=no_jitter_policy(sleeps, max_retries=6))
    assert get_data_sources.sync(client=client) == []
    assert sleeps.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(fake.requests) == 7


def test_backoff_jitter_scales_delay_down_by_at_most_the_jitter_fraction() -> None:
    policy = RetryPolicy(random=lambda: 1.0, jitter=0.25)
    assert [policy.backoff(n) for n in range(5)] == [0.375, 0.75, 1.5, 3.0, 6.0]
    real = RetryPolicy()
    for n in range(8):
        delay = real.backoff(n)
        raw = min(8.0, 0.5 * 2**n)
        assert 0.75 * raw <= delay <= raw


def test_async_backoff_schedule_is_exact_with_jitter_stubbed() -> None:
    sleeps = Sleeps()
    fake = FakeNexla([httpx.Response(503)] * 3)
    client = make_client(fake, sleeps=sleeps)
    assert asyncio.run(get_data_sources.asyncio(client=client)) == []
    assert sleeps.delays == [0.5, 1.0, 2.0]


def test_retries_exhausted_surface_the_last_status_as_typed_error() -> None:
    sleeps = Sleeps()
    fake = FakeNexla(default=httpx.Response(503, json={"message": "maintenance"}))
    client = make_client(fake, sleeps=sleeps)
    with pytest.raises(ServerError) as info:
        get_data_sources.sync(client=client)
    assert info.value.status == 503
    assert len(fake.requests) == 4  # 1 + max_retries=3
    assert sleeps.delays == [0.5, 1.0, 2.0]


# --- Retry-After --------------------------------------------------------------------------------


def test_retry_after_in_seconds_is_honoured_instead_of_backoff() -> None:
    sleeps = Sleeps()
    fake = FakeNexla([httpx.Response(429, headers={"Retry-After": "7"})])
    assert get_data_sources.sync(client=make_client(fake, sleeps=sleeps)) == []
    assert sleeps.delays == [7.0]


def test_retry_after_as_http_date_is_honoured_instead_of_backoff() -> None:
    now = 1_800_000_000.0
    sleeps = Sleeps()
    fake = FakeNexla(
        [httpx.Response(503, headers={"Retry-After": formatdate(now + 12, usegmt=True)})]
    )
    policy = no_jitter_policy(sleeps, clock=lambda: now)
    assert get_data_sources.sync(client=make_client(fake, policy=policy)) == []
    assert sleeps.delays == [12.0]


def test_retry_after_above_cap_raises_rate_limit_error_with_retry_after_at_once() -> None:
    sleeps = Sleeps()
    fake = FakeNexla([httpx.Response(429, headers={"Retry-After": "3600"})])
    client = make_client(fake, policy=no_jitter_policy(sleeps, max_retry_after=60))
    with pytest.raises(RateLimitError) as info:
        get_data_sources.sync(client=client)
    assert info.value.retry_after == 3600.0
    assert len(fake.requests) == 1
    assert sleeps.delays == []


# --- which failures are re-sent for which method -----------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 504])
def test_post_not_resent_after_server_error_it_may_have_processed(status: int) -> None:
    fake = FakeNexla([httpx.Response(status)], default=httpx.Response(200, json=SOURCE_JSON))
    client = make_client(fake)
    with pytest.raises(ServerError):
        create_data_source.sync(client=client, body=NEW_SOURCE)
    assert len(fake.requests) == 1


def test_post_not_resent_after_read_timeout() -> None:
    fake = FakeNexla([httpx.ReadTimeout("slow")], default=httpx.Response(200, json=SOURCE_JSON))
    client = make_client(fake)
    with pytest.raises(TransportError) as info:
        create_data_source.sync(client=client, body=NEW_SOURCE)
    assert (info.value.method, info.value.path) == ("POST", "/nexla-api/data_sources")
    assert len(fake.requests) == 1


def test_post_resent_after_connect_error_because_it_never_left() -> None:
    fake = FakeNexla([httpx.ConnectError("refused")], default=httpx.Response(200, json=SOURCE_JSON))
    source = create_data_source.sync(client=make_client(fake), body=NEW_SOURCE)
    assert source.id == 1
    assert len(fake.requests) == 2
    assert fake.requests[0].content == fake.requests[1].content


def test_post_resent_after_connect_timeout() -> None:
    fake = FakeNexla([httpx.ConnectTimeout("slow")], default=httpx.Response(200, json=SOURCE_JSON))
    assert create_data_source.sync(client=make_client(fake), body=NEW_SOURCE).id == 1
    assert len(fake.requests) == 2


@pytest.mark.parametrize("status", [429, 503])
def test_post_retried_on_429_and_503(status: int) -> None:
    fake = FakeNexla([httpx.Response(status)], default=httpx.Response(200, json=SOURCE_JSON))
    assert create_data_source.sync(client=make_client(fake), body=NEW_SOURCE).id == 1
    assert len(fake.requests) == 2


def test_patch_not_resent_after_500() -> None:
    fake = FakeNexla([httpx.Response(500)])
    response = _request(fake, "PATCH")
    assert response.status_code == 500
    assert len(fake.requests) == 1


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_idempotent_methods_retried_on_408_and_5xx(method: str, status: int) -> None:
    fake = FakeNexla([httpx.Response(status)])
    assert _request(fake, method).status_code == 200
    assert len(fake.requests) == 2


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_idempotent_methods_retried_after_read_timeout(method: str) -> None:
    fake = FakeNexla([httpx.ReadTimeout("slow")])
    assert _request(fake, method).status_code == 200
    assert len(fake.requests) == 2


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422, 418, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    fake = FakeNexla([httpx.Response(status)])
    assert _request(fake, "GET").status_code == status
    assert len(fake.requests) == 1


def test_connect_errors_exhausted_raise_transport_error_sync_and_async() -> None:
    fake = FakeNexla(default=httpx.ConnectError("refused"))
    sleeps = Sleeps()
    client = make_client(fake, sleeps=sleeps)
    with pytest.raises(TransportError) as info:
        get_data_sources.sync(client=client)
    assert (info.value.method, info.value.path) == ("GET", "/nexla-api/data_sources")
    assert "ConnectError after 4 attempts" in str(info.value)
    with pytest.raises(TransportError):
        asyncio.run(get_data_sources.asyncio(client=client))
    assert len(fake.requests) == 8


def test_async_post_not_resent_after_500_or_read_timeout() -> None:
    for step in (httpx.Response(500), httpx.ReadTimeout("slow")):
        fake = FakeNexla([step], default=httpx.Response(200, json=SOURCE_JSON))
        with pytest.raises((ServerError, TransportError)):
            asyncio.run(create_data_source.asyncio(client=make_client(fake), body=NEW_SOURCE))
        assert len(fake.requests) == 1


def test_async_post_resent_after_connect_error_and_429() -> None:
    steps: list[Step] = [httpx.ConnectError("refused"), httpx.Response(429)]
    fake = FakeNexla(steps, default=httpx.Response(200, json=SOURCE_JSON))
    source = asyncio.run(create_data_source.asyncio(client=make_client(fake), body=NEW_SOURCE))
    assert source.id == 1
    assert len(fake.requests) == 3


def test_no_retries_policy_sends_once() -> None:
    fake = FakeNexla([httpx.Response(503)])
    response = _request(fake, "GET", max_retries=0)
    with pytest.raises(ServerError):
        raise_for_status(response)
    assert len(fake.requests) == 1


# --- logging ------------------------------------------------------------------------------------


def test_each_retry_logged_once_at_info_without_query_or_headers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeNexla([httpx.Response(503), httpx.ConnectError("refused")])
    client = make_client(fake, clock=FakeClock())
    with caplog.at_level(logging.DEBUG, logger="nexla_api"):
        client.get_httpx_client().get("/data_sources", params={"api_key": "q-secret"})
    retries = [r for r in caplog.records if r.name == "nexla_api" and "retrying" in r.message]
    assert [r.levelno for r in retries] == [logging.INFO, logging.INFO]
    assert retries[0].getMessage() == (
        "retrying GET /nexla-api/data_sources after 503 (attempt 2 of 4) in 0.50s"
    )
    assert retries[1].getMessage() == (
        "retrying GET /nexla-api/data_sources after ConnectError (attempt 3 of 4) in 1.00s"
    )
    text = caplog.text
    assert "q-secret" not in text and "Bearer" not in text and "tok-" not in text
