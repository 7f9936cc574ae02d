# generated from spec/ by generator — do not edit
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.marketplace_item import MarketplaceItem
from ...models.marketplace_item_create import MarketplaceItemCreate
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "create_domain_item"


def _get_kwargs(
    domain_id: int,
    *,
    body: MarketplaceItemCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/domains/{domain_id}/items".format(
            domain_id=quote(str(domain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> Any | list[MarketplaceItem] | MarketplaceItem:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, None)

    def _parse_response_200(
        data: object,
    ) -> Any | list[MarketplaceItem] | MarketplaceItem:
        try:
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_0 = [MarketplaceItem.from_dict(item) for item in data]

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = MarketplaceItem.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | list[MarketplaceItem] | MarketplaceItem, data)

    response_200 = _parse_response_200(_body)

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[Any | list[MarketplaceItem] | MarketplaceItem]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    domain_id: int,
    *,
    client: ApiClient,
    body: MarketplaceItemCreate,
) -> Response[Any | list[MarketplaceItem] | MarketplaceItem]:
    """Publish a nexset in a marketplace domain

     Adds a nexset to a marketplace domain as an item.

    Args:
        domain_id (int): Id of the marketplace domain.
        body (MarketplaceItemCreate): A nexset to publish in a marketplace domain.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | list[MarketplaceItem] | MarketplaceItem]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    domain_id: int,
    *,
    client: ApiClient,
    body: MarketplaceItemCreate,
) -> Any | list[MarketplaceItem] | MarketplaceItem:
    """Publish a nexset in a marketplace domain

     Adds a nexset to a marketplace domain as an item.

    Args:
        domain_id (int): Id of the marketplace domain.
        body (MarketplaceItemCreate): A nexset to publish in a marketplace domain.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | list[MarketplaceItem] | MarketplaceItem
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    domain_id: int,
    *,
    client: ApiClient,
    body: MarketplaceItemCreate,
) -> Response[Any | list[MarketplaceItem] | MarketplaceItem]:
    """Publish a nexset in a marketplace domain

     Adds a nexset to a marketplace domain as an item.

    Args:
        domain_id (int): Id of the marketplace domain.
        body (MarketplaceItemCreate): A nexset to publish in a marketplace domain.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | list[MarketplaceItem] | MarketplaceItem]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    domain_id: int,
    *,
    client: ApiClient,
    body: MarketplaceItemCreate,
) -> Any | list[MarketplaceItem] | MarketplaceItem:
    """Publish a nexset in a marketplace domain

     Adds a nexset to a marketplace domain as an item.

    Args:
        domain_id (int): Id of the marketplace domain.
        body (MarketplaceItemCreate): A nexset to publish in a marketplace domain.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | list[MarketplaceItem] | MarketplaceItem
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
