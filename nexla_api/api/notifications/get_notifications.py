# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.notification import Notification
from ...models.notification_level import NotificationLevel
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_notifications"


def _get_kwargs(
    *,
    read: int | Unset = UNSET,
    level: NotificationLevel | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["read"] = read

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    params["from"] = from_

    params["to"] = to

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Notification]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [Notification.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[Notification]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: ApiClient,
    read: int | Unset = UNSET,
    level: NotificationLevel | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[list[Notification]]:
    """List notifications

     One page of the caller's notifications, optionally only read or unread ones, one level, or a time
    window.

    Args:
        read (int | Unset): Send `1` for read notifications only, `0` for unread ones only.
        level (NotificationLevel | Unset): Severity of a notification.
        from_ (int | Unset): Only notifications created at or after this time (Unix seconds).
        to (int | Unset): Only notifications created before this time (Unix seconds).
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Notification]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        read=read,
        level=level,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    read: int | Unset = UNSET,
    level: NotificationLevel | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> list[Notification]:
    """List notifications

     One page of the caller's notifications, optionally only read or unread ones, one level, or a time
    window.

    Args:
        read (int | Unset): Send `1` for read notifications only, `0` for unread ones only.
        level (NotificationLevel | Unset): Severity of a notification.
        from_ (int | Unset): Only notifications created at or after this time (Unix seconds).
        to (int | Unset): Only notifications created before this time (Unix seconds).
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
        list[Notification]
    """

    kwargs = _get_kwargs(
        read=read,
        level=level,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    read: int | Unset = UNSET,
    level: NotificationLevel | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[list[Notification]]:
    """List notifications

     One page of the caller's notifications, optionally only read or unread ones, one level, or a time
    window.

    Args:
        read (int | Unset): Send `1` for read notifications only, `0` for unread ones only.
        level (NotificationLevel | Unset): Severity of a notification.
        from_ (int | Unset): Only notifications created at or after this time (Unix seconds).
        to (int | Unset): Only notifications created before this time (Unix seconds).
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Notification]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        read=read,
        level=level,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    read: int | Unset = UNSET,
    level: NotificationLevel | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> list[Notification]:
    """List notifications

     One page of the caller's notifications, optionally only read or unread ones, one level, or a time
    window.

    Args:
        read (int | Unset): Send `1` for read notifications only, `0` for unread ones only.
        level (NotificationLevel | Unset): Severity of a notification.
        from_ (int | Unset): Only notifications created at or after this time (Unix seconds).
        to (int | Unset): Only notifications created before this time (Unix seconds).
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
        list[Notification]
    """

    kwargs = _get_kwargs(
        read=read,
        level=level,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
