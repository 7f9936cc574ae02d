# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_resource_type import FlowResourceType
from ...models.run_metrics_field import RunMetricsField
from ...models.run_metrics_response import RunMetricsResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_resource_metrics_by_run"


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    groupby: RunMetricsField | Unset = UNSET,
    orderby: RunMetricsField | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_groupby: str | Unset = UNSET
    if not isinstance(groupby, Unset):
        json_groupby = groupby.value

    params["groupby"] = json_groupby

    json_orderby: str | Unset = UNSET
    if not isinstance(orderby, Unset):
        json_orderby = orderby.value

    params["orderby"] = json_orderby

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{resource_type}/{resource_id}/metrics/run_summary".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunMetricsResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = RunMetricsResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[RunMetricsResponse]:
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
    groupby: RunMetricsField | Unset = UNSET,
    orderby: RunMetricsField | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[RunMetricsResponse]:
    """Metrics of a resource per run

     Records, bytes and errors of a resource grouped by run (or by write time), one page at a time.
    Unlike the daily reply, `metrics` here is an object holding `data` and `meta`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        groupby (RunMetricsField | Unset): Run-summary field to group or sort by.
        orderby (RunMetricsField | Unset): Run-summary field to group or sort by.
        page (int | Unset): 1-based page number.
        size (int | Unset): Runs per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[RunMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        groupby=groupby,
        orderby=orderby,
        page=page,
        size=size,
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
    groupby: RunMetricsField | Unset = UNSET,
    orderby: RunMetricsField | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> RunMetricsResponse:
    """Metrics of a resource per run

     Records, bytes and errors of a resource grouped by run (or by write time), one page at a time.
    Unlike the daily reply, `metrics` here is an object holding `data` and `meta`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        groupby (RunMetricsField | Unset): Run-summary field to group or sort by.
        orderby (RunMetricsField | Unset): Run-summary field to group or sort by.
        page (int | Unset): 1-based page number.
        size (int | Unset): Runs per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        RunMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        groupby=groupby,
        orderby=orderby,
        page=page,
        size=size,
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
    groupby: RunMetricsField | Unset = UNSET,
    orderby: RunMetricsField | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[RunMetricsResponse]:
    """Metrics of a resource per run

     Records, bytes and errors of a resource grouped by run (or by write time), one page at a time.
    Unlike the daily reply, `metrics` here is an object holding `data` and `meta`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        groupby (RunMetricsField | Unset): Run-summary field to group or sort by.
        orderby (RunMetricsField | Unset): Run-summary field to group or sort by.
        page (int | Unset): 1-based page number.
        size (int | Unset): Runs per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[RunMetricsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        groupby=groupby,
        orderby=orderby,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    client: ApiClient,
    groupby: RunMetricsField | Unset = UNSET,
    orderby: RunMetricsField | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> RunMetricsResponse:
    """Metrics of a resource per run

     Records, bytes and errors of a resource grouped by run (or by write time), one page at a time.
    Unlike the daily reply, `metrics` here is an object holding `data` and `meta`.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        groupby (RunMetricsField | Unset): Run-summary field to group or sort by.
        orderby (RunMetricsField | Unset): Run-summary field to group or sort by.
        page (int | Unset): 1-based page number.
        size (int | Unset): Runs per page.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        RunMetricsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        groupby=groupby,
        orderby=orderby,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
