"""Fixtures shared across the suite: a live loopback Nexla sandbox and clients for it.

One sandbox server runs per session (uvicorn in a thread, real HTTP on 127.0.0.1);
`sandbox` resets its state and faults before each test, so tests stay independent
without paying start-up per test. Latency faults advance a virtual clock instead of
sleeping.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nexla_sandbox.testing import SandboxServer


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    server = SandboxServer(discovery_polls=2, async_task_polls=1, service_key="sk-sandbox-test")
    server.start()
    yield server
    assert server.stop(), "sandbox thread did not stop"


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> SandboxServer:
    """The session sandbox with empty state, no faults and a fresh sleep record."""
    sandbox_server.state.reset()
    sandbox_server.state.faults.configure({}, replace=True)
    sandbox_server.state.clock.slept.clear()
    return sandbox_server


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Raw HTTP against the sandbox with a bearer token from POST /token."""
    with sandbox.client() as client:
        yield client


@pytest.fixture
def nexla_client(sandbox: SandboxServer) -> Iterator[Any]:
    """`nexla_api.NexlaClient` pointed at the sandbox (plain httpx if the runtime is absent)."""
    try:
        from nexla_api import NexlaClient
    except ImportError:
        with sandbox.client() as client:
            yield client
        return
    yield NexlaClient(service_key=sandbox.service_key, base_url=sandbox.url, env={})
