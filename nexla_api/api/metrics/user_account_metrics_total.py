# generated from spec/ by generator — do not edit
import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.account_metrics_response import AccountMetricsResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "user_account_metrics_total"


def _get_kwargs(
    user_id: int,
    *,
    org_id: int | Unset = UNSET,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

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
        "url": "/users/{user_id}/flows/account_metrics".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AccountMetricsResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = AccountMetricsResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[AccountMetricsResponse]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    user_id: int,
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> Response[AccountMetricsResponse]:
    """Total metrics of a user's account

     Records and bytes the user's flows processed between `from` and `to`.

    Args:
        user_id (int): Id of the user.
        org_id (int | Unset): Only count resources of this org (for users who belong to several).
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        aggregate (int | Unset): Send `1` to sum the counters per day (the SDK always sends it).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[AccountMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        org_id=org_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    user_id: int,
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> AccountMetricsResponse:
    """Total metrics of a user's account

     Records and bytes the user's flows processed between `from` and `to`.

    Args:
        user_id (int): Id of the user.
        org_id (int | Unset): Only count resources of this org (for users who belong to several).
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        aggregate (int | Unset): Send `1` to sum the counters per day (the SDK always sends it).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        AccountMetricsResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        org_id=org_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    user_id: int,
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> Response[AccountMetricsResponse]:
    """Total metrics of a user's account

     Records and bytes the user's flows processed between `from` and `to`.

    Args:
        user_id (int): Id of the user.
        org_id (int | Unset): Only count resources of this org (for users who belong to several).
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        aggregate (int | Unset): Send `1` to sum the counters per day (the SDK always sends it).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[AccountMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        org_id=org_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    user_id: int,
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    aggregate: int | Unset = UNSET,
) -> AccountMetricsResponse:
    """Total metrics of a user's account

     Records and bytes the user's flows processed between `from` and `to`.

    Args:
        user_id (int): Id of the user.
        org_id (int | Unset): Only count resources of this org (for users who belong to several).
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        aggregate (int | Unset): Send `1` to sum the counters per day (the SDK always sends it).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        AccountMetricsResponse
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        org_id=org_id,
        from_=from_,
        to=to,
        aggregate=aggregate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
