# generated from spec/ by generator — do not edit
import datetime
from typing import Any

import httpx

from ...client import ApiClient
from ...models.active_flows_metrics import ActiveFlowsMetrics
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_active_flows_metrics"


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_flows/metrics/active_flows_metrics",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActiveFlowsMetrics:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = ActiveFlowsMetrics.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[ActiveFlowsMetrics]:
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
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> Response[ActiveFlowsMetrics]:
    """Metrics of active flows

     Counters of the flows that were active over a day range, for the caller's org or another.

    Args:
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        org_id (int | Unset): The org to report on (the caller's when left out).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ActiveFlowsMetrics]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        org_id=org_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> ActiveFlowsMetrics:
    """Metrics of active flows

     Counters of the flows that were active over a day range, for the caller's org or another.

    Args:
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        org_id (int | Unset): The org to report on (the caller's when left out).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ActiveFlowsMetrics
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        org_id=org_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> Response[ActiveFlowsMetrics]:
    """Metrics of active flows

     Counters of the flows that were active over a day range, for the caller's org or another.

    Args:
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        org_id (int | Unset): The org to report on (the caller's when left out).

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[ActiveFlowsMetrics]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    org_id: int | Unset = UNSET,
) -> ActiveFlowsMetrics:
    """Metrics of active flows

     Counters of the flows that were active over a day range, for the caller's org or another.

    Args:
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        org_id (int | Unset): The org to report on (the caller's when left out).

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        ActiveFlowsMetrics
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
