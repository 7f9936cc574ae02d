# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.probe_tree_request import ProbeTreeRequest
from ...models.probe_tree_result import ProbeTreeResult
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "preview_storage_structure"


def _get_kwargs(
    credential_id: int,
    *,
    body: ProbeTreeRequest,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["async"] = async_

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data_credentials/{credential_id}/probe/tree".format(
            credential_id=quote(str(credential_id), safe=""),
        ),
        "params": params or None,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProbeTreeResult:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = ProbeTreeResult.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[ProbeTreeResult]:
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
    body: ProbeTreeRequest,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[ProbeTreeResult]:
    """Browse what a credential can reach

     Lists the folders and files (file stores) or databases, tables and columns (databases) the
    credential gives access to, down to `depth` levels below `path` or `database`/`table`. With
    `async=true` the listing runs in the background; fetch it later by sending the returned `request_id`
    back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the probe in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background probe whose outcome to fetch.
        body (ProbeTreeRequest): Where to browse and how deep. File stores take `path`; databases
            take `database` and optionally `table`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ProbeTreeResult]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
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
    body: ProbeTreeRequest,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> ProbeTreeResult:
    """Browse what a credential can reach

     Lists the folders and files (file stores) or databases, tables and columns (databases) the
    credential gives access to, down to `depth` levels below `path` or `database`/`table`. With
    `async=true` the listing runs in the background; fetch it later by sending the returned `request_id`
    back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the probe in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background probe whose outcome to fetch.
        body (ProbeTreeRequest): Where to browse and how deep. File stores take `path`; databases
            take `database` and optionally `table`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ProbeTreeResult
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
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
    body: ProbeTreeRequest,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[ProbeTreeResult]:
    """Browse what a credential can reach

     Lists the folders and files (file stores) or databases, tables and columns (databases) the
    credential gives access to, down to `depth` levels below `path` or `database`/`table`. With
    `async=true` the listing runs in the background; fetch it later by sending the returned `request_id`
    back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the probe in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background probe whose outcome to fetch.
        body (ProbeTreeRequest): Where to browse and how deep. File stores take `path`; databases
            take `database` and optionally `table`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ProbeTreeResult]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    credential_id: int,
    *,
    client: ApiClient,
    body: ProbeTreeRequest,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> ProbeTreeResult:
    """Browse what a credential can reach

     Lists the folders and files (file stores) or databases, tables and columns (databases) the
    credential gives access to, down to `depth` levels below `path` or `database`/`table`. With
    `async=true` the listing runs in the background; fetch it later by sending the returned `request_id`
    back.

    Args:
        credential_id (int): Id of the credential.
        async_ (bool | Unset): Run the probe in the background instead of waiting for it.
        request_id (int | Unset): Id of an earlier background probe whose outcome to fetch.
        body (ProbeTreeRequest): Where to browse and how deep. File stores take `path`; databases
            take `database` and optionally `table`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ProbeTreeResult
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
