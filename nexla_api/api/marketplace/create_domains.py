from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketplace_domain import MarketplaceDomain
from ...models.marketplace_domain_create import MarketplaceDomainCreate
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    *,
    body: MarketplaceDomainCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/domains",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[MarketplaceDomain] | MarketplaceDomain | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> Any | list[MarketplaceDomain] | MarketplaceDomain:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = MarketplaceDomain.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = MarketplaceDomain.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[MarketplaceDomain] | MarketplaceDomain, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainCreate,
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[Any | list[MarketplaceDomain] | MarketplaceDomain]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainCreate,
) -> Any | list[MarketplaceDomain] | MarketplaceDomain:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Any | list[MarketplaceDomain] | MarketplaceDomain
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "Any | list[MarketplaceDomain] | MarketplaceDomain",
            _parse_response(client=client, response=response),
        )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainCreate,
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[Any | list[MarketplaceDomain] | MarketplaceDomain]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MarketplaceDomainCreate,
) -> Any | list[MarketplaceDomain] | MarketplaceDomain:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Any | list[MarketplaceDomain] | MarketplaceDomain
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast(
            "Any | list[MarketplaceDomain] | MarketplaceDomain",
            _parse_response(client=client, response=response),
        )
