"""The admin API takes typed input only, answers only same-host loopback requests, and the
whole sandbox authenticates before it reads a body and caps body size."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest

from nexla_sandbox.app import create_app
from nexla_sandbox.limits import BodyLimit
from nexla_sandbox.testing import SandboxServer


def _healthy(sandbox: SandboxServer) -> None:
    """The sandbox still serves API calls and the admin API after whatever came before."""
    with sandbox.client() as api:
        assert api.get("/data_sources").status_code == 200
    assert httpx.get(f"{sandbox.url}/_sandbox/state").status_code == 200


@pytest.mark.parametrize(
    "settings",
    [
        {"latency_ms": "abc"},
        {"latency_ms": -5},
        {"latency_ms": True},
        {"latency_ms": 10**12},
        {"error_rate": "50"},
        {"error_rate": 101},
        {"error_status": 200},
        {"rate_limit_next": 1.5},
        {"token_ttl": 0},
        {"retry_after": None},
        {"fail_ops": "create_data_source"},
        {"fail_ops": [{"operation_id": "x", "times": "2"}]},
        {"fail_ops": [{"operation_id": "x", "status": "500"}]},
        {"fail_ops": [{"times": 1}]},
        {"fail_ops": [{"operation_id": "x", "extra": 1}]},
    ],
)
def test_mistyped_fault_settings_are_refused_and_change_nothing(
    sandbox: SandboxServer, settings: dict[str, Any]
) -> None:
    before = httpx.get(f"{sandbox.url}/_sandbox/faults").json()
    for method in ("PUT", "POST"):
        response = httpx.request(method, f"{sandbox.url}/_sandbox/faults", json=settings)
        assert response.status_code == 400, response.text
        assert response.json()["message"]
    assert httpx.get(f"{sandbox.url}/_sandbox/faults").json() == before
    _healthy(sandbox)


def test_a_bad_fault_setting_names_the_field(sandbox: SandboxServer) -> None:
    response = httpx.put(f"{sandbox.url}/_sandbox/faults", json={"latency_ms": "abc"})
    assert response.json()["message"].startswith("latency_ms:")
    response = httpx.put(f"{sandbox.url}/_sandbox/faults", json={"latncy_ms": 5})
    assert response.json()["message"] == "unknown fault setting latncy_ms"


@pytest.mark.parametrize(
    "body",
    [
        {"advance": "abc"},
        {"advance": -1e12},
        {"advance": 1e300},
        {"advance": True},
        {"advance": None},
        {"advance": [1]},
        {"advnce": 5},
    ],
)
def test_bad_clock_advances_are_refused_and_the_clock_is_unchanged(
    sandbox: SandboxServer, body: dict[str, Any]
) -> None:
    before = sandbox.state.clock.timestamp()
    response = httpx.post(f"{sandbox.url}/_sandbox/clock", json=body)
    assert response.status_code == 400, response.text
    assert abs(sandbox.state.clock.timestamp() - before) < 60  # not moved (wall time only)
    _healthy(sandbox)


def test_non_finite_clock_advance_is_refused(sandbox: SandboxServer) -> None:
    for raw in (b'{"advance": NaN}', b'{"advance": -Infinity}'):
        response = httpx.post(
            f"{sandbox.url}/_sandbox/clock",
            content=raw,
            headers={"content-type": "application/json"},
        )
        assert response.status_code == 400
    _healthy(sandbox)


def test_reasonable_clock_advances_still_work(sandbox: SandboxServer) -> None:
    before = sandbox.state.clock.timestamp()
    assert sandbox.admin.advance_clock(3600)["now"]
    assert sandbox.state.clock.timestamp() - before >= 3600
    sandbox.admin.advance_clock(-3600)
    _healthy(sandbox)


def test_reset_takes_a_boolean_only(sandbox: SandboxServer) -> None:
    for body in ({"seed_data": "yes"}, {"seed": True}, [1]):
        assert httpx.post(f"{sandbox.url}/_sandbox/reset", json=body).status_code == 400
    nested = b"[" * 100_000 + b"]" * 100_000
    response = httpx.post(f"{sandbox.url}/_sandbox/reset", content=nested)
    assert response.status_code == 400
    _healthy(sandbox)


def _admin_status(sandbox: SandboxServer, path: str, **headers: str) -> int:
    """Raw request so `Host` can be set to anything (as a rebinding page's browser would)."""
    with httpx.Client(base_url=sandbox.url, headers=headers) as http:
        return http.get(path).status_code


@pytest.mark.parametrize("path", ["/_sandbox/info", "/_sandbox/state", "/_sandbox/faults"])
def test_admin_api_refuses_other_hosts_and_cross_origin_pages(
    sandbox: SandboxServer, path: str
) -> None:
    port = sandbox.port
    assert _admin_status(sandbox, path) == 200
    for host in (f"localhost:{port}", f"[::1]:{port}", f"127.0.0.1:{port}"):
        assert _admin_status(sandbox, path, host=host) == 200, host
    refused_hosts = [
        f"evil.example:{port}",  # DNS rebinding: the page's own name
        f"127.0.0.1.evil.example:{port}",
        f"127.0.0.1:{port + 1}",  # wrong port
        "127.0.0.1",  # no port: 80, not the sandbox's
        f"user@127.0.0.1:{port}",
        "",
    ]
    for host in refused_hosts:
        assert _admin_status(sandbox, path, host=host) == 403, host
    for origin in ("https://evil.example", "null", "http://127.0.0.1.evil.example", "file://"):
        assert _admin_status(sandbox, path, origin=origin) == 403, origin
    assert _admin_status(sandbox, path, origin=f"http://localhost:{port}") == 200


def test_refused_cross_origin_request_changes_no_fault(sandbox: SandboxServer) -> None:
    response = httpx.put(
        f"{sandbox.url}/_sandbox/faults",
        json={"error_rate": 100},
        headers={"origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert "service_key" not in response.text
    assert sandbox.state.faults.config.error_rate == 0
    _healthy(sandbox)


class _CountingBody:
    """An ASGI `receive` that hands out a body in chunks and counts how many were taken."""

    def __init__(self, chunks: int, size: int) -> None:
        self.left = chunks
        self.size = size
        self.taken = 0

    async def __call__(self) -> dict[str, Any]:
        if self.left == 0:
            return {"type": "http.disconnect"}
        self.left -= 1
        self.taken += 1
        return {"type": "http.request", "body": b"x" * self.size, "more_body": self.left > 0}


def _call_app(
    app: Any, method: str, path: str, headers: list[tuple[bytes, bytes]], body: _CountingBody
) -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), *headers],
        "client": ("127.0.0.1", 5555),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, body, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    data = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return int(start["status"]), data


def test_unauthenticated_requests_are_refused_before_the_body_is_read(
    sandbox: SandboxServer,
) -> None:
    app = create_app(sandbox.state)
    body = _CountingBody(chunks=1000, size=64 * 1024)  # 64 MB on offer, chunked
    status, _ = _call_app(app, "POST", "/data_credentials", [], body)
    assert status == 401
    assert body.taken == 0
    wrong = [(b"authorization", b"Bearer not-a-token")]
    body = _CountingBody(chunks=1000, size=64 * 1024)
    assert _call_app(app, "POST", "/data_sources", wrong, body)[0] == 401
    assert body.taken == 0


def test_authenticated_chunked_bodies_over_the_cap_get_413_early(sandbox: SandboxServer) -> None:
    app = BodyLimit(create_app(sandbox.state), max_bytes=1024 * 1024)
    with sandbox.client() as api:
        token = api.headers["Authorization"].encode()
    body = _CountingBody(chunks=1000, size=64 * 1024)
    status, data = _call_app(app, "POST", "/data_credentials", [(b"authorization", token)], body)
    assert status == 413 and b"too large" in data
    assert body.taken <= 1024 * 1024 // (64 * 1024) + 1  # stopped right after the cap
    _healthy(sandbox)


def test_declared_oversized_bodies_get_413_without_reading(sandbox: SandboxServer) -> None:
    limit = sandbox.state.settings.max_body_bytes
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=10) as conn:
        conn.sendall(
            f"POST /data_credentials HTTP/1.1\r\nHost: 127.0.0.1:{sandbox.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {limit + 1}\r\n\r\n".encode()
        )
        reply = conn.recv(4096).decode()
    assert reply.startswith("HTTP/1.1 413"), reply
    for path in ("/_sandbox/faults", "/token"):
        response = httpx.put(f"{sandbox.url}{path}", content=b"x" * (limit + 1))
        assert response.status_code == 413
    _healthy(sandbox)


def test_bodies_under_the_cap_still_work(sandbox: SandboxServer, api: httpx.Client) -> None:
    response = api.post(
        "/data_credentials",
        json={"name": "c", "credentials_type": "s3", "credentials": {"k": "v" * 100_000}},
    )
    assert response.status_code == 200
