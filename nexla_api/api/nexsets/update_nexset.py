from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_set import DataSet
from ...models.data_set_update import DataSetUpdate
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    set_id: int,
    *,
    body: DataSetUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/data_sets/{set_id}".format(
            set_id=quote(str(set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSet | None:
    if response.status_code == 200:
        response_200 = DataSet.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataSet]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    set_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DataSetUpdate,
) -> Response[DataSet]:
    """Update a nexset

     Changes the given fields of a nexset, for example to switch it to another transform.

    Args:
        set_id (int): Id of the nexset.
        body (DataSetUpdate): Fields to change on a nexset; absent fields are left alone.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[DataSet]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    set_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DataSetUpdate,
) -> DataSet:
    """Update a nexset

     Changes the given fields of a nexset, for example to switch it to another transform.

    Args:
        set_id (int): Id of the nexset.
        body (DataSetUpdate): Fields to change on a nexset; absent fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        DataSet
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("DataSet", _parse_response(client=client, response=response))


async def asyncio_detailed(
    set_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DataSetUpdate,
) -> Response[DataSet]:
    """Update a nexset

     Changes the given fields of a nexset, for example to switch it to another transform.

    Args:
        set_id (int): Id of the nexset.
        body (DataSetUpdate): Fields to change on a nexset; absent fields are left alone.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[DataSet]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    set_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DataSetUpdate,
) -> DataSet:
    """Update a nexset

     Changes the given fields of a nexset, for example to switch it to another transform.

    Args:
        set_id (int): Id of the nexset.
        body (DataSetUpdate): Fields to change on a nexset; absent fields are left alone.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        DataSet
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("DataSet", _parse_response(client=client, response=response))
