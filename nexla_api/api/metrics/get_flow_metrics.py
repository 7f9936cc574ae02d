# generated from spec/ by generator — do not edit
import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_metrics_order import FlowMetricsOrder
from ...models.flow_metrics_response import FlowMetricsResponse
from ...models.flow_resource_type import FlowResourceType
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_flow_metrics"


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    groupby: str | Unset = UNSET,
    orderby: FlowMetricsOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["groupby"] = groupby

    json_orderby: str | Unset = UNSET
    if not isinstance(orderby, Unset):
        json_orderby = orderby.value

    params["orderby"] = json_orderby

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_flows/{resource_type}/{resource_id}/metrics".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowMetricsResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowMetricsResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowMetricsResponse]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    groupby: str | Unset = UNSET,
    orderby: FlowMetricsOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowMetricsResponse]:
    """Metrics of the flow of a resource

     Records, bytes and errors of the resources in the flow a source, nexset or destination belongs to,
    grouped by run, one page at a time.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        groupby (str | Unset): Field to group the counters by; the documented value is `runId`.
        orderby (FlowMetricsOrder | Unset): Field to sort flow metrics by.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        groupby=groupby,
        orderby=orderby,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    groupby: str | Unset = UNSET,
    orderby: FlowMetricsOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowMetricsResponse:
    """Metrics of the flow of a resource

     Records, bytes and errors of the resources in the flow a source, nexset or destination belongs to,
    grouped by run, one page at a time.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        groupby (str | Unset): Field to group the counters by; the documented value is `runId`.
        orderby (FlowMetricsOrder | Unset): Field to sort flow metrics by.
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
        FlowMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        groupby=groupby,
        orderby=orderby,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    groupby: str | Unset = UNSET,
    orderby: FlowMetricsOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowMetricsResponse]:
    """Metrics of the flow of a resource

     Records, bytes and errors of the resources in the flow a source, nexset or destination belongs to,
    grouped by run, one page at a time.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        groupby (str | Unset): Field to group the counters by; the documented value is `runId`.
        orderby (FlowMetricsOrder | Unset): Field to sort flow metrics by.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        groupby=groupby,
        orderby=orderby,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    groupby: str | Unset = UNSET,
    orderby: FlowMetricsOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowMetricsResponse:
    """Metrics of the flow of a resource

     Records, bytes and errors of the resources in the flow a source, nexset or destination belongs to,
    grouped by run, one page at a time.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        from_ (datetime.date): First day, `YYYY-MM-DD`.
        to (datetime.date | Unset): Last day, `YYYY-MM-DD`; today when left out.
        groupby (str | Unset): Field to group the counters by; the documented value is `runId`.
        orderby (FlowMetricsOrder | Unset): Field to sort flow metrics by.
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
        FlowMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        from_=from_,
        to=to,
        groupby=groupby,
        orderby=orderby,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
