"""Test doubles for the runtime: a scripted fake Nexla, a fake clock and a sleep recorder.

Nothing here touches the network or really sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from nexla_api import NexlaClient, RetryPolicy

BASE_URL = "https://nexla.test/nexla-api"
SERVICE_KEY = "sk-test-service-key"
SOURCE_JSON: dict[str, Any] = {"id": 1, "name": "s", "status": "ACTIVE", "source_type": "s3"}

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeClock:
    """A monotonic clock the test moves by hand; counts how often it was read."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self.reads = 0
        self._read = threading.Condition()

    def __call__(self) -> float:
        with self._read:
            self.reads += 1
            self._read.notify_all()
        return self.now

    def wait_for_reads(self, reads: int, timeout: float = 5.0) -> None:
        """Block until the clock has been read `reads` times (woken by each read, no polling)."""
        with self._read:
            self._read.wait_for(lambda: self.reads >= reads, timeout=timeout)

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Sleeps:
    """Records requested delays instead of sleeping (sync and async)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def no_jitter_policy(sleeps: Sleeps, **overrides: Any) -> RetryPolicy:
    """A retry policy with jitter stubbed to 0 and recorded sleeps."""
    params: dict[str, Any] = {
        "sleep": sleeps,
        "async_sleep": sleeps.async_sleep,
        "random": lambda: 0.0,
    }
    params.update(overrides)
    return RetryPolicy(**params)


class FakeNexla:
    """Serves `POST /token` (numbered tokens) and plays a script of API replies in order.

    Each script step is a response, an exception to raise, or a function of the request.
    After the script runs out every API call gets `default`.
    """

    def __init__(
        self,
        script: list[Step] | None = None,
        *,
        expires_in: float | None = 3600,
        default: Step | None = None,
        token_reply: Step | None = None,
    ) -> None:
        self.script: list[Step] = list(script or [])
        self.expires_in = expires_in
        self.default: Step = default if default is not None else httpx.Response(200, json=[])
        self.token_reply = token_reply
        self.token_requests: list[httpx.Request] = []
        self.requests: list[httpx.Request] = []
        #: The Authorization header of each API call as sent (a replayed request is one object).
        self.authorizations: list[str | None] = []
        self.before_token: Callable[[], None] | None = None

    @property
    def exchanges(self) -> int:
        return len(self.token_requests)

    def _play(self, step: Step, request: httpx.Request) -> httpx.Response:
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return httpx.Response(
                step.status_code, headers=step.headers, content=step.content, request=request
            )
        return step(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        if self.before_token is not None:
            self.before_token()
        self.token_requests.append(request)
        if self.token_reply is not None:
            return self._play(self.token_reply, request)
        body: dict[str, Any] = {"access_token": f"tok-{self.exchanges}", "token_type": "Bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.path.endswith("/token"):
            return self._token(request)
        self.requests.append(request)
        self.authorizations.append(request.headers.get("Authorization"))
        step = self.script.pop(0) if self.script else self.default
        return self._play(step, request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def make_client(
    fake: FakeNexla,
    *,
    sleeps: Sleeps | None = None,
    clock: FakeClock | None = None,
    policy: RetryPolicy | None = None,
    **kwargs: Any,
) -> NexlaClient:
    """A service-key NexlaClient wired to `fake` for both sync and async calls."""
    params: dict[str, Any] = {"service_key": SERVICE_KEY}
    params.update(kwargs)
    return NexlaClient(
        base_url=BASE_URL,
        transport=fake.transport(),
        async_transport=fake.transport(),
        retry=policy or no_jitter_policy(sleeps or Sleeps()),
        clock=clock or FakeClock(),
        **params,
    )
