# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.notification_async_request import NotificationAsyncRequest
from ...runtime.parsing import nested_error, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "delete_all_notifications"


def _get_kwargs(
    *,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["async"] = async_

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/notifications/all",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any | NotificationAsyncRequest | None:
    if response.status_code == 204 or not response.content.strip():
        return None
    _body = reply_json(response, None)
    response_200 = _body
    if isinstance(response_200, dict):
        try:
            response_200_type_0 = NotificationAsyncRequest.from_dict(response_200)

            response_200 = response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise nested_error("response_200", exc) from None

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[Any | NotificationAsyncRequest | None]:
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
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[Any | NotificationAsyncRequest | None]:
    """Delete all notifications

     Deletes every notification of the caller. With `async=true` the deletion runs in the background and
    the reply is its request status; send its `request_id` back to poll it.

    Args:
        async_ (bool | Unset): Run the work in the background and answer with the request's
            status.
        request_id (int | Unset): Id of an earlier background request, to ask for its status.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | NotificationAsyncRequest | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Any | NotificationAsyncRequest | None:
    """Delete all notifications

     Deletes every notification of the caller. With `async=true` the deletion runs in the background and
    the reply is its request status; send its `request_id` back to poll it.

    Args:
        async_ (bool | Unset): Run the work in the background and answer with the request's
            status.
        request_id (int | Unset): Id of an earlier background request, to ask for its status.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | NotificationAsyncRequest | None
    """

    kwargs = _get_kwargs(
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[Any | NotificationAsyncRequest | None]:
    """Delete all notifications

     Deletes every notification of the caller. With `async=true` the deletion runs in the background and
    the reply is its request status; send its `request_id` back to poll it.

    Args:
        async_ (bool | Unset): Run the work in the background and answer with the request's
            status.
        request_id (int | Unset): Id of an earlier background request, to ask for its status.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | NotificationAsyncRequest | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    async_: bool | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Any | NotificationAsyncRequest | None:
    """Delete all notifications

     Deletes every notification of the caller. With `async=true` the deletion runs in the background and
    the reply is its request status; send its `request_id` back to poll it.

    Args:
        async_ (bool | Unset): Run the work in the background and answer with the request's
            status.
        request_id (int | Unset): Id of an earlier background request, to ask for its status.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | NotificationAsyncRequest | None
    """

    kwargs = _get_kwargs(
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
