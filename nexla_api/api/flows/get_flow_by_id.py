# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_response import FlowResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_flow_by_id"


def _get_kwargs(
    flow_id: int,
    *,
    flows_only: int | Unset = UNSET,
    include_run_metrics: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flows_only"] = flows_only

    params["include_run_metrics"] = include_run_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/{flow_id}".format(
            flow_id=quote(str(flow_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowResponse]:
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
    flows_only: int | Unset = UNSET,
    include_run_metrics: int | Unset = UNSET,
) -> Response[FlowResponse]:
    """Get a flow

     One flow, addressed by the id of any of its nodes.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.
        include_run_metrics (int | Unset): Send `1` to add per-run metrics (`metrics`) to the
            reply.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        flows_only=flows_only,
        include_run_metrics=include_run_metrics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    flow_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
    include_run_metrics: int | Unset = UNSET,
) -> FlowResponse:
    """Get a flow

     One flow, addressed by the id of any of its nodes.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.
        include_run_metrics (int | Unset): Send `1` to add per-run metrics (`metrics`) to the
            reply.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowResponse
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        flows_only=flows_only,
        include_run_metrics=include_run_metrics,
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
    flows_only: int | Unset = UNSET,
    include_run_metrics: int | Unset = UNSET,
) -> Response[FlowResponse]:
    """Get a flow

     One flow, addressed by the id of any of its nodes.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.
        include_run_metrics (int | Unset): Send `1` to add per-run metrics (`metrics`) to the
            reply.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        flows_only=flows_only,
        include_run_metrics=include_run_metrics,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    flow_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
    include_run_metrics: int | Unset = UNSET,
) -> FlowResponse:
    """Get a flow

     One flow, addressed by the id of any of its nodes.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.
        include_run_metrics (int | Unset): Send `1` to add per-run metrics (`metrics`) to the
            reply.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowResponse
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        flows_only=flows_only,
        include_run_metrics=include_run_metrics,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
