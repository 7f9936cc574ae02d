# generated from spec/ by generator — do not edit
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_async_request import FlowAsyncRequest
from ...models.flow_response import FlowResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "flow_pause_with_flow_id"


def _get_kwargs(
    flow_id: int,
    *,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
    async_: int | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params["full_tree"] = full_tree

    params["async"] = async_

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/flows/{flow_id}/pause".format(
            flow_id=quote(str(flow_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any | FlowAsyncRequest | FlowResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, None)

    def _parse_response_200(data: object) -> Any | FlowAsyncRequest | FlowResponse:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = FlowResponse.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = FlowAsyncRequest.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | FlowAsyncRequest | FlowResponse, data)

    response_200 = _parse_response_200(_body)

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[Any | FlowAsyncRequest | FlowResponse]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    flow_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
    async_: int | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[Any | FlowAsyncRequest | FlowResponse]:
    """Pause a flow

     Stops the flow at the given node (the whole tree with `all=1`). With `async=1` Nexla queues the
    pause and answers with the status of that request instead of the flow.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.
        async_ (int | Unset): Send `1` to pause in the background and get a request status back.
        request_id (int | Unset): Id of an earlier asynchronous pause request, to ask for its
            status.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | FlowAsyncRequest | FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        all_=all_,
        full_tree=full_tree,
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    flow_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
    async_: int | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Any | FlowAsyncRequest | FlowResponse:
    """Pause a flow

     Stops the flow at the given node (the whole tree with `all=1`). With `async=1` Nexla queues the
    pause and answers with the status of that request instead of the flow.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.
        async_ (int | Unset): Send `1` to pause in the background and get a request status back.
        request_id (int | Unset): Id of an earlier asynchronous pause request, to ask for its
            status.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | FlowAsyncRequest | FlowResponse
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        all_=all_,
        full_tree=full_tree,
        async_=async_,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    flow_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
    async_: int | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Response[Any | FlowAsyncRequest | FlowResponse]:
    """Pause a flow

     Stops the flow at the given node (the whole tree with `all=1`). With `async=1` Nexla queues the
    pause and answers with the status of that request instead of the flow.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.
        async_ (int | Unset): Send `1` to pause in the background and get a request status back.
        request_id (int | Unset): Id of an earlier asynchronous pause request, to ask for its
            status.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | FlowAsyncRequest | FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        all_=all_,
        full_tree=full_tree,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    flow_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
    async_: int | Unset = UNSET,
    request_id: int | Unset = UNSET,
) -> Any | FlowAsyncRequest | FlowResponse:
    """Pause a flow

     Stops the flow at the given node (the whole tree with `all=1`). With `async=1` Nexla queues the
    pause and answers with the status of that request instead of the flow.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.
        async_ (int | Unset): Send `1` to pause in the background and get a request status back.
        request_id (int | Unset): Id of an earlier asynchronous pause request, to ask for its
            status.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | FlowAsyncRequest | FlowResponse
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        all_=all_,
        full_tree=full_tree,
        async_=async_,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
