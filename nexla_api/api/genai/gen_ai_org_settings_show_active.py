# generated from spec/ by generator — do not edit
from typing import Any

import httpx

from ...client import ApiClient
from ...models.active_gen_ai_config import ActiveGenAiConfig
from ...models.gen_ai_usage import GenAiUsage
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, status_of

_OPERATION = "gen_ai_org_settings_show_active"


def _get_kwargs(
    *,
    gen_ai_usage: GenAiUsage,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_gen_ai_usage = gen_ai_usage.value
    params["gen_ai_usage"] = json_gen_ai_usage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gen_ai_org_settings/active_config",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActiveGenAiConfig:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = ActiveGenAiConfig.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[ActiveGenAiConfig]:
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
    gen_ai_usage: GenAiUsage,
) -> Response[ActiveGenAiConfig]:
    """Show the active GenAI config for a usage

     Which config the org currently uses for the given usage.

    Args:
        gen_ai_usage (GenAiUsage): What a GenAI config is used for.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ActiveGenAiConfig]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        gen_ai_usage=gen_ai_usage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    gen_ai_usage: GenAiUsage,
) -> ActiveGenAiConfig:
    """Show the active GenAI config for a usage

     Which config the org currently uses for the given usage.

    Args:
        gen_ai_usage (GenAiUsage): What a GenAI config is used for.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ActiveGenAiConfig
    """

    kwargs = _get_kwargs(
        gen_ai_usage=gen_ai_usage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    gen_ai_usage: GenAiUsage,
) -> Response[ActiveGenAiConfig]:
    """Show the active GenAI config for a usage

     Which config the org currently uses for the given usage.

    Args:
        gen_ai_usage (GenAiUsage): What a GenAI config is used for.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ActiveGenAiConfig]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        gen_ai_usage=gen_ai_usage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    gen_ai_usage: GenAiUsage,
) -> ActiveGenAiConfig:
    """Show the active GenAI config for a usage

     Which config the org currently uses for the given usage.

    Args:
        gen_ai_usage (GenAiUsage): What a GenAI config is used for.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ActiveGenAiConfig
    """

    kwargs = _get_kwargs(
        gen_ai_usage=gen_ai_usage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
