# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.delete_response import DeleteResponse
from ...runtime.parsing import parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "delete_data_map_entries"


def _get_kwargs(
    data_map_id: int,
    entry_keys: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/data_maps/{data_map_id}/entries/{entry_keys}".format(
            data_map_id=quote(str(data_map_id), safe=""),
            entry_keys=quote(str(entry_keys), safe=""),
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
    data_map_id: int,
    entry_keys: str,
    *,
    client: ApiClient,
) -> Response[DeleteResponse | None]:
    """Delete lookup entries by key

     Removes the entries whose primary-key values are listed.

    Args:
        data_map_id (int): Id of the lookup (data map).
        entry_keys (str): One primary-key value, or several joined with commas (`k1,k2,k3`).
            Values that contain commas cannot be addressed this way.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DeleteResponse | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        entry_keys=entry_keys,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    data_map_id: int,
    entry_keys: str,
    *,
    client: ApiClient,
) -> DeleteResponse | None:
    """Delete lookup entries by key

     Removes the entries whose primary-key values are listed.

    Args:
        data_map_id (int): Id of the lookup (data map).
        entry_keys (str): One primary-key value, or several joined with commas (`k1,k2,k3`).
            Values that contain commas cannot be addressed this way.

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
        data_map_id=data_map_id,
        entry_keys=entry_keys,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    data_map_id: int,
    entry_keys: str,
    *,
    client: ApiClient,
) -> Response[DeleteResponse | None]:
    """Delete lookup entries by key

     Removes the entries whose primary-key values are listed.

    Args:
        data_map_id (int): Id of the lookup (data map).
        entry_keys (str): One primary-key value, or several joined with commas (`k1,k2,k3`).
            Values that contain commas cannot be addressed this way.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DeleteResponse | None]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        data_map_id=data_map_id,
        entry_keys=entry_keys,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    data_map_id: int,
    entry_keys: str,
    *,
    client: ApiClient,
) -> DeleteResponse | None:
    """Delete lookup entries by key

     Removes the entries whose primary-key values are listed.

    Args:
        data_map_id (int): Id of the lookup (data map).
        entry_keys (str): One primary-key value, or several joined with commas (`k1,k2,k3`).
            Values that contain commas cannot be addressed this way.

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
        data_map_id=data_map_id,
        entry_keys=entry_keys,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
