# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.lookup_entries import LookupEntries
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "upsert_data_map_entries"


def _get_kwargs(
    data_map_id: int,
    *,
    body: LookupEntries,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/data_maps/{data_map_id}/entries".format(
            data_map_id=quote(str(data_map_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Any]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200: list[Any] = _body

    return response_200


def _build_response(response: httpx.Response) -> Response[list[Any]]:
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
    body: LookupEntries,
) -> Response[list[Any]]:
    """Add or replace lookup entries

     Writes entries into a static lookup. An entry whose primary-key value already exists replaces the
    stored one; the others are added.

    Args:
        data_map_id (int): Id of the lookup (data map).
        body (LookupEntries): Entries to add or replace in a static lookup.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Any]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    data_map_id: int,
    *,
    client: ApiClient,
    body: LookupEntries,
) -> list[Any]:
    """Add or replace lookup entries

     Writes entries into a static lookup. An entry whose primary-key value already exists replaces the
    stored one; the others are added.

    Args:
        data_map_id (int): Id of the lookup (data map).
        body (LookupEntries): Entries to add or replace in a static lookup.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[Any]
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        body=body,
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
    body: LookupEntries,
) -> Response[list[Any]]:
    """Add or replace lookup entries

     Writes entries into a static lookup. An entry whose primary-key value already exists replaces the
    stored one; the others are added.

    Args:
        data_map_id (int): Id of the lookup (data map).
        body (LookupEntries): Entries to add or replace in a static lookup.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Any]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    data_map_id: int,
    *,
    client: ApiClient,
    body: LookupEntries,
) -> list[Any]:
    """Add or replace lookup entries

     Writes entries into a static lookup. An entry whose primary-key value already exists replaces the
    stored one; the others are added.

    Args:
        data_map_id (int): Id of the lookup (data map).
        body (LookupEntries): Entries to add or replace in a static lookup.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[Any]
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
