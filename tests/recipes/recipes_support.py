"""Helpers for the recipe tests: fast clients, request counting, direct seeding, snapshots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from nexla_api import NexlaClient, RetryPolicy
from nexla_sandbox.domain import sources
from nexla_sandbox.state import Actor
from nexla_sandbox.testing import SandboxServer

RESOURCE_KINDS = ("data_credentials", "data_sources", "data_sets", "data_sinks", "flow_nodes")


async def no_async_sleep(_: float) -> None:
    return None


def no_sleep(_: float) -> None:
    return None


#: Retries as in production, minus the waiting.
FAST_RETRY = RetryPolicy(sleep=no_sleep, async_sleep=no_async_sleep)


class Counter:
    """Counts requests that reach the wire (every retry attempt too)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def count(self, method: str | None = None) -> int:
        return sum(1 for m, _ in self.requests if method is None or m == method)


class CountingAsync(httpx.AsyncBaseTransport):
    def __init__(self, counter: Counter) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._counter = counter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._counter.requests.append((request.method, request.url.path))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class CountingSync(httpx.BaseTransport):
    def __init__(self, counter: Counter) -> None:
        self._inner = httpx.HTTPTransport()
        self._counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._counter.requests.append((request.method, request.url.path))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def client_for(sandbox: SandboxServer, counter: Counter | None = None) -> NexlaClient:
    kwargs: dict[str, Any] = {}
    if counter is not None:
        kwargs = {"transport": CountingSync(counter), "async_transport": CountingAsync(counter)}
    return NexlaClient(
        service_key=sandbox.service_key, base_url=sandbox.url, env={}, retry=FAST_RETRY, **kwargs
    )


def seed_sources(sandbox: SandboxServer, count: int, prefix: str = "existing") -> None:
    """Create sources in-process (no HTTP), as the sandbox's own seeding does."""
    state = sandbox.state
    actor = Actor(
        user_id=1, request_ip="127.0.0.1", user_agent="test-seed", url="http://127.0.0.1/"
    )
    with state.store.transaction():
        for i in range(count):
            body = {
                "name": f"{prefix}-{i:04d}",
                "source_type": "s3",
                "source_config": {"path": f"{i}/"},
            }
            sources.create_source(state, actor, body, actor.url)


def resources(sandbox: SandboxServer) -> dict[str, list[int]]:
    """Ids of every non-built-in resource the deploys care about."""
    snap = sandbox.admin.snapshot()["resources"]
    return {kind: sorted(snap.get(kind, [])) for kind in RESOURCE_KINDS}


def names(sandbox: SandboxServer, kind: str) -> list[str]:
    return [str(d["name"]) for d in sandbox.admin.dump(kind)]


@contextmanager
def fast_sandbox(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    """Skip response validation (slow, and covered by the sandbox's own tests) for bulk tests."""
    settings = sandbox.state.settings
    before = settings.validate_responses
    settings.validate_responses = False
    try:
        yield sandbox
    finally:
        settings.validate_responses = before


def normalise(text: str) -> str:
    """Golden-output form: ids, timestamps and temp paths replaced by placeholders."""
    text = re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\S*", "<TIME>", text)
    text = re.sub(r"/\S*/(\S+\.deploy\.jsonl)", r"<DIR>/\1", text)
    text = re.sub(r"\b\d{4,}\b", "<ID>", text)
    return text
