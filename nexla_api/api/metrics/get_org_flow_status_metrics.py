# generated from spec/ by generator — do not edit
import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_status_metrics import FlowStatusMetrics
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_org_flow_status_metrics"


def _get_kwargs(
    org_id: int,
    *,
    access_role: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access_role"] = access_role

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{org_id}/flows/status_metrics".format(
            org_id=quote(str(org_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowStatusMetrics:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowStatusMetrics.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowStatusMetrics]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    org_id: int,
    *,
    client: ApiClient,
    access_role: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowStatusMetrics]:
    """Flow status counters of an organisation

     How many of the flows of an organisation are in each status, from a given day on, one page at a
    time.

    Args:
        org_id (int): Id of the org.
        access_role (str | Unset): Which flows to count by the caller's role on them: `owner` (the
            server's default), `collaborator`, `admin` or `member`.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowStatusMetrics]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        access_role=access_role,
        from_=from_,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    org_id: int,
    *,
    client: ApiClient,
    access_role: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowStatusMetrics:
    """Flow status counters of an organisation

     How many of the flows of an organisation are in each status, from a given day on, one page at a
    time.

    Args:
        org_id (int): Id of the org.
        access_role (str | Unset): Which flows to count by the caller's role on them: `owner` (the
            server's default), `collaborator`, `admin` or `member`.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowStatusMetrics
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        access_role=access_role,
        from_=from_,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    org_id: int,
    *,
    client: ApiClient,
    access_role: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowStatusMetrics]:
    """Flow status counters of an organisation

     How many of the flows of an organisation are in each status, from a given day on, one page at a
    time.

    Args:
        org_id (int): Id of the org.
        access_role (str | Unset): Which flows to count by the caller's role on them: `owner` (the
            server's default), `collaborator`, `admin` or `member`.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowStatusMetrics]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        access_role=access_role,
        from_=from_,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    org_id: int,
    *,
    client: ApiClient,
    access_role: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowStatusMetrics:
    """Flow status counters of an organisation

     How many of the flows of an organisation are in each status, from a given day on, one page at a
    time.

    Args:
        org_id (int): Id of the org.
        access_role (str | Unset): Which flows to count by the caller's role on them: `owner` (the
            server's default), `collaborator`, `admin` or `member`.
        from_ (datetime.date | Unset): First day, `YYYY-MM-DD`.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowStatusMetrics
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        access_role=access_role,
        from_=from_,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
