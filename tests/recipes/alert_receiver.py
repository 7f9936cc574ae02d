"""A loopback HTTP server standing in for a Slack incoming webhook: records every POST."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    url: str
    posts: list[dict[str, Any]] = field(default_factory=list)
    status: int = 200


@contextmanager
def alert_receiver(status: int = 200) -> Iterator[Receiver]:
    receiver = Receiver(url="")
    receiver.status = status

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server naming
            length = int(self.headers.get("Content-Length") or 0)
            receiver.posts.append(
                {"path": self.path, "json": json.loads(self.rfile.read(length) or b"null")}
            )
            self.send_response(receiver.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/services/T0/B0/secret-token"
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
