# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.accessor_entry import AccessorEntry
from ...models.accessors_request import AccessorsRequest
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "add_flow_accessors_deprecated"


def _get_kwargs(
    data_flow_id: int,
    *,
    body: AccessorsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/data_flows/{data_flow_id}/accessors".format(
            data_flow_id=quote(str(data_flow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[AccessorEntry]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [AccessorEntry.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[AccessorEntry]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    data_flow_id: int,
    *,
    client: ApiClient,
    body: AccessorsRequest,
) -> Response[list[AccessorEntry]]:
    """Grant access to a flow (deprecated path)

     Adds the given accessors to the flow, or changes their roles; accessors not named keep what they
    have.

    Args:
        data_flow_id (int): Id of a flow node, on the older /data_flows paths (the same id
            /flows/{flow_id} takes).
        body (AccessorsRequest): Accessors to add, set or remove.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[AccessorEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_flow_id=data_flow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    data_flow_id: int,
    *,
    client: ApiClient,
    body: AccessorsRequest,
) -> list[AccessorEntry]:
    """Grant access to a flow (deprecated path)

     Adds the given accessors to the flow, or changes their roles; accessors not named keep what they
    have.

    Args:
        data_flow_id (int): Id of a flow node, on the older /data_flows paths (the same id
            /flows/{flow_id} takes).
        body (AccessorsRequest): Accessors to add, set or remove.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[AccessorEntry]
    """

    kwargs = _get_kwargs(
        data_flow_id=data_flow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    data_flow_id: int,
    *,
    client: ApiClient,
    body: AccessorsRequest,
) -> Response[list[AccessorEntry]]:
    """Grant access to a flow (deprecated path)

     Adds the given accessors to the flow, or changes their roles; accessors not named keep what they
    have.

    Args:
        data_flow_id (int): Id of a flow node, on the older /data_flows paths (the same id
            /flows/{flow_id} takes).
        body (AccessorsRequest): Accessors to add, set or remove.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[AccessorEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_flow_id=data_flow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    data_flow_id: int,
    *,
    client: ApiClient,
    body: AccessorsRequest,
) -> list[AccessorEntry]:
    """Grant access to a flow (deprecated path)

     Adds the given accessors to the flow, or changes their roles; accessors not named keep what they
    have.

    Args:
        data_flow_id (int): Id of a flow node, on the older /data_flows paths (the same id
            /flows/{flow_id} takes).
        body (AccessorsRequest): Accessors to add, set or remove.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[AccessorEntry]
    """

    kwargs = _get_kwargs(
        data_flow_id=data_flow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
