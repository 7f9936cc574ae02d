"""For every operation, the request the generated function builds is valid against the spec,
and the function parses an example of the documented success reply."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import types
import typing
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

from generator.spec import Operation, bundle, iter_operations, resolve
from nexla_api import NO_RETRIES, NexlaClient
from nexla_api.runtime.auth import NexlaAuth
from tests.support.examples import example

_DOC = bundle()
_OPERATIONS = iter_operations(_DOC)
_API = OpenAPI.from_dict(_DOC)


def _python_name(signature: inspect.Signature, name: str) -> str:
    for candidate in (name, f"{name}_"):
        if candidate in signature.parameters:
            return candidate
    raise AssertionError(f"generated function has no argument for parameter {name!r}")


def _classes(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [c for arg in typing.get_args(annotation) for c in _classes(arg)]
    return [annotation]


def _coerce(annotation: Any, value: Any) -> Any:
    for cls in _classes(annotation):
        if cls in (datetime.date, datetime.datetime) and isinstance(value, str):
            return cls.fromisoformat(value)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            return cls(value)
        if hasattr(cls, "from_dict") and isinstance(value, dict):
            return cls.from_dict(value)
    for cls in _classes(annotation):
        if typing.get_origin(cls) is list and isinstance(value, list):
            (item,) = typing.get_args(cls)
            return [_coerce(item, v) for v in value]
    return value


def _security_headers(op: Operation) -> tuple[dict[str, str], dict[str, str]]:
    requirements = op.op.get("security", _DOC.get("security", []))
    schemes = {name for requirement in requirements for name in requirement}
    if "serviceKeyBasic" in schemes:
        return {"Authorization": "Basic example-service-key"}, {}
    if "webhookApiKey" in schemes:
        return {}, {"api_key": "example-webhook-key"}
    return {"Authorization": "Bearer example-token"}, {}


class _DocumentedCredentials(NexlaAuth):
    """Leaves the request's credentials as the operation documents them (set as headers)."""

    def current_token(self) -> str | None:
        return None

    def clear(self) -> None:
        return None


def _success(op: Operation) -> tuple[int, Any]:
    for code, response in op.op["responses"].items():
        if str(code).startswith("2"):
            response = resolve(_DOC, response)
            for media in (response.get("content") or {}).values():
                return int(code), example(_DOC, media["schema"])
            return int(code), None
    raise AssertionError("no success response")


@pytest.mark.parametrize("op", _OPERATIONS, ids=[o.operation_id for o in _OPERATIONS])
def test_generated_request_validates_and_reply_parses(op: Operation) -> None:
    module = importlib.import_module(f"nexla_api.api.{op.op['tags'][0]}.{op.operation_id}")
    function = module.sync
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in op.parameters(_DOC):
        value = example(_DOC, param["schema"], name=param["name"])
        python = _python_name(signature, param["name"])
        value = _coerce(hints[python], value)
        if param["in"] == "path":
            args.append((list(signature.parameters).index(python), value))
        else:
            kwargs[python] = value
    body = op.op.get("requestBody")
    if body:
        schema = resolve(_DOC, body)["content"]["application/json"]["schema"]
        kwargs["body"] = _coerce(hints["body"], example(_DOC, schema))
    headers, query = _security_headers(op)
    status, reply = _success(op)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        content = b"" if reply is None else json.dumps(reply).encode()
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    base = (op.op.get("servers") or _DOC["servers"])[0]["url"]
    client = NexlaClient(
        base_url=base,
        headers=headers,
        transport=httpx.MockTransport(handler),
        httpx_args={"params": query},
        retry=NO_RETRIES,
        env={},
        _auth=_DocumentedCredentials(),
    )
    result = function(*[v for _, v in sorted(args)], client=client, **kwargs)

    (request,) = sent
    url = request.url
    mock = MockRequest(
        host_url=f"{url.scheme}://{url.host}",
        method=request.method.lower(),
        path=url.path,
        args=dict(url.params),
        headers=dict(request.headers),
        data=request.content or None,
        content_type=request.headers.get("content-type", "application/json"),
    )
    _API.validate_request(mock)
    if reply is not None:
        assert result is not None
