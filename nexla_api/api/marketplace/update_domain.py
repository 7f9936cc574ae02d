from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketplace_domain import MarketplaceDomain
from ...models.marketplace_domain_update import MarketplaceDomainUpdate
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    domain_id: int,
    *,
    body: MarketplaceDomainUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/marketplace/domains/{domain_id}".format(
            domain_id=quote(str(domain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceDomain | None:
    if response.status_code == 200:
        response_200 = MarketplaceDomain.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketplaceDomain]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    domain_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainUpdate,
) -> Response[MarketplaceDomain]:
    """Update a marketplace domain

     Changes the given fields of a marketplace domain.

    Args:
        domain_id (int):
        body (MarketplaceDomainUpdate): Fields to change on a marketplace domain; absent fields
            are left alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceDomain]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainUpdate,
) -> MarketplaceDomain:
    """Update a marketplace domain

     Changes the given fields of a marketplace domain.

    Args:
        domain_id (int):
        body (MarketplaceDomainUpdate): Fields to change on a marketplace domain; absent fields
            are left alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceDomain
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "MarketplaceDomain", _parse_response(client=client, response=response)
        )


async def asyncio_detailed(
    domain_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainUpdate,
) -> Response[MarketplaceDomain]:
    """Update a marketplace domain

     Changes the given fields of a marketplace domain.

    Args:
        domain_id (int):
        body (MarketplaceDomainUpdate): Fields to change on a marketplace domain; absent fields
            are left alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceDomain]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainUpdate,
) -> MarketplaceDomain:
    """Update a marketplace domain

     Changes the given fields of a marketplace domain.

    Args:
        domain_id (int):
        body (MarketplaceDomainUpdate): Fields to change on a marketplace domain; absent fields
            are left alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceDomain
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "MarketplaceDomain", _parse_response(client=client, response=response)
        )
