"""A small misbehaving Nexla on 127.0.0.1 for runtime fault tests.

Real sockets, so httpx's timeouts, streaming and connection handling are what is exercised.
Each route is a function of the request handler; helpers below cover the faults the runtime
must survive: a `/token` that never answers, a reply trickling in a byte at a time, HTML or
empty 200s, huge replies, a server ignoring `?page=`, error bodies echoing the caller's token.
Every wait the server does is bounded (by `WAIT_BOUND` and by `stop()`), so a test can never
hang on it.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

#: The longest any handler waits (for the client to give up, or for `stop()`).
WAIT_BOUND = 10.0
TRICKLE_INTERVAL = 0.02

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: MisbehavingServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return

    @property
    def route_path(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query)

    def send(
        self,
        status: int,
        body: bytes | str | Any = b"",
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        if isinstance(body, str):
            data = body.encode()
        elif isinstance(body, bytes):
            data = body
        else:
            data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        server = self.server
        path = self.route_path
        with server.lock:
            server.hits[path] += 1
            server.authorizations.append(self.headers.get("Authorization", ""))
        for suffix, route in server.routes.items():
            if path.endswith(suffix):
                route(self)
                return
        self.send(404, {"message": "no such route"})

    do_GET = _handle
    do_POST = _handle
    do_PUT = _handle
    do_DELETE = _handle


class MisbehavingServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, routes: dict[str, Route]) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.authorizations: list[str] = []
        self.lock = threading.Lock()
        self.released = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/nexla-api"


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[MisbehavingServer]:
    """Run a server with `routes` (path suffix -> handler function) for the block's duration."""
    server = MisbehavingServer(routes)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
        thread.join(WAIT_BOUND)


# --- route helpers ------------------------------------------------------------------------------


def token(value: str = "tok-issued-0001", expires_in: int = 3600) -> Route:
    """A well-behaved `/token`."""
    return lambda h: h.send(200, {"access_token": value, "expires_in": expires_in})


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Route:
    return lambda h: h.send(status, body, headers=headers)


def raw_reply(body: bytes | str, *, status: int = 200, content_type: str = "text/html") -> Route:
    return lambda h: h.send(status, body, content_type=content_type)


def never_answer(h: Handler) -> None:
    """Read the request, then say nothing until the client hangs up or the server stops."""
    h.server.released.wait(WAIT_BOUND)
    h.close_connection = True


def trickle(h: Handler) -> None:
    """A 200 whose 100 kB JSON body arrives one byte per `TRICKLE_INTERVAL`."""
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.flush()
    body = b"[" + b" " * 99998 + b"]"
    for i in range(len(body)):
        if h.server.released.wait(TRICKLE_INTERVAL):
            break
        try:
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()
        except OSError:  # the client gave up
            break
    h.close_connection = True


def huge(size: int, *, declare_length: bool) -> Route:
    """A 200 of `size` bytes of JSON, with or without a Content-Length header (then chunked)."""

    def route(h: Handler) -> None:
        fields = b'"status": "ACTIVE", "source_type": "s3"'
        item = b'{"id": 1, ' + fields + b', "name": "' + b"x" * 1000 + b'"},'
        count = size // len(item) + 1
        body = b"[" + item * count + b'{"id": 2, "name": "last", ' + fields + b"}]"
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        if declare_length:
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            try:
                h.wfile.write(body)
            except OSError:
                pass
        else:
            h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            try:
                for start in range(0, len(body), 65536):
                    chunk = body[start : start + 65536]
                    h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                h.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass
        h.close_connection = True

    return route


def sequence(*routes: Route) -> Route:
    """Play `routes` in order, one per request; the last one repeats."""
    played = iter(range(len(routes)))
    lock = threading.Lock()

    def route(h: Handler) -> None:
        with lock:
            index = next(played, len(routes) - 1)
        routes[index](h)

    return route


def echo_token(h: Handler) -> None:
    """A 400 whose message quotes the bare bearer token the request carried."""
    bearer = h.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    h.send(400, {"message": f"token {bearer} is not valid for this org"})
