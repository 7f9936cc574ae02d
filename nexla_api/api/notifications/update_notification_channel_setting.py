# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.notification_channel_setting import NotificationChannelSetting
from ...models.notification_channel_setting_update import (
    NotificationChannelSettingUpdate,
)
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "update_notification_channel_setting"


def _get_kwargs(
    notification_channel_setting_id: int,
    *,
    body: NotificationChannelSettingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/notification_channel_settings/{notification_channel_setting_id}".format(
            notification_channel_setting_id=quote(
                str(notification_channel_setting_id), safe=""
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationChannelSetting:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = NotificationChannelSetting.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[NotificationChannelSetting]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    notification_channel_setting_id: int,
    *,
    client: ApiClient,
    body: NotificationChannelSettingUpdate,
) -> Response[NotificationChannelSetting]:
    """Update a notification channel setting

     Changes the channel or configuration of a channel setting.

    Args:
        notification_channel_setting_id (int): Id of the channel setting.
        body (NotificationChannelSettingUpdate): Fields to change on a channel setting; absent
            fields are left alone.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[NotificationChannelSetting]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        notification_channel_setting_id=notification_channel_setting_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    notification_channel_setting_id: int,
    *,
    client: ApiClient,
    body: NotificationChannelSettingUpdate,
) -> NotificationChannelSetting:
    """Update a notification channel setting

     Changes the channel or configuration of a channel setting.

    Args:
        notification_channel_setting_id (int): Id of the channel setting.
        body (NotificationChannelSettingUpdate): Fields to change on a channel setting; absent
            fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        NotificationChannelSetting
    """

    kwargs = _get_kwargs(
        notification_channel_setting_id=notification_channel_setting_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    notification_channel_setting_id: int,
    *,
    client: ApiClient,
    body: NotificationChannelSettingUpdate,
) -> Response[NotificationChannelSetting]:
    """Update a notification channel setting

     Changes the channel or configuration of a channel setting.

    Args:
        notification_channel_setting_id (int): Id of the channel setting.
        body (NotificationChannelSettingUpdate): Fields to change on a channel setting; absent
            fields are left alone.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[NotificationChannelSetting]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        notification_channel_setting_id=notification_channel_setting_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    notification_channel_setting_id: int,
    *,
    client: ApiClient,
    body: NotificationChannelSettingUpdate,
) -> NotificationChannelSetting:
    """Update a notification channel setting

     Changes the channel or configuration of a channel setting.

    Args:
        notification_channel_setting_id (int): Id of the channel setting.
        body (NotificationChannelSettingUpdate): Fields to change on a channel setting; absent
            fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        NotificationChannelSetting
    """

    kwargs = _get_kwargs(
        notification_channel_setting_id=notification_channel_setting_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
