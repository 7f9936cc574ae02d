"""The compiled fast path only ever accepts what openapi-core accepts, parsed the same way.

Each case is judged by both: whenever the fast path accepts, openapi-core must find no error
and the same parameters; whenever openapi-core finds an error, the fast path must decline.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_core.datatypes import RequestParameters
from starlette.datastructures import Headers, ImmutableMultiDict, QueryParams

from nexla_sandbox.fastcheck import FastCheck
from nexla_sandbox.spec import Operation, SandboxSpec, load_spec

SPEC: SandboxSpec = load_spec()
FAST = FastCheck(SPEC.doc)
OPS = SPEC.by_id()

# Texts openapi-core casts differently from a naive int()/bool()/date parse.
TRICKY = [
    "",
    "0",
    "1",
    "-3",
    "+5",
    " 7",
    "1.0",
    "1_000",
    "\u0663",
    "99999999999999999999",
    "true",
    "false",
    "True",
    "yes",
    "2026-01-31",
    "2026-02-30",
    "2026-1-5",
    "20260105",
    "admin",
    "owner",
    "ADMIN",
    "data_sources",
    "x" * 300,
]
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=12))


class _Request:
    def __init__(
        self, op: Operation, path: str, query: list[tuple[str, str]], body: bytes, ctype: str
    ) -> None:
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers({"authorization": "Bearer t"}),
            cookie=ImmutableMultiDict(),
        )
        self.host_url = "http://127.0.0.1:1"
        self.path = path
        self.method = op.method
        self.body = body or None
        self.content_type = ctype


def _judge(
    oid: str,
    path_params: dict[str, str],
    query: list[tuple[str, str]],
    body: bytes = b"",
    ctype: str = "application/json",
) -> None:
    op = OPS[oid]
    url = op.path
    for name, value in path_params.items():
        url = url.replace("{" + name + "}", value)
    fast = FAST.request(op, path_params, QueryParams(query), ctype, body)
    try:
        slow = SPEC.openapi.unmarshal_request(_Request(op, url, query, body, ctype))
    except ValueError:  # openapi-core cannot parse the URL (the app answers 500)
        assert fast is None
        return
    if slow.errors:
        assert fast is None, f"fast path accepted what openapi-core refused: {slow.errors}"
    if fast is not None:
        assert not slow.errors
        assert fast.path == dict(slow.parameters.path)
        assert fast.query == dict(slow.parameters.query)


@settings(max_examples=150, deadline=None)
@given(page=texts, per_page=texts, role=texts, extra=texts)
def test_listing_parameters(page: str, per_page: str, role: str, extra: str) -> None:
    _judge(
        "get_data_sources",
        {},
        [("page", page), ("per_page", per_page), ("access_role", role), ("other", extra)],
    )


@settings(max_examples=150, deadline=None)
@given(
    kind=texts,
    rid=texts,
    start=texts,
    end=st.none() | texts,
    aggregate=st.none() | texts,
)
def test_path_enum_integer_and_date_parameters(
    kind: str, rid: str, start: str, end: str | None, aggregate: str | None
) -> None:
    query = [("from", start)]
    if end is not None:
        query.append(("to", end))
    if aggregate is not None:
        query.append(("aggregate", aggregate))
    _judge("get_resource_metrics_daily", {"resource_type": kind, "resource_id": rid}, query)


@settings(max_examples=100, deadline=None)
@given(cid=texts, flag=texts)
def test_boolean_parameters(cid: str, flag: str) -> None:
    op = OPS["data_credential_probe"]
    names = [p.get("name") for p in op.op.get("parameters", []) if isinstance(p, dict)]
    query = [(str(name), flag) for name in names if name]
    _judge("data_credential_probe", {"credential_id": cid}, query)


def test_repeated_and_missing_parameters_are_left_to_openapi_core() -> None:
    op = OPS["get_data_sources"]
    assert FAST.request(op, {}, QueryParams([("page", "1"), ("page", "2")]), "", b"") is None
    metrics = OPS["get_resource_metrics_daily"]
    path = {"resource_type": "data_sources", "resource_id": "4"}
    assert FAST.request(metrics, path, QueryParams([]), "", b"") is None  # `from` is required


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(
    name=st.none() | json_values,
    source_type=st.sampled_from(["s3", "gcs", "nope", 3]),
    config=json_values,
    extra=st.dictionaries(
        st.sampled_from(["description", "tags", "data_credentials_id"]), json_values
    ),
)
def test_request_bodies(name: Any, source_type: Any, config: Any, extra: dict[str, Any]) -> None:
    import json

    body: dict[str, Any] = {"source_type": source_type, "source_config": config, **extra}
    if name is not None:
        body["name"] = name
    _judge("create_data_source", {}, [], json.dumps(body).encode())


@pytest.mark.parametrize(
    ("body", "ctype"),
    [(b"{not json", "application/json"), (b'{"name": "a"}', "text/plain"), (b"", "")],
)
def test_unusual_bodies_are_left_to_openapi_core(body: bytes, ctype: str) -> None:
    assert FAST.request(OPS["create_data_source"], {}, QueryParams([]), ctype, body) is None


def test_valid_requests_take_the_fast_path_with_openapi_cores_parsing() -> None:
    import datetime

    metrics = OPS["get_resource_metrics_daily"]
    parsed = FAST.request(
        metrics,
        {"resource_type": "data_sources", "resource_id": "12"},
        QueryParams([("from", "2026-01-31"), ("aggregate", "1"), ("unknown", "x")]),
        "",
        b"",
    )
    assert parsed is not None
    assert parsed.path == {"resource_type": "data_sources", "resource_id": 12}
    assert parsed.query == {"from": datetime.date(2026, 1, 31), "aggregate": 1}
    body = b'{"name": "s", "source_type": "s3", "source_config": {}}'
    assert FAST.request(OPS["create_data_source"], {}, QueryParams([]), "application/json", body)
    _judge(
        "get_resource_metrics_daily",
        {"resource_type": "data_sources", "resource_id": "12"},
        [("from", "2026-01-31")],
    )
