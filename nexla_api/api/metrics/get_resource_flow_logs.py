# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_logs_response import FlowLogsResponse
from ...models.flow_resource_type import FlowResourceType
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_resource_flow_logs"


def _get_kwargs(
    resource_type: FlowResourceType,
    resource_id: int,
    *,
    run_id: int,
    from_: int,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params["from"] = from_

    params["to"] = to

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{resource_type}/{resource_id}/flow/logs".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowLogsResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowLogsResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowLogsResponse]:
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
    run_id: int,
    from_: int,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowLogsResponse]:
    """Execution logs of a run

     Log lines and events the flow of a resource wrote during one run, one page at a time. Times here are
    Unix epoch milliseconds, not seconds.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        run_id (int): The run whose logs to return.
        from_ (int): Start of the window, Unix epoch milliseconds.
        to (int | Unset): End of the window, Unix epoch milliseconds.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowLogsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        run_id=run_id,
        from_=from_,
        to=to,
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
    run_id: int,
    from_: int,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowLogsResponse:
    """Execution logs of a run

     Log lines and events the flow of a resource wrote during one run, one page at a time. Times here are
    Unix epoch milliseconds, not seconds.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        run_id (int): The run whose logs to return.
        from_ (int): Start of the window, Unix epoch milliseconds.
        to (int | Unset): End of the window, Unix epoch milliseconds.
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
        FlowLogsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        run_id=run_id,
        from_=from_,
        to=to,
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
    run_id: int,
    from_: int,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[FlowLogsResponse]:
    """Execution logs of a run

     Log lines and events the flow of a resource wrote during one run, one page at a time. Times here are
    Unix epoch milliseconds, not seconds.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        run_id (int): The run whose logs to return.
        from_ (int): Start of the window, Unix epoch milliseconds.
        to (int | Unset): End of the window, Unix epoch milliseconds.
        page (int | Unset): 1-based page number.
        per_page (int | Unset): Items per page.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowLogsResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        run_id=run_id,
        from_=from_,
        to=to,
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
    run_id: int,
    from_: int,
    to: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> FlowLogsResponse:
    """Execution logs of a run

     Log lines and events the flow of a resource wrote during one run, one page at a time. Times here are
    Unix epoch milliseconds, not seconds.

    Args:
        resource_type (FlowResourceType): Collection name of a resource that can sit in a flow.
        resource_id (int): Id of the source, nexset or destination.
        run_id (int): The run whose logs to return.
        from_ (int): Start of the window, Unix epoch milliseconds.
        to (int | Unset): End of the window, Unix epoch milliseconds.
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
        FlowLogsResponse
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        run_id=run_id,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
