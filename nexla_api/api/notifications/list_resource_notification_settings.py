# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.notification_resource_type import NotificationResourceType
from ...models.notification_setting import NotificationSetting
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_resource_notification_settings"


def _get_kwargs(
    resource_type: NotificationResourceType,
    resource_id: int,
    *,
    expand: bool | Unset = UNSET,
    filter_overridden_settings: bool | Unset = UNSET,
    notification_type_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params["filter_overridden_settings"] = filter_overridden_settings

    params["notification_type_id"] = notification_type_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings/{resource_type}/{resource_id}".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
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
    resource_type: NotificationResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
    filter_overridden_settings: bool | Unset = UNSET,
    notification_type_id: int | Unset = UNSET,
) -> Response[list[NotificationSetting]]:
    """List a resource's notification settings

     The notification settings that apply to one org, user, flow, source, nexset or destination.

    Args:
        resource_type (NotificationResourceType): A kind of resource notifications are about.
        resource_id (int): Id of the resource (org, user, flow, source, nexset or destination, as
            resource_type says).
        expand (bool | Unset): Send true for the expanded form of each setting.
        filter_overridden_settings (bool | Unset): Send true to leave out settings that are
            overridden.
        notification_type_id (int | Unset): Only settings for this notification type.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        expand=expand,
        filter_overridden_settings=filter_overridden_settings,
        notification_type_id=notification_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    resource_type: NotificationResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
    filter_overridden_settings: bool | Unset = UNSET,
    notification_type_id: int | Unset = UNSET,
) -> list[NotificationSetting]:
    """List a resource's notification settings

     The notification settings that apply to one org, user, flow, source, nexset or destination.

    Args:
        resource_type (NotificationResourceType): A kind of resource notifications are about.
        resource_id (int): Id of the resource (org, user, flow, source, nexset or destination, as
            resource_type says).
        expand (bool | Unset): Send true for the expanded form of each setting.
        filter_overridden_settings (bool | Unset): Send true to leave out settings that are
            overridden.
        notification_type_id (int | Unset): Only settings for this notification type.

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
        resource_type=resource_type,
        resource_id=resource_id,
        expand=expand,
        filter_overridden_settings=filter_overridden_settings,
        notification_type_id=notification_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    resource_type: NotificationResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
    filter_overridden_settings: bool | Unset = UNSET,
    notification_type_id: int | Unset = UNSET,
) -> Response[list[NotificationSetting]]:
    """List a resource's notification settings

     The notification settings that apply to one org, user, flow, source, nexset or destination.

    Args:
        resource_type (NotificationResourceType): A kind of resource notifications are about.
        resource_id (int): Id of the resource (org, user, flow, source, nexset or destination, as
            resource_type says).
        expand (bool | Unset): Send true for the expanded form of each setting.
        filter_overridden_settings (bool | Unset): Send true to leave out settings that are
            overridden.
        notification_type_id (int | Unset): Only settings for this notification type.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[NotificationSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        expand=expand,
        filter_overridden_settings=filter_overridden_settings,
        notification_type_id=notification_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    resource_type: NotificationResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    expand: bool | Unset = UNSET,
    filter_overridden_settings: bool | Unset = UNSET,
    notification_type_id: int | Unset = UNSET,
) -> list[NotificationSetting]:
    """List a resource's notification settings

     The notification settings that apply to one org, user, flow, source, nexset or destination.

    Args:
        resource_type (NotificationResourceType): A kind of resource notifications are about.
        resource_id (int): Id of the resource (org, user, flow, source, nexset or destination, as
            resource_type says).
        expand (bool | Unset): Send true for the expanded form of each setting.
        filter_overridden_settings (bool | Unset): Send true to leave out settings that are
            overridden.
        notification_type_id (int | Unset): Only settings for this notification type.

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
        resource_type=resource_type,
        resource_id=resource_id,
        expand=expand,
        filter_overridden_settings=filter_overridden_settings,
        notification_type_id=notification_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
