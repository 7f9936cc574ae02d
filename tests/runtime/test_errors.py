"""Every error class from its status, with body, request id and a one-line summary."""

from __future__ import annotations

import httpx
import pytest

from nexla_api import (
    AuthenticationError,
    AuthorizationError,
    ConflictError,
    NexlaError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from nexla_api.runtime.errors import error_from_response, parse_retry_after, raise_for_status


def _reply(
    status: int,
    *,
    json: object = None,
    text: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    request = httpx.Request("GET", "https://nexla.test/nexla-api/data_sources/5?api_key=k")
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    return httpx.Response(status, json=json, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, AuthorizationError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (302, NexlaError),
        (418, NexlaError),
    ],
)
def test_every_error_class_from_its_status_with_summary(status: int, cls: type[NexlaError]) -> None:
    response = _reply(status, json={"message": "it failed"}, headers={"x-request-id": "req-7"})
    error = error_from_response(response)
    assert type(error) is cls
    assert isinstance(error, NexlaError)
    assert (error.status, error.method, error.path) == (status, "GET", "/nexla-api/data_sources/5")
    assert error.request_id == "req-7"
    assert error.body == {"message": "it failed"}
    assert error.summary() == (
        f"{cls.__name__}: {status} GET /nexla-api/data_sources/5: it failed (request req-7)"
    )
    assert str(error) == error.summary()
    assert "\n" not in error.summary()
    with pytest.raises(cls):
        raise_for_status(response)


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_success_statuses_do_not_raise(status: int) -> None:
    raise_for_status(_reply(status, json={}))


def test_error_key_is_used_when_message_is_missing() -> None:
    error = error_from_response(_reply(409, json={"error": "flow is active"}))
    assert error.message == "flow is active"


def test_non_json_body_becomes_raw_text() -> None:
    error = error_from_response(_reply(502, text="<html>Bad gateway</html>"))
    assert error.body == {"raw_text": "<html>Bad gateway</html>"}
    assert error.message == "<html>Bad gateway</html>"


def test_empty_body_falls_back_to_reason_phrase() -> None:
    error = error_from_response(_reply(404, text=""))
    assert error.body is None
    assert error.summary() == "NotFoundError: 404 GET /nexla-api/data_sources/5: Not Found"


def test_multiline_message_is_one_line_in_summary() -> None:
    error = error_from_response(_reply(500, json={"message": "a\nb\n" + "x" * 500}))
    assert "\n" not in error.summary()
    assert len(error.summary()) < 400


def test_rate_limit_error_carries_retry_after_from_header_or_body() -> None:
    from_header = error_from_response(_reply(429, json={}, headers={"Retry-After": "30"}))
    assert isinstance(from_header, RateLimitError)
    assert from_header.retry_after == 30.0
    assert "retry after 30s" in from_header.summary()
    from_body = error_from_response(_reply(429, json={"retry_after": 12}))
    assert isinstance(from_body, RateLimitError)
    assert from_body.retry_after == 12.0


def test_validation_error_exposes_field_errors() -> None:
    body = {"message": "invalid", "errors": [{"field": "name", "message": "required"}]}
    error = error_from_response(_reply(422, json=body))
    assert isinstance(error, ValidationError)
    assert error.field_errors == [{"field": "name", "message": "required"}]


def test_path_never_includes_the_query_string() -> None:
    error = error_from_response(_reply(404, json={}))
    assert "api_key" not in str(error) and "api_key" not in repr(error)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7.0),
        ("1.5", 1.5),
        ("-3", None),  # unusable: back off instead of retrying at once
        ("", None),
        (None, None),
        ("soon", None),
        ("inf", None),
        ("Fri, 15 Jan 2027 08:00:10 GMT", 10.0),
        ("Fri, 15 Jan 2027 07:59:00 GMT", 0.0),
    ],
)
def test_parse_retry_after_seconds_and_http_dates(
    value: str | None, expected: float | None
) -> None:
    now = 1_800_000_000.0  # Fri, 15 Jan 2027 08:00:00 GMT
    assert parse_retry_after(value, now=now) == expected


def test_summary_of_an_error_without_status_has_one_separator() -> None:
    from nexla_api.runtime.errors import ConfigurationError

    assert ConfigurationError("set NEXLA_SERVICE_KEY").summary() == (
        "ConfigurationError: set NEXLA_SERVICE_KEY"
    )
