# generated from spec/ by generator — do not edit
import datetime
from typing import Any

import httpx

from ...client import ApiClient
from ...models.health_status import HealthStatus
from ...models.org_health_flows import OrgHealthFlows
from ...models.sort_order import SortOrder
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_org_health_flows"


def _get_kwargs(
    *,
    org_id: int | Unset = UNSET,
    owner_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    health_status: HealthStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params["owner_id"] = owner_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_health_status: str | Unset = UNSET
    if not isinstance(health_status, Unset):
        json_health_status = health_status.value

    params["health_status"] = json_health_status

    params["page"] = page

    params["size"] = size

    params["sort_by"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health/org/flows",
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> OrgHealthFlows:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = OrgHealthFlows.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[OrgHealthFlows]:
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
    org_id: int | Unset = UNSET,
    owner_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    health_status: HealthStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[OrgHealthFlows]:
    """Health of each of an org's flows

     One page of the org's flows with their health status and the counts of their latest run, optionally
    only those in one status.

    Args:
        org_id (int | Unset): The org to report on (the caller's when left out).
        owner_id (int | Unset): Only flows owned by this user.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        health_status (HealthStatus | Unset): Health of a flow, best first.
        page (int | Unset): 1-based page number.
        size (int | Unset): Flows per page.
        sort_by (str | Unset): Entry field to sort by, for example `updatedAtEpoch`.
        sort_order (SortOrder | Unset): Sort direction.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[OrgHealthFlows]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        owner_id=owner_id,
        from_=from_,
        to=to,
        health_status=health_status,
        page=page,
        size=size,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    owner_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    health_status: HealthStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> OrgHealthFlows:
    """Health of each of an org's flows

     One page of the org's flows with their health status and the counts of their latest run, optionally
    only those in one status.

    Args:
        org_id (int | Unset): The org to report on (the caller's when left out).
        owner_id (int | Unset): Only flows owned by this user.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        health_status (HealthStatus | Unset): Health of a flow, best first.
        page (int | Unset): 1-based page number.
        size (int | Unset): Flows per page.
        sort_by (str | Unset): Entry field to sort by, for example `updatedAtEpoch`.
        sort_order (SortOrder | Unset): Sort direction.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        OrgHealthFlows
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        owner_id=owner_id,
        from_=from_,
        to=to,
        health_status=health_status,
        page=page,
        size=size,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    owner_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    health_status: HealthStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[OrgHealthFlows]:
    """Health of each of an org's flows

     One page of the org's flows with their health status and the counts of their latest run, optionally
    only those in one status.

    Args:
        org_id (int | Unset): The org to report on (the caller's when left out).
        owner_id (int | Unset): Only flows owned by this user.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        health_status (HealthStatus | Unset): Health of a flow, best first.
        page (int | Unset): 1-based page number.
        size (int | Unset): Flows per page.
        sort_by (str | Unset): Entry field to sort by, for example `updatedAtEpoch`.
        sort_order (SortOrder | Unset): Sort direction.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[OrgHealthFlows]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        owner_id=owner_id,
        from_=from_,
        to=to,
        health_status=health_status,
        page=page,
        size=size,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    *,
    client: ApiClient,
    org_id: int | Unset = UNSET,
    owner_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    health_status: HealthStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> OrgHealthFlows:
    """Health of each of an org's flows

     One page of the org's flows with their health status and the counts of their latest run, optionally
    only those in one status.

    Args:
        org_id (int | Unset): The org to report on (the caller's when left out).
        owner_id (int | Unset): Only flows owned by this user.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`.
        health_status (HealthStatus | Unset): Health of a flow, best first.
        page (int | Unset): 1-based page number.
        size (int | Unset): Flows per page.
        sort_by (str | Unset): Entry field to sort by, for example `updatedAtEpoch`.
        sort_order (SortOrder | Unset): Sort direction.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        OrgHealthFlows
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        owner_id=owner_id,
        from_=from_,
        to=to,
        health_status=health_status,
        page=page,
        size=size,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
