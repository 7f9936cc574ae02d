# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.quarantine_settings import QuarantineSettings
from ...models.quarantine_settings_update import QuarantineSettingsUpdate
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "update_user_quarantine_data_export_settings"


def _get_kwargs(
    user_id: int,
    *,
    body: QuarantineSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/quarantine_settings".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> QuarantineSettings:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = QuarantineSettings.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[QuarantineSettings]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    user_id: int,
    *,
    client: ApiClient,
    body: QuarantineSettingsUpdate,
) -> Response[QuarantineSettings]:
    """Update a user's quarantine export settings

     Changes the credential, path or schedule of the user's quarantine export.

    Args:
        user_id (int): Id of the user.
        body (QuarantineSettingsUpdate): Fields to change on a quarantine export setup; absent
            fields are left alone.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[QuarantineSettings]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    user_id: int,
    *,
    client: ApiClient,
    body: QuarantineSettingsUpdate,
) -> QuarantineSettings:
    """Update a user's quarantine export settings

     Changes the credential, path or schedule of the user's quarantine export.

    Args:
        user_id (int): Id of the user.
        body (QuarantineSettingsUpdate): Fields to change on a quarantine export setup; absent
            fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        QuarantineSettings
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    user_id: int,
    *,
    client: ApiClient,
    body: QuarantineSettingsUpdate,
) -> Response[QuarantineSettings]:
    """Update a user's quarantine export settings

     Changes the credential, path or schedule of the user's quarantine export.

    Args:
        user_id (int): Id of the user.
        body (QuarantineSettingsUpdate): Fields to change on a quarantine export setup; absent
            fields are left alone.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[QuarantineSettings]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    user_id: int,
    *,
    client: ApiClient,
    body: QuarantineSettingsUpdate,
) -> QuarantineSettings:
    """Update a user's quarantine export settings

     Changes the credential, path or schedule of the user's quarantine export.

    Args:
        user_id (int): Id of the user.
        body (QuarantineSettingsUpdate): Fields to change on a quarantine export setup; absent
            fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        QuarantineSettings
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
