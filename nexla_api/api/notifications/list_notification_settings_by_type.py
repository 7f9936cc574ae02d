# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.notification_setting_type_view import NotificationSettingTypeView
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_notification_settings_by_type"


def _get_kwargs(
    notification_type_id: int,
    *,
    expand: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings/notification_types/{notification_type_id}".format(
            notification_type_id=quote(str(notification_type_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[NotificationSettingTypeView]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [NotificationSettingTypeView.from_dict(item) for item in _body]

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[list[NotificationSettingTypeView]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    notification_type_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
) -> Response[list[NotificationSettingTypeView]]:
    """List notification settings for a notification type

     The settings that subscribe to one notification type, each joined with the type's and the resource's
    details.

    Args:
        notification_type_id (int): Id of the notification type.
        expand (bool | Unset): Send true for the expanded form of each setting.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSettingTypeView]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        notification_type_id=notification_type_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    notification_type_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
) -> list[NotificationSettingTypeView]:
    """List notification settings for a notification type

     The settings that subscribe to one notification type, each joined with the type's and the resource's
    details.

    Args:
        notification_type_id (int): Id of the notification type.
        expand (bool | Unset): Send true for the expanded form of each setting.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[NotificationSettingTypeView]
    """

    kwargs = _get_kwargs(
        notification_type_id=notification_type_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    notification_type_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
) -> Response[list[NotificationSettingTypeView]]:
    """List notification settings for a notification type

     The settings that subscribe to one notification type, each joined with the type's and the resource's
    details.

    Args:
        notification_type_id (int): Id of the notification type.
        expand (bool | Unset): Send true for the expanded form of each setting.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSettingTypeView]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        notification_type_id=notification_type_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    notification_type_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
) -> list[NotificationSettingTypeView]:
    """List notification settings for a notification type

     The settings that subscribe to one notification type, each joined with the type's and the resource's
    details.

    Args:
        notification_type_id (int): Id of the notification type.
        expand (bool | Unset): Send true for the expanded form of each setting.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[NotificationSettingTypeView]
    """

    kwargs = _get_kwargs(
        notification_type_id=notification_type_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
