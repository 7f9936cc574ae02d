from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_request import ApprovalRequest
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApprovalRequest | None:
    if response.status_code == 200:
        response_200 = ApprovalRequest.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApprovalRequest]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApprovalRequest]:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[ApprovalRequest]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApprovalRequest:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        ApprovalRequest
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "ApprovalRequest", _parse_response(client=client, response=response)
        )


async def asyncio_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApprovalRequest]:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[ApprovalRequest]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApprovalRequest:
    """Approve a request

     Grants a pending approval request. Takes no body.

    Args:
        request_id (int): Id of the approval request.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        ApprovalRequest
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "ApprovalRequest", _parse_response(client=client, response=response)
        )
