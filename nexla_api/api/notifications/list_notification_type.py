# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.notification_event_type import NotificationEventType
from ...models.notification_resource_type import NotificationResourceType
from ...models.notification_type import NotificationType
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, status_of

_OPERATION = "list_notification_type"


def _get_kwargs(
    *,
    event_type: NotificationEventType,
    resource_type: NotificationResourceType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type = event_type.value
    params["event_type"] = json_event_type

    json_resource_type = resource_type.value
    params["resource_type"] = json_resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_types/list",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationType:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = NotificationType.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[NotificationType]:
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
    event_type: NotificationEventType,
    resource_type: NotificationResourceType,
) -> Response[NotificationType]:
    """Find a notification type

     The notification type for one event on one kind of resource.

    Args:
        event_type (NotificationEventType): An event Nexla can notify about.
        resource_type (NotificationResourceType): A kind of resource notifications are about.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[NotificationType]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    event_type: NotificationEventType,
    resource_type: NotificationResourceType,
) -> NotificationType:
    """Find a notification type

     The notification type for one event on one kind of resource.

    Args:
        event_type (NotificationEventType): An event Nexla can notify about.
        resource_type (NotificationResourceType): A kind of resource notifications are about.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        NotificationType
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    event_type: NotificationEventType,
    resource_type: NotificationResourceType,
) -> Response[NotificationType]:
    """Find a notification type

     The notification type for one event on one kind of resource.

    Args:
        event_type (NotificationEventType): An event Nexla can notify about.
        resource_type (NotificationResourceType): A kind of resource notifications are about.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[NotificationType]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    event_type: NotificationEventType,
    resource_type: NotificationResourceType,
) -> NotificationType:
    """Find a notification type

     The notification type for one event on one kind of resource.

    Args:
        event_type (NotificationEventType): An event Nexla can notify about.
        resource_type (NotificationResourceType): A kind of resource notifications are about.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        NotificationType
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
