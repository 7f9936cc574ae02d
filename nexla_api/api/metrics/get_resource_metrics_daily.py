import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.daily_metrics_response import DailyMetricsResponse
from ...models.flow_resource_type import FlowResourceType
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["aggregate"] = aggregate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{resource_type}/{resource_id}/metrics".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DailyMetricsResponse | None:
    if response.status_code == 200:
        response_200 = DailyMetricsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DailyMetricsResponse]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> Response[DailyMetricsResponse]:
    """Daily metrics of a resource

     Records, bytes and errors a source, nexset or destination processed, one entry per day between
    `from` and `to`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int):
        from_ (datetime.date):
        to (datetime.date | Unset):
        aggregate (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyMetricsResponse]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> DailyMetricsResponse:
    """Daily metrics of a resource

     Records, bytes and errors a source, nexset or destination processed, one entry per day between
    `from` and `to`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int):
        from_ (datetime.date):
        to (datetime.date | Unset):
        aggregate (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "DailyMetricsResponse", _parse_response(client=client, response=response)
        )


async def asyncio_detailed(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> Response[DailyMetricsResponse]:
    """Daily metrics of a resource

     Records, bytes and errors a source, nexset or destination processed, one entry per day between
    `from` and `to`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int):
        from_ (datetime.date):
        to (datetime.date | Unset):
        aggregate (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyMetricsResponse]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> DailyMetricsResponse:
    """Daily metrics of a resource

     Records, bytes and errors a source, nexset or destination processed, one entry per day between
    `from` and `to`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int):
        from_ (datetime.date):
        to (datetime.date | Unset):
        aggregate (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "DailyMetricsResponse", _parse_response(client=client, response=response)
        )
