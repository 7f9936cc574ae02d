# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.auth_setting import AuthSetting
from ...models.auth_setting_update import AuthSettingUpdate
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "update_org_auth_setting"


def _get_kwargs(
    org_id: int,
    auth_setting_id: int,
    *,
    body: AuthSettingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/orgs/{org_id}/auth_settings/{auth_setting_id}".format(
            org_id=quote(str(org_id), safe=""),
            auth_setting_id=quote(str(auth_setting_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AuthSetting:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = AuthSetting.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[AuthSetting]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    org_id: int,
    auth_setting_id: int,
    *,
    client: ApiClient,
    body: AuthSettingUpdate,
) -> Response[AuthSetting]:
    """Turn an organisation's auth setting on or off

     Enables or disables one authentication configuration for an organisation.

    Args:
        org_id (int): Id of the org.
        auth_setting_id (int): Id of the organisation's auth setting.
        body (AuthSettingUpdate): Turns an organisation's auth setting on or off.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[AuthSetting]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        auth_setting_id=auth_setting_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    org_id: int,
    auth_setting_id: int,
    *,
    client: ApiClient,
    body: AuthSettingUpdate,
) -> AuthSetting:
    """Turn an organisation's auth setting on or off

     Enables or disables one authentication configuration for an organisation.

    Args:
        org_id (int): Id of the org.
        auth_setting_id (int): Id of the organisation's auth setting.
        body (AuthSettingUpdate): Turns an organisation's auth setting on or off.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        AuthSetting
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        auth_setting_id=auth_setting_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    org_id: int,
    auth_setting_id: int,
    *,
    client: ApiClient,
    body: AuthSettingUpdate,
) -> Response[AuthSetting]:
    """Turn an organisation's auth setting on or off

     Enables or disables one authentication configuration for an organisation.

    Args:
        org_id (int): Id of the org.
        auth_setting_id (int): Id of the organisation's auth setting.
        body (AuthSettingUpdate): Turns an organisation's auth setting on or off.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[AuthSetting]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        auth_setting_id=auth_setting_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    org_id: int,
    auth_setting_id: int,
    *,
    client: ApiClient,
    body: AuthSettingUpdate,
) -> AuthSetting:
    """Turn an organisation's auth setting on or off

     Enables or disables one authentication configuration for an organisation.

    Args:
        org_id (int): Id of the org.
        auth_setting_id (int): Id of the organisation's auth setting.
        body (AuthSettingUpdate): Turns an organisation's auth setting on or off.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        AuthSetting
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        auth_setting_id=auth_setting_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
