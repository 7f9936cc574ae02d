# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.signup_request import SignupRequest
from ...runtime.parsing import parse_detailed
from ...types import Response, status_of

_OPERATION = "self_sign_up"


def _get_kwargs(
    *,
    body: SignupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    return None


def _build_response(response: httpx.Response) -> Response[None]:
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
    body: SignupRequest,
) -> Response[None]:
    """Sign up

     Asks for a new Nexla account. Public: no access token is needed. Nexla emails a verification link;
    an administrator may still have to approve the request.

    Args:
        body (SignupRequest): A request for a new account.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    body: SignupRequest,
) -> None:
    """Sign up

     Asks for a new Nexla account. Public: no access token is needed. Nexla emails a verification link;
    an administrator may still have to approve the request.

    Args:
        body (SignupRequest): A request for a new account.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: SignupRequest,
) -> Response[None]:
    """Sign up

     Asks for a new Nexla account. Public: no access token is needed. Nexla emails a verification link;
    an administrator may still have to approve the request.

    Args:
        body (SignupRequest): A request for a new account.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    body: SignupRequest,
) -> None:
    """Sign up

     Asks for a new Nexla account. Public: no access token is needed. Nexla emails a verification link;
    an administrator may still have to approve the request.

    Args:
        body (SignupRequest): A request for a new account.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
