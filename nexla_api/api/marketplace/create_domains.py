# generated from spec/ by generator — do not edit
from typing import Any, cast

import httpx

from ...client import ApiClient
from ...models.marketplace_domain import MarketplaceDomain
from ...models.marketplace_domain_create import MarketplaceDomainCreate
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "create_domains"


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
    response: httpx.Response,
) -> Any | list[MarketplaceDomain] | MarketplaceDomain:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, None)

    def _parse_response_200(
        data: object,
    ) -> Any | list[MarketplaceDomain] | MarketplaceDomain:
        try:
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_0 = [MarketplaceDomain.from_dict(item) for item in data]

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

    response_200 = _parse_response_200(_body)

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
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
    body: MarketplaceDomainCreate,
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | list[MarketplaceDomain] | MarketplaceDomain]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
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
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | list[MarketplaceDomain] | MarketplaceDomain
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: MarketplaceDomainCreate,
) -> Response[Any | list[MarketplaceDomain] | MarketplaceDomain]:
    """Create a marketplace domain

     Creates a marketplace domain, optionally under a parent domain and with its first custodians.

    Args:
        body (MarketplaceDomainCreate): A new marketplace domain.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | list[MarketplaceDomain] | MarketplaceDomain]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
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
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | list[MarketplaceDomain] | MarketplaceDomain
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
