# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.docs_recommendation import DocsRecommendation
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "flow_docs_recommendation"


def _get_kwargs(
    flow_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/{flow_id}/docs/recommendation".format(
            flow_id=quote(str(flow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DocsRecommendation:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = DocsRecommendation.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[DocsRecommendation]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    flow_id: int,
    *,
    client: ApiClient,
) -> Response[DocsRecommendation]:
    """Suggest flow documentation

     Asks the org's GenAI integration to draft documentation for the flow. Takes no body.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DocsRecommendation]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    flow_id: int,
    *,
    client: ApiClient,
) -> DocsRecommendation:
    """Suggest flow documentation

     Asks the org's GenAI integration to draft documentation for the flow. Takes no body.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DocsRecommendation
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    flow_id: int,
    *,
    client: ApiClient,
) -> Response[DocsRecommendation]:
    """Suggest flow documentation

     Asks the org's GenAI integration to draft documentation for the flow. Takes no body.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[DocsRecommendation]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    flow_id: int,
    *,
    client: ApiClient,
) -> DocsRecommendation:
    """Suggest flow documentation

     Asks the org's GenAI integration to draft documentation for the flow. Takes no body.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        DocsRecommendation
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
