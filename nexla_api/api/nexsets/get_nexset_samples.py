# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_nexset_samples"


def _get_kwargs(
    set_id: int,
    *,
    count: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["include_metadata"] = include_metadata

    params["live"] = live

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_sets/{set_id}/samples".format(
            set_id=quote(str(set_id), safe=""),
        ),
        "params": params or None,
    }

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
    set_id: int,
    *,
    client: ApiClient,
    count: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
) -> Response[list[Any]]:
    """Get sample records

     A few records of the nexset, to check its data and transform. With `include_metadata=true` each item
    is `{rawMessage, nexlaMetaData}` (the record and where it came from); otherwise each item is the
    bare record.

    Args:
        set_id (int): Id of the nexset.
        count (int | Unset): How many records to return (the official SDK asks for 10 by default).
        include_metadata (bool | Unset): Wrap each record with its Nexla metadata.
        live (bool | Unset): Read fresh records from the source instead of the stored samples.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Any]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        count=count,
        include_metadata=include_metadata,
        live=live,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    set_id: int,
    *,
    client: ApiClient,
    count: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
) -> list[Any]:
    """Get sample records

     A few records of the nexset, to check its data and transform. With `include_metadata=true` each item
    is `{rawMessage, nexlaMetaData}` (the record and where it came from); otherwise each item is the
    bare record.

    Args:
        set_id (int): Id of the nexset.
        count (int | Unset): How many records to return (the official SDK asks for 10 by default).
        include_metadata (bool | Unset): Wrap each record with its Nexla metadata.
        live (bool | Unset): Read fresh records from the source instead of the stored samples.

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
        set_id=set_id,
        count=count,
        include_metadata=include_metadata,
        live=live,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    set_id: int,
    *,
    client: ApiClient,
    count: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
) -> Response[list[Any]]:
    """Get sample records

     A few records of the nexset, to check its data and transform. With `include_metadata=true` each item
    is `{rawMessage, nexlaMetaData}` (the record and where it came from); otherwise each item is the
    bare record.

    Args:
        set_id (int): Id of the nexset.
        count (int | Unset): How many records to return (the official SDK asks for 10 by default).
        include_metadata (bool | Unset): Wrap each record with its Nexla metadata.
        live (bool | Unset): Read fresh records from the source instead of the stored samples.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[Any]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        set_id=set_id,
        count=count,
        include_metadata=include_metadata,
        live=live,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    set_id: int,
    *,
    client: ApiClient,
    count: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
) -> list[Any]:
    """Get sample records

     A few records of the nexset, to check its data and transform. With `include_metadata=true` each item
    is `{rawMessage, nexlaMetaData}` (the record and where it came from); otherwise each item is the
    bare record.

    Args:
        set_id (int): Id of the nexset.
        count (int | Unset): How many records to return (the official SDK asks for 10 by default).
        include_metadata (bool | Unset): Wrap each record with its Nexla metadata.
        live (bool | Unset): Read fresh records from the source instead of the stored samples.

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
        set_id=set_id,
        count=count,
        include_metadata=include_metadata,
        live=live,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
