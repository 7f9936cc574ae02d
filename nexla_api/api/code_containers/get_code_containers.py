# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.access_role import AccessRole
from ...models.code_container import CodeContainer
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_code_containers"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    access_role: AccessRole | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_access_role: str | Unset = UNSET
    if not isinstance(access_role, Unset):
        json_access_role = access_role.value

    params["access_role"] = json_access_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/code_containers",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[CodeContainer]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [CodeContainer.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[CodeContainer]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    access_role: AccessRole | Unset = UNSET,
) -> Response[list[CodeContainer]]:
    """List code containers

     One page of the code containers the caller can see.

    Args:
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.
        access_role (AccessRole | Unset): A role on a resource, strongest first: owner > admin >
            operator > collaborator.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[CodeContainer]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        access_role=access_role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    access_role: AccessRole | Unset = UNSET,
) -> list[CodeContainer]:
    """List code containers

     One page of the code containers the caller can see.

    Args:
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.
        access_role (AccessRole | Unset): A role on a resource, strongest first: owner > admin >
            operator > collaborator.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[CodeContainer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        access_role=access_role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    access_role: AccessRole | Unset = UNSET,
) -> Response[list[CodeContainer]]:
    """List code containers

     One page of the code containers the caller can see.

    Args:
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.
        access_role (AccessRole | Unset): A role on a resource, strongest first: owner > admin >
            operator > collaborator.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[CodeContainer]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        access_role=access_role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    access_role: AccessRole | Unset = UNSET,
) -> list[CodeContainer]:
    """List code containers

     One page of the code containers the caller can see.

    Args:
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.
        access_role (AccessRole | Unset): A role on a resource, strongest first: owner > admin >
            operator > collaborator.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[CodeContainer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        access_role=access_role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
