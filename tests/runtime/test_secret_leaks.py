"""Known secrets never show up in logs (any logger, DEBUG), reprs or exception text.

Runs against a loopback HTTP server on 127.0.0.1 so the real httpx/httpcore stack (and its own
debug logging) is exercised, through success, retry, 401 renewal, error and transport paths.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from nexla_api import (
    NexlaClient,
    NexlaError,
    RetryPolicy,
    WebhookClient,
    paginate,
)
from nexla_api.api.sources import create_data_source, get_data_sources
from nexla_api.models.data_source_create import DataSourceCreate
from tests.support import misbehaving
from tests.support.misbehaving import serve

from .helpers import FakeNexla, Sleeps, no_jitter_policy

SERVICE_KEY = "SECRET-service-key-5f2a"
ACCESS_TOKEN = "SECRET-access-token-9c1e"
ISSUED = ("SECRET-issued-token-one", "SECRET-issued-token-two", "SECRET-issued-token-three")
WEBHOOK_KEY = "SECRET-webhook-key-77b0"
SECRETS = (
    SERVICE_KEY,
    ACCESS_TOKEN,
    *ISSUED,
    WEBHOOK_KEY,
    base64.b64encode(WEBHOOK_KEY.encode()).decode(),
    "SECRET",
)


class _Handler(BaseHTTPRequestHandler):
    """Scripted fake Nexla: /token issues ISSUED tokens; paths pick the reply."""

    issued = 0
    hits: dict[str, int] = {}

    def log_message(self, format: str, *args: object) -> None:  # silence stderr access log
        return

    def _send(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        path = self.path.split("?")[0]
        cls = type(self)
        cls.hits[path] = cls.hits.get(path, 0) + 1
        hit = cls.hits[path]
        if path.endswith("/token"):
            token = ISSUED[min(cls.issued, len(ISSUED) - 1)]
            cls.issued += 1
            self._send(200, {"access_token": token, "expires_in": 3600})
        elif path.endswith("/flaky"):  # 503 once, then fine
            self._send(503, {"message": "busy"}) if hit == 1 else self._send(200, [])
        elif path.endswith("/renew"):  # 401 once, then fine
            self._send(401, {"message": "expired"}) if hit == 1 else self._send(200, [])
        elif path.endswith("/always401"):
            self._send(401, {"message": f"token {self.headers.get('Authorization')} rejected"})
        elif path.startswith("/webhook"):
            self._send(500, {"message": f"bad request {self.path}"})
        elif path.endswith("/data_sources") and self.command == "POST":
            self._send(500, {"error": "db down"})
        else:
            self._send(200, [])

    do_GET = _route
    do_POST = _route


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.issued = 0
    _Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _collect(errors: list[str], exc: BaseException) -> None:
    errors.extend([str(exc), repr(exc), "".join(traceback.format_exception(exc))])
    if isinstance(exc, NexlaError):
        errors.extend([exc.summary(), repr(exc.body), repr(exc.message)])


def _assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret leaked: {text[:200]}"


def test_secrets_never_appear_in_logs_reprs_or_errors(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    texts: list[str] = []
    policy = no_jitter_policy(Sleeps())
    caplog.set_level(logging.DEBUG)  # every logger: nexla_api, httpx, httpcore
    api = f"{server}/nexla-api"
    client = NexlaClient(service_key=SERVICE_KEY, base_url=api, retry=policy, env={})
    texts += [repr(client), str(client), repr(client.auth), repr(client.retry_policy)]

    # success, then retry, then 401 renewal
    get_data_sources.sync(client=client)
    client.get_httpx_client().get("/flaky", params={"api_key": WEBHOOK_KEY}).raise_for_status()
    client.get_httpx_client().get("/renew").raise_for_status()
    # errors: second 401, POST 500, transport failure
    for call in (
        lambda: client.get_httpx_client().get("/always401").raise_for_status(),
        lambda: create_data_source.sync(
            client=client, body=DataSourceCreate(name="s", source_type="s")
        ),
    ):
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - every failure is inspected below
            _collect(texts, exc)
    from nexla_api.runtime.errors import raise_for_status

    try:
        raise_for_status(client.get_httpx_client().get("/always401"))
    except NexlaError as exc:
        _collect(texts, exc)
    dead = NexlaClient(service_key=SERVICE_KEY, base_url="http://127.0.0.1:9", retry=policy, env={})
    try:
        get_data_sources.sync(client=dead)
    except NexlaError as exc:
        _collect(texts, exc)
    pager = paginate(get_data_sources.sync, client=client, per_page=5)
    list(pager)
    texts.append(repr(pager))

    # access-token mode, async
    token_client = NexlaClient(access_token=ACCESS_TOKEN, base_url=api, retry=policy, env={})
    texts.append(repr(token_client))

    async def run_async() -> None:
        async with token_client:
            await get_data_sources.asyncio(client=token_client)
            try:
                raise_for_status(await token_client.get_async_httpx_client().get("/always401"))
            except NexlaError as exc:
                _collect(texts, exc)
            await token_client.alogout()

    asyncio.run(run_async())
    client.logout()

    # webhooks, both auth modes: the server echoes the full URL (with the key) in its error
    for mode in ("query", "header"):
        hook = WebhookClient(
            f"{server}/webhook/abc", WEBHOOK_KEY, auth_method=mode, retry=RetryPolicy(max_retries=0)
        )
        texts.append(repr(hook))
        try:
            hook.send_one({"a": 1})
        except NexlaError as exc:
            _collect(texts, exc)
    dead_hook = WebhookClient("http://127.0.0.1:9/webhook/x", WEBHOOK_KEY, retry=policy)
    try:
        dead_hook.send_many([{"a": 1}])
    except NexlaError as exc:
        _collect(texts, exc)

    texts += [record.getMessage() for record in caplog.records]
    texts.append(caplog.text)
    assert any("retrying GET" in t for t in texts)  # the paths really ran
    assert any("HTTP Request: POST" in t for t in texts)  # httpx's own log was captured
    assert _Handler.issued >= 3
    _assert_clean(texts)


def test_service_key_never_leaks_when_the_token_exchange_echoes_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeNexla(
        token_reply=httpx.Response(403, json={"message": f"key Basic {SERVICE_KEY} is disabled"})
    )
    client = NexlaClient(
        service_key=SERVICE_KEY,
        base_url="https://nexla.test/nexla-api",
        transport=fake.transport(),
        env={},
    )
    texts: list[str] = []
    try:
        get_data_sources.sync(client=client)
    except NexlaError as exc:
        _collect(texts, exc)
    texts.append(caplog.text)
    assert texts and "disabled" in texts[0]
    _assert_clean(texts)


# --- credentials with stray whitespace, tokens echoed in error bodies ---------------------------


def _everything_about(exc: BaseException) -> str:
    texts: list[str] = []
    _collect(texts, exc)
    return "\n".join(texts)


def test_key_and_token_with_trailing_newline_are_stripped_like_env_values() -> None:
    with serve(
        {
            "/token": misbehaving.token("SECRET-issued-token-nl"),
            "/data_sources": misbehaving.json_reply([]),
        }
    ) as fake:
        keyed = NexlaClient(service_key=SERVICE_KEY + "\n", base_url=fake.url, env={})
        assert get_data_sources.sync(client=keyed) == []
        bearer = NexlaClient(access_token=f" {ACCESS_TOKEN}\r\n", base_url=fake.url, env={})
        assert get_data_sources.sync(client=bearer) == []
    assert fake.authorizations[:3] == [
        f"Basic {SERVICE_KEY}",
        "Bearer SECRET-issued-token-nl",
        f"Bearer {ACCESS_TOKEN}",
    ]


def test_unsendable_key_fails_typed_with_no_secret_in_the_exception_chain() -> None:
    bad_key = "SECRET-broken\nkey-in-the-middle"
    with serve(
        {"/token": misbehaving.token(), "/data_sources": misbehaving.json_reply([])}
    ) as fake:
        client = NexlaClient(service_key=bad_key, base_url=fake.url, env={})
        with pytest.raises(NexlaError) as caught:
            get_data_sources.sync(client=client)
    text = _everything_about(caught.value)
    for part in ("SECRET", "key-in-the-middle", bad_key):
        assert part not in text, text


def test_error_body_echoing_the_bare_access_token_is_redacted() -> None:
    issued = "SECRET-issued-token-echoed"
    routes = {"/token": misbehaving.token(issued), "/data_sources": misbehaving.echo_token}
    with serve(routes) as fake:
        for client in (
            NexlaClient(service_key=SERVICE_KEY, base_url=fake.url, env={}),
            NexlaClient(access_token=ACCESS_TOKEN, base_url=fake.url, env={}),
        ):
            with pytest.raises(NexlaError) as caught:
                get_data_sources.sync(client=client)
            assert caught.value.status == 400
            text = _everything_about(caught.value)
            assert "is not valid for this org" in text
            assert issued not in text and ACCESS_TOKEN not in text, text
