# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.gen_ai_org_setting import GenAiOrgSetting
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_gen_ai_org_settings"


def _get_kwargs(
    *,
    org_id: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params["all"] = all_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gen_ai_org_settings",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[GenAiOrgSetting]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [GenAiOrgSetting.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[GenAiOrgSetting]]:
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
    org_id: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[list[GenAiOrgSetting]]:
    """List GenAI config bindings

     Which config the org uses for each usage. With `all=true` bindings of every org the caller
    administers are listed.

    Args:
        org_id (int | Unset): The org whose bindings to list (the caller's when left out).
        all_ (bool | Unset): List the bindings of every org the caller can see.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[GenAiOrgSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> list[GenAiOrgSetting]:
    """List GenAI config bindings

     Which config the org uses for each usage. With `all=true` bindings of every org the caller
    administers are listed.

    Args:
        org_id (int | Unset): The org whose bindings to list (the caller's when left out).
        all_ (bool | Unset): List the bindings of every org the caller can see.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[GenAiOrgSetting]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[list[GenAiOrgSetting]]:
    """List GenAI config bindings

     Which config the org uses for each usage. With `all=true` bindings of every org the caller
    administers are listed.

    Args:
        org_id (int | Unset): The org whose bindings to list (the caller's when left out).
        all_ (bool | Unset): List the bindings of every org the caller can see.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[GenAiOrgSetting]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> list[GenAiOrgSetting]:
    """List GenAI config bindings

     Which config the org uses for each usage. With `all=true` bindings of every org the caller
    administers are listed.

    Args:
        org_id (int | Unset): The org whose bindings to list (the caller's when left out).
        all_ (bool | Unset): List the bindings of every org the caller can see.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[GenAiOrgSetting]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
