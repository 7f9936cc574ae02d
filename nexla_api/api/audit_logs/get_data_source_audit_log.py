# generated from spec/ by generator — do not edit
import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.audit_log_entry import AuditLogEntry
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_data_source_audit_log"


def _get_kwargs(
    source_id: int,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    event_filter: str | Unset = UNSET,
    change_filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["event_filter"] = event_filter

    params["change_filter"] = change_filter

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_sources/{source_id}/audit_log".format(
            source_id=quote(str(source_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[AuditLogEntry]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [AuditLogEntry.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[AuditLogEntry]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    source_id: int,
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    event_filter: str | Unset = UNSET,
    change_filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[list[AuditLogEntry]]:
    """Audit log of a source

     Who changed the source, when, and what changed. Filter by day range, event and changed attribute.

    Args:
        source_id (int): Id of the source.
        from_ (datetime.date | Unset): Only changes on or after this day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Only changes on or before this day, `YYYY-MM-DD`.
        event_filter (str | Unset): Only entries of this event, for example `create`, `update` or
            `delete`.
        change_filter (str | Unset): Only entries that changed this attribute.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[AuditLogEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        from_=from_,
        to=to,
        event_filter=event_filter,
        change_filter=change_filter,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    source_id: int,
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    event_filter: str | Unset = UNSET,
    change_filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> list[AuditLogEntry]:
    """Audit log of a source

     Who changed the source, when, and what changed. Filter by day range, event and changed attribute.

    Args:
        source_id (int): Id of the source.
        from_ (datetime.date | Unset): Only changes on or after this day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Only changes on or before this day, `YYYY-MM-DD`.
        event_filter (str | Unset): Only entries of this event, for example `create`, `update` or
            `delete`.
        change_filter (str | Unset): Only entries that changed this attribute.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[AuditLogEntry]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        from_=from_,
        to=to,
        event_filter=event_filter,
        change_filter=change_filter,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    source_id: int,
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    event_filter: str | Unset = UNSET,
    change_filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[list[AuditLogEntry]]:
    """Audit log of a source

     Who changed the source, when, and what changed. Filter by day range, event and changed attribute.

    Args:
        source_id (int): Id of the source.
        from_ (datetime.date | Unset): Only changes on or after this day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Only changes on or before this day, `YYYY-MM-DD`.
        event_filter (str | Unset): Only entries of this event, for example `create`, `update` or
            `delete`.
        change_filter (str | Unset): Only entries that changed this attribute.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[AuditLogEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        from_=from_,
        to=to,
        event_filter=event_filter,
        change_filter=change_filter,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    source_id: int,
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    event_filter: str | Unset = UNSET,
    change_filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> list[AuditLogEntry]:
    """Audit log of a source

     Who changed the source, when, and what changed. Filter by day range, event and changed attribute.

    Args:
        source_id (int): Id of the source.
        from_ (datetime.date | Unset): Only changes on or after this day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Only changes on or before this day, `YYYY-MM-DD`.
        event_filter (str | Unset): Only entries of this event, for example `create`, `update` or
            `delete`.
        change_filter (str | Unset): Only entries that changed this attribute.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[AuditLogEntry]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        from_=from_,
        to=to,
        event_filter=event_filter,
        change_filter=change_filter,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
