from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_metrics_summary import FlowMetricsSummary
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowMetricsSummary | None:
    if response.status_code == 200:
        response_200 = FlowMetricsSummary.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowMetricsSummary]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    period: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FlowMetricsSummary]:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowMetricsSummary]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    period: str,
    *,
    client: AuthenticatedClient | Client,
) -> FlowMetricsSummary:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowMetricsSummary
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "FlowMetricsSummary", _parse_response(client=client, response=response)
        )


async def asyncio_detailed(
    period: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FlowMetricsSummary]:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowMetricsSummary]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    period: str,
    *,
    client: AuthenticatedClient | Client,
) -> FlowMetricsSummary:
    """Summary of flow metrics for a period

     Counters of the caller's flows summed over a period such as `daily` or `total`.

    Args:
        period (str): The summary period, for example `daily` or `total`.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowMetricsSummary
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "FlowMetricsSummary", _parse_response(client=client, response=response)
        )
