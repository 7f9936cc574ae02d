from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup import Lookup
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import UNSET, Response, Unset


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
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Lookup | None:
    if response.status_code == 200:
        response_200 = Lookup.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Lookup]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    data_map_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: int | Unset = UNSET,
) -> Response[Lookup]:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[Lookup]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_map_id: int,
    *,
    client: AuthenticatedClient | Client,
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
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

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
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("Lookup", _parse_response(client=client, response=response))


async def asyncio_detailed(
    data_map_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: int | Unset = UNSET,
) -> Response[Lookup]:
    """Get a lookup

     One lookup; `expand=1` embeds related resources.

    Args:
        data_map_id (int): Id of the lookup (data map).
        expand (int | Unset): Send `1` to embed related resources (for example a source's
            nexsets).

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[Lookup]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_map_id: int,
    *,
    client: AuthenticatedClient | Client,
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
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Lookup
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("Lookup", _parse_response(client=client, response=response))
