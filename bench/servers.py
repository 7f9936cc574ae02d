"""Servers the benchmark talks to, each in its own process so they never share our GIL.

`python -m bench.servers null` — a do-nothing HTTP/1.1 server (raw asyncio protocol, keep-alive)
that answers every request with the same pre-encoded body, to isolate client cost.
`python -m bench.servers sandbox` — the sandbox with real (not virtual) injected latency,
response validation off, and a request counter at `GET /_bench/count` (reset by `DELETE`).
Both print their base URL on the first line of stdout once they accept connections.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from . import payloads

SERVICE_KEY = "sk-bench"
TOKEN = "bench-token"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def _response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


class _NullProtocol(asyncio.Protocol):
    SOURCE = _response(json.dumps(payloads.source(0), separators=(",", ":")).encode())
    TOKEN_REPLY = _response(
        json.dumps({"access_token": TOKEN, "expires_in": 86400, "token_type": "Bearer"}).encode()
    )

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            self.buffer = self.buffer[total:]
            line = head.split(b"\r\n", 1)[0]
            reply = self.TOKEN_REPLY if b" /token" in line else self.SOURCE
            self.transport.write(reply)


async def _serve_null() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_NullProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


class _Counting:
    """ASGI wrapper counting API requests (not `/_sandbox` or `/_bench` ones)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.count = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            if path == "/_bench/count":
                if scope["method"] == "DELETE":
                    self.count = 0
                body = json.dumps({"count": self.count}).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-type", b"application/json")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
            if not path.startswith("/_sandbox"):
                self.count += 1
        await self.app(scope, receive, send)


def _complete_connectors() -> None:
    """Give created sources a complete `connector` (description, nexset_api_compatible).

    The sandbox omits those two fields, which Nexla sends and the official SDK's pydantic
    `Connector` requires: without them the SDK cannot parse a single source, and recipe 6
    would "fail" every item after its listing instead of creating anything.
    """
    from nexla_sandbox.registry import HANDLERS

    create = HANDLERS["create_data_source"]

    def complete(ctx: Any) -> Any:
        out = create(ctx)
        doc = ctx.state.store.get("data_sources", int(out["id"]))
        connector = doc.get("connector") if doc else None
        if doc is not None and isinstance(connector, dict):
            connector.setdefault("description", f"{connector.get('type')} connector")
            connector.setdefault("nexset_api_compatible", True)
            ctx.state.store.put("data_sources", doc)
            if isinstance(out, dict) and isinstance(out.get("connector"), dict):
                out["connector"] = dict(connector)
        return out

    HANDLERS["create_data_source"] = complete


def _serve_sandbox() -> None:
    import uvicorn

    from nexla_sandbox.app import create_app
    from nexla_sandbox.clock import Clock
    from nexla_sandbox.state import Settings, State
    from nexla_sandbox.store import Store

    state = State(
        Store(":memory:"),
        clock=Clock(virtual_sleep=False),
        settings=Settings(service_key=SERVICE_KEY, validate_responses=False),
    )
    app = _Counting(create_app(state))
    _complete_connectors()
    server = uvicorn.Server(
        uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", access_log=False
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            sys.exit("sandbox died during start-up")
        time.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.servers")
    parser.add_argument("kind", choices=["null", "sandbox"])
    args = parser.parse_args()
    if args.kind == "null":
        asyncio.run(_serve_null())
    else:
        _serve_sandbox()


if __name__ == "__main__":
    main()
