# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.notifications_mark_unread_notification_id import (
    NotificationsMarkUnreadNotificationId,
)
from ...runtime.parsing import parse_detailed
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "notifications_mark_unread"


def _get_kwargs(
    *,
    body: list[int],
    notification_id: NotificationsMarkUnreadNotificationId | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_notification_id: str | Unset = UNSET
    if not isinstance(notification_id, Unset):
        json_notification_id = notification_id.value

    params["notification_id"] = json_notification_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/notifications/mark_unread",
        "params": params or None,
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    return None


def _build_response(response: httpx.Response) -> Response[None]:
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
    body: list[int],
    notification_id: NotificationsMarkUnreadNotificationId | Unset = UNSET,
) -> Response[None]:
    """Mark notifications unread

     Marks the notifications whose ids are in the body as unread. To mark every notification, send
    `notification_id=all` with an empty list.

    Args:
        notification_id (NotificationsMarkUnreadNotificationId | Unset): Send `all` to act on
            every notification of the caller instead of the listed ones.
        body (list[int]): Ids of notifications.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
        notification_id=notification_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    body: list[int],
    notification_id: NotificationsMarkUnreadNotificationId | Unset = UNSET,
) -> None:
    """Mark notifications unread

     Marks the notifications whose ids are in the body as unread. To mark every notification, send
    `notification_id=all` with an empty list.

    Args:
        notification_id (NotificationsMarkUnreadNotificationId | Unset): Send `all` to act on
            every notification of the caller instead of the listed ones.
        body (list[int]): Ids of notifications.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
        notification_id=notification_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: list[int],
    notification_id: NotificationsMarkUnreadNotificationId | Unset = UNSET,
) -> Response[None]:
    """Mark notifications unread

     Marks the notifications whose ids are in the body as unread. To mark every notification, send
    `notification_id=all` with an empty list.

    Args:
        notification_id (NotificationsMarkUnreadNotificationId | Unset): Send `all` to act on
            every notification of the caller instead of the listed ones.
        body (list[int]): Ids of notifications.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
        notification_id=notification_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    body: list[int],
    notification_id: NotificationsMarkUnreadNotificationId | Unset = UNSET,
) -> None:
    """Mark notifications unread

     Marks the notifications whose ids are in the body as unread. To mark every notification, send
    `notification_id=all` with an empty list.

    Args:
        notification_id (NotificationsMarkUnreadNotificationId | Unset): Send `all` to act on
            every notification of the caller instead of the listed ones.
        body (list[int]): Ids of notifications.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
        notification_id=notification_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
