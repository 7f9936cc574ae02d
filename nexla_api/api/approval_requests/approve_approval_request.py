# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.approval_request import ApprovalRequest
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "approve_approval_request"


def _get_kwargs(
    request_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/approval_requests/{request_id}/approve".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ApprovalRequest:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = ApprovalRequest.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[ApprovalRequest]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    request_id: int,
    *,
    client: ApiClient,
) -> Response[ApprovalRequest]:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ApprovalRequest]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    request_id: int,
    *,
    client: ApiClient,
) -> ApprovalRequest:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ApprovalRequest
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    request_id: int,
    *,
    client: ApiClient,
) -> Response[ApprovalRequest]:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ApprovalRequest]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    request_id: int,
    *,
    client: ApiClient,
) -> ApprovalRequest:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ApprovalRequest
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
