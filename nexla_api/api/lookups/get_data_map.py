# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.lookup import Lookup
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_data_map"


def _get_kwargs(
    data_map_id: int,
    *,
    expand: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_maps/{data_map_id}".format(
            data_map_id=quote(str(data_map_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Lookup:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = Lookup.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[Lookup]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    data_map_id: int,
    *,
    client: ApiClient,
    expand: int | Unset = UNSET,
) -> Response[Lookup]:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Lookup]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    data_map_id: int,
    *,
    client: ApiClient,
    expand: int | Unset = UNSET,
) -> Lookup:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Lookup
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    data_map_id: int,
    *,
    client: ApiClient,
    expand: int | Unset = UNSET,
) -> Response[Lookup]:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Lookup]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    data_map_id: int,
    *,
    client: ApiClient,
    expand: int | Unset = UNSET,
) -> Lookup:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Lookup
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
