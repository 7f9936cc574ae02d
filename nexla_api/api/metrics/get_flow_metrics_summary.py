# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_metrics_summary import FlowMetricsSummary
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "get_flow_metrics_summary"


def _get_kwargs(
    period: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_flows/metrics/{period}".format(
            period=quote(str(period), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowMetricsSummary:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowMetricsSummary.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowMetricsSummary]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    period: str,
    *,
    client: ApiClient,
) -> Response[FlowMetricsSummary]:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowMetricsSummary]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    period: str,
    *,
    client: ApiClient,
) -> FlowMetricsSummary:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowMetricsSummary
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    period: str,
    *,
    client: ApiClient,
) -> Response[FlowMetricsSummary]:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowMetricsSummary]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    period: str,
    *,
    client: ApiClient,
) -> FlowMetricsSummary:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowMetricsSummary
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
