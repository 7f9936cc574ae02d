# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.notification_event_type import NotificationEventType
from ...models.notification_resource_type import NotificationResourceType
from ...models.notification_setting import NotificationSetting
from ...models.notification_setting_status import NotificationSettingStatus
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_notification_settings"


def _get_kwargs(
    *,
    event_type: NotificationEventType | Unset = UNSET,
    resource_type: NotificationResourceType | Unset = UNSET,
    status: NotificationSettingStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type.value

    params["resource_type"] = json_resource_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[NotificationSetting]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [NotificationSetting.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[NotificationSetting]]:
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
    event_type: NotificationEventType | Unset = UNSET,
    resource_type: NotificationResourceType | Unset = UNSET,
    status: NotificationSettingStatus | Unset = UNSET,
) -> Response[list[NotificationSetting]]:
    """List notification settings

     The caller's notification settings (which events are delivered on which channel), optionally
    filtered.

    Args:
        event_type (NotificationEventType | Unset): An event Nexla can notify about.
        resource_type (NotificationResourceType | Unset): A kind of resource notifications are
            about.
        status (NotificationSettingStatus | Unset): Whether a notification setting delivers.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    event_type: NotificationEventType | Unset = UNSET,
    resource_type: NotificationResourceType | Unset = UNSET,
    status: NotificationSettingStatus | Unset = UNSET,
) -> list[NotificationSetting]:
    """List notification settings

     The caller's notification settings (which events are delivered on which channel), optionally
    filtered.

    Args:
        event_type (NotificationEventType | Unset): An event Nexla can notify about.
        resource_type (NotificationResourceType | Unset): A kind of resource notifications are
            about.
        status (NotificationSettingStatus | Unset): Whether a notification setting delivers.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[NotificationSetting]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    event_type: NotificationEventType | Unset = UNSET,
    resource_type: NotificationResourceType | Unset = UNSET,
    status: NotificationSettingStatus | Unset = UNSET,
) -> Response[list[NotificationSetting]]:
    """List notification settings

     The caller's notification settings (which events are delivered on which channel), optionally
    filtered.

    Args:
        event_type (NotificationEventType | Unset): An event Nexla can notify about.
        resource_type (NotificationResourceType | Unset): A kind of resource notifications are
            about.
        status (NotificationSettingStatus | Unset): Whether a notification setting delivers.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    event_type: NotificationEventType | Unset = UNSET,
    resource_type: NotificationResourceType | Unset = UNSET,
    status: NotificationSettingStatus | Unset = UNSET,
) -> list[NotificationSetting]:
    """List notification settings

     The caller's notification settings (which events are delivered on which channel), optionally
    filtered.

    Args:
        event_type (NotificationEventType | Unset): An event Nexla can notify about.
        resource_type (NotificationResourceType | Unset): A kind of resource notifications are
            about.
        status (NotificationSettingStatus | Unset): Whether a notification setting delivers.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[NotificationSetting]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        resource_type=resource_type,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
