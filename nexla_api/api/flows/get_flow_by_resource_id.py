# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_resource_type import FlowResourceType
from ...models.flow_response import FlowResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_flow_by_resource_id"


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    flows_only: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flows_only"] = flows_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{resource_type}/{resource_id}/flow".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
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
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
) -> Response[FlowResponse]:
    """Get the flow of a resource

     The flow a source, nexset or destination belongs to; the usual way to find the flow id of a resource
    just created.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        flows_only=flows_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
) -> FlowResponse:
    """Get the flow of a resource

     The flow a source, nexset or destination belongs to; the usual way to find the flow id of a resource
    just created.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.

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
        resource_type=resource_type,
        resource_id=resource_id,
        flows_only=flows_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
) -> Response[FlowResponse]:
    """Get the flow of a resource

     The flow a source, nexset or destination belongs to; the usual way to find the flow id of a resource
    just created.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        flows_only=flows_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    flows_only: int | Unset = UNSET,
) -> FlowResponse:
    """Get the flow of a resource

     The flow a source, nexset or destination belongs to; the usual way to find the flow id of a resource
    just created.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        flows_only (int | Unset): Send `1` to get only the node trees, without the element arrays.

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
        resource_type=resource_type,
        resource_id=resource_id,
        flows_only=flows_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
