"""Client configuration: credentials, base URL, timeouts, headers, and the generated binding."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from nexla_api import ConfigurationError, NexlaClient, NotFoundError
from nexla_api.api.sources import create_data_source, get_data_sources
from nexla_api.client import ApiClient
from nexla_api.models.data_source_create import DataSourceCreate
from nexla_api.runtime.auth import AccessTokenAuth, ServiceKeyAuth
from nexla_api.runtime.retry import AsyncRetryTransport, RetryTransport

from .helpers import BASE_URL, SOURCE_JSON, FakeNexla, make_client

# --- credentials --------------------------------------------------------------------------------


def test_both_credentials_as_arguments_is_an_error_naming_the_env_vars() -> None:
    with pytest.raises(ConfigurationError) as info:
        NexlaClient(service_key="a", access_token="b", env={})
    assert "NEXLA_SERVICE_KEY" in str(info.value) and "NEXLA_ACCESS_TOKEN" in str(info.value)


def test_both_env_vars_set_is_an_error_naming_them() -> None:
    env = {"NEXLA_SERVICE_KEY": "a", "NEXLA_ACCESS_TOKEN": "b"}
    with pytest.raises(ConfigurationError) as info:
        NexlaClient.from_env(env)
    assert "NEXLA_SERVICE_KEY" in str(info.value) and "NEXLA_ACCESS_TOKEN" in str(info.value)


def test_no_credentials_is_an_error_naming_the_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEXLA_SERVICE_KEY", raising=False)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    with pytest.raises(ConfigurationError) as info:
        NexlaClient.from_env()
    assert "NEXLA_SERVICE_KEY" in str(info.value) and "NEXLA_ACCESS_TOKEN" in str(info.value)
    with pytest.raises(ConfigurationError):
        NexlaClient()


def test_from_env_reads_service_key_and_url_and_strips_the_trailing_slash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEXLA_SERVICE_KEY", "sk-env")
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("NEXLA_API_URL", "https://eu.nexla.test/nexla-api/")
    client = NexlaClient.from_env()
    assert client.base_url == "https://eu.nexla.test/nexla-api"
    assert isinstance(client.auth, ServiceKeyAuth)


def test_from_env_with_access_token_uses_it_as_given() -> None:
    client = NexlaClient.from_env({"NEXLA_ACCESS_TOKEN": "at"})
    assert isinstance(client.auth, AccessTokenAuth)
    assert client.auth.current_token() == "at"


def test_arguments_win_over_the_environment() -> None:
    env = {"NEXLA_SERVICE_KEY": "a", "NEXLA_ACCESS_TOKEN": "b", "NEXLA_API_URL": "https://x.test"}
    client = NexlaClient(access_token="arg", base_url="https://arg.test/api/", env=env)
    assert client.base_url == "https://arg.test/api"
    assert client.auth.current_token() == "arg"


def test_default_base_url_is_the_official_one() -> None:
    assert NexlaClient(access_token="t", env={}).base_url == "https://dataops.nexla.io/nexla-api"


def test_base_url_must_be_http() -> None:
    with pytest.raises(ConfigurationError, match="NEXLA_API_URL"):
        NexlaClient(access_token="t", base_url="dataops.nexla.io", env={})


# --- timeouts and httpx clients -----------------------------------------------------------------


def test_default_timeouts_are_connect_5s_read_30s() -> None:
    client = NexlaClient(access_token="t", env={})
    timeout = client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)
    custom = NexlaClient(access_token="t", env={}, timeout=httpx.Timeout(60, connect=2))
    assert custom.get_async_httpx_client().timeout.connect == 2


def test_sync_and_async_clients_carry_the_same_auth_and_a_retry_transport() -> None:
    client = make_client(FakeNexla())
    sync, async_ = client.get_httpx_client(), client.get_async_httpx_client()
    assert sync.auth is client.auth and async_.auth is client.auth
    assert isinstance(sync._transport, RetryTransport)
    assert isinstance(async_._transport, AsyncRetryTransport)
    seam: ApiClient = client  # the generated endpoints' client type
    assert seam.auth is client.auth


def test_with_headers_returns_a_sibling_sharing_the_token_cache() -> None:
    fake = FakeNexla()
    client = make_client(fake)
    sibling = client.with_headers({"X-Trace": "1"})
    get_data_sources.sync(client=client)
    get_data_sources.sync(client=sibling)
    assert fake.exchanges == 1
    assert fake.requests[1].headers["X-Trace"] == "1"


# --- headers on the wire and the generated binding ----------------------------------------------


def test_every_request_sends_vendor_accept_user_agent_and_json_content_type() -> None:
    fake = FakeNexla(default=httpx.Response(200, json=SOURCE_JSON))
    client = make_client(fake)
    create_data_source.sync(client=client, body=DataSourceCreate(name="s", source_type="s3"))
    for request in [fake.token_requests[0], fake.requests[0]]:
        assert request.headers["Accept"] == "application/vnd.nexla.api.v1+json"
        assert request.headers["User-Agent"].startswith("nexla-api/")
    assert fake.requests[0].headers["Content-Type"] == "application/json"


def test_generated_get_data_sources_sends_vendor_accept_and_bearer_token() -> None:
    fake = FakeNexla([httpx.Response(200, json=[SOURCE_JSON])])
    sources = get_data_sources.sync(client=make_client(fake), page=2, per_page=50)
    assert [s.id for s in sources] == [1]
    request = fake.requests[0]
    assert str(request.url) == f"{BASE_URL}/data_sources?page=2&per_page=50"
    assert request.headers["Accept"] == "application/vnd.nexla.api.v1+json"
    assert request.headers["Authorization"] == "Bearer tok-1"


def test_generated_get_data_sources_raises_not_found_on_404() -> None:
    fake = FakeNexla(default=httpx.Response(404, json={"message": "no such org"}))
    client = make_client(fake)
    with pytest.raises(NotFoundError) as info:
        get_data_sources.sync(client=client)
    assert info.value.summary() == "NotFoundError: 404 GET /nexla-api/data_sources: no such org"
    with pytest.raises(NotFoundError):
        asyncio.run(get_data_sources.asyncio(client=client))


def test_generated_detailed_functions_return_the_raw_error_reply() -> None:
    fake = FakeNexla(default=httpx.Response(404, json={"message": "gone"}))
    response = get_data_sources.sync_detailed(client=make_client(fake))
    assert response.status_code == 404
    assert response.parsed is None


def test_generated_function_accepts_an_access_token_client() -> None:
    fake = FakeNexla()
    client = NexlaClient(access_token="at-1", base_url=BASE_URL, transport=fake.transport())
    assert get_data_sources.sync(client=client) == []
    assert fake.requests[0].headers["Authorization"] == "Bearer at-1"
