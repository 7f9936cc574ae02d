"""A cap on request body size for the whole sandbox (413 above it).

A declared `Content-Length` over the cap is refused before any of the body is read; a
chunked body is counted as it arrives and refused as soon as it passes the cap, so an
oversized upload never sits in memory.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError

#: Nexla's own request bodies are small JSON documents; 10 MiB leaves room for big ones.
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body too large (the sandbox accepts up to {limit} bytes)")


class BodyLimit:
    """ASGI middleware: 413 for bodies over `max_bytes`, 400 for a malformed Content-Length."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if declared:
            text = declared[0].decode("latin-1").strip()
            if len(declared) > 1 or not text.isdigit():
                await _reply(send, 400, "Malformed Content-Length header")
                return
            if int(text) > self.max_bytes:
                await _reply(send, 413, BodyTooLarge(self.max_bytes).detail)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, limited, send)


async def read_body(request: Request) -> bytes:
    """The request body; an oversized one becomes the API's 413 error reply."""
    try:
        return await request.body()
    except BodyTooLarge as exc:
        raise ApiError(413, exc.detail) from None


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"message": message, "status": status}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
