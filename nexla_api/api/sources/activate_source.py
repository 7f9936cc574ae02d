# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.data_source import DataSource
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "activate_source"


def _get_kwargs(
    source_id: int,
    *,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params["full_tree"] = full_tree

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/data_sources/{source_id}/activate".format(
            source_id=quote(str(source_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DataSource:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = DataSource.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[DataSource]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    source_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
) -> Response[DataSource]:
    """Activate a source

     Starts the source: it begins reading on its schedule and feeds its nexsets. To start a whole flow
    (the source and everything downstream) use `flow_activate_with_flow_id` with `all=1`.

    Args:
        source_id (int): Id of the source.
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DataSource]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        all_=all_,
        full_tree=full_tree,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    source_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
) -> DataSource:
    """Activate a source

     Starts the source: it begins reading on its schedule and feeds its nexsets. To start a whole flow
    (the source and everything downstream) use `flow_activate_with_flow_id` with `all=1`.

    Args:
        source_id (int): Id of the source.
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DataSource
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        all_=all_,
        full_tree=full_tree,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    source_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
) -> Response[DataSource]:
    """Activate a source

     Starts the source: it begins reading on its schedule and feeds its nexsets. To start a whole flow
    (the source and everything downstream) use `flow_activate_with_flow_id` with `all=1`.

    Args:
        source_id (int): Id of the source.
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DataSource]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        all_=all_,
        full_tree=full_tree,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    source_id: int,
    *,
    client: ApiClient,
    all_: int | Unset = UNSET,
    full_tree: int | Unset = UNSET,
) -> DataSource:
    """Activate a source

     Starts the source: it begins reading on its schedule and feeds its nexsets. To start a whole flow
    (the source and everything downstream) use `flow_activate_with_flow_id` with `all=1`.

    Args:
        source_id (int): Id of the source.
        all_ (int | Unset): Send `1` to act on the whole flow tree rather than the given node and
            its descendants.
        full_tree (int | Unset): Send `1` to act on the full tree; same effect as `all`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DataSource
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        all_=all_,
        full_tree=full_tree,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
