# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.probe_result import ProbeResult
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "data_credential_probe"


def _get_kwargs(
    credential_id: int,
    *,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["async"] = async_

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_credentials/{credential_id}/probe".format(
            credential_id=quote(str(credential_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ProbeResult:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = ProbeResult.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[ProbeResult]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    credential_id: int,
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[ProbeResult]:
    """Test a credential

     Asks Nexla to connect with the credential and reports whether it works. With `async=true` the check
    runs in the background; poll it by sending the returned `request_id` back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the check in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background check whose outcome to fetch.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ProbeResult]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    credential_id: int,
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> ProbeResult:
    """Test a credential

     Asks Nexla to connect with the credential and reports whether it works. With `async=true` the check
    runs in the background; poll it by sending the returned `request_id` back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the check in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background check whose outcome to fetch.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ProbeResult
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    credential_id: int,
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[ProbeResult]:
    """Test a credential

     Asks Nexla to connect with the credential and reports whether it works. With `async=true` the check
    runs in the background; poll it by sending the returned `request_id` back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the check in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background check whose outcome to fetch.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ProbeResult]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    credential_id: int,
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> ProbeResult:
    """Test a credential

     Asks Nexla to connect with the credential and reports whether it works. With `async=true` the check
    runs in the background; poll it by sending the returned `request_id` back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the check in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background check whose outcome to fetch.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ProbeResult
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
