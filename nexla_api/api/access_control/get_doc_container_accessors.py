from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accessor_entry import AccessorEntry
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    doc_container_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/doc_containers/{doc_container_id}/accessors".format(
            doc_container_id=quote(str(doc_container_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[AccessorEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccessorEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AccessorEntry]]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    doc_container_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[AccessorEntry]]:
    """List accessors of a document

     The users, teams and orgs granted roles on the document.

    Args:
        doc_container_id (int): Id of the document (doc container).

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[list[AccessorEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        doc_container_id=doc_container_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    doc_container_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[AccessorEntry]:
    """List accessors of a document

     The users, teams and orgs granted roles on the document.

    Args:
        doc_container_id (int): Id of the document (doc container).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        list[AccessorEntry]
    """

    kwargs = _get_kwargs(
        doc_container_id=doc_container_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "list[AccessorEntry]", _parse_response(client=client, response=response)
        )


async def asyncio_detailed(
    doc_container_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[AccessorEntry]]:
    """List accessors of a document

     The users, teams and orgs granted roles on the document.

    Args:
        doc_container_id (int): Id of the document (doc container).

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[list[AccessorEntry]]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        doc_container_id=doc_container_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    doc_container_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[AccessorEntry]:
    """List accessors of a document

     The users, teams and orgs granted roles on the document.

    Args:
        doc_container_id (int): Id of the document (doc container).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        list[AccessorEntry]
    """

    kwargs = _get_kwargs(
        doc_container_id=doc_container_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "list[AccessorEntry]", _parse_response(client=client, response=response)
        )
