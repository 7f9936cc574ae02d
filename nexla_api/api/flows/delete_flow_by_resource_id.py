# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.delete_response import DeleteResponse
from ...models.flow_resource_type import FlowResourceType
from ...runtime.parsing import parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "delete_flow_by_resource_id"


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{resource_type}/{resource_id}/flow".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeleteResponse | None:
    if response.status_code == 204 or not response.content.strip():
        return None
    _body = reply_json(response, dict)
    response_200 = DeleteResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[DeleteResponse | None]:
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
) -> Response[DeleteResponse | None]:
    """Delete the flow of a resource

     Deletes the flow the source, nexset or destination belongs to. Nexla refuses (405) while any
    resource in the flow is active, naming them.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DeleteResponse | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
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
) -> DeleteResponse | None:
    """Delete the flow of a resource

     Deletes the flow the source, nexset or destination belongs to. Nexla refuses (405) while any
    resource in the flow is active, naming them.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DeleteResponse | None
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
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
) -> Response[DeleteResponse | None]:
    """Delete the flow of a resource

     Deletes the flow the source, nexset or destination belongs to. Nexla refuses (405) while any
    resource in the flow is active, naming them.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DeleteResponse | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
) -> DeleteResponse | None:
    """Delete the flow of a resource

     Deletes the flow the source, nexset or destination belongs to. Nexla refuses (405) while any
    resource in the flow is active, naming them.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DeleteResponse | None
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
