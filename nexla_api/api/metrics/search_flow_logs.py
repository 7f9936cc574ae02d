# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.flow_log_list import FlowLogList
from ...models.flow_log_search import FlowLogSearch
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "search_flow_logs"


def _get_kwargs(
    flow_id: int,
    *,
    body: FlowLogSearch,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    facets: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["size"] = size

    params["sort"] = sort

    params["facets"] = facets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/{flow_id}/logs_v2".format(
            flow_id=quote(str(flow_id), safe=""),
        ),
        "params": params or None,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FlowLogList:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = FlowLogList.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[FlowLogList]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    flow_id: int,
    *,
    client: ApiClient,
    body: FlowLogSearch,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    facets: bool | Unset = UNSET,
) -> Response[FlowLogList]:
    """Search the logs of a flow

     Finds log entries of a flow by run, severity, entry kind and text, within a time window given in
    Unix epoch seconds. Every body field is optional.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        from_ (int | Unset): Start of the window, Unix epoch seconds.
        to (int | Unset): End of the window, Unix epoch seconds.
        size (int | Unset): Most entries to return.
        sort (str | Unset): Sort order of the entries, as the server understands it.
        facets (bool | Unset): Also return counts per facet (severity, kind, ...).
        body (FlowLogSearch): What to search the logs of a flow for; every field is optional.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowLogList]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
        from_=from_,
        to=to,
        size=size,
        sort=sort,
        facets=facets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    flow_id: int,
    *,
    client: ApiClient,
    body: FlowLogSearch,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    facets: bool | Unset = UNSET,
) -> FlowLogList:
    """Search the logs of a flow

     Finds log entries of a flow by run, severity, entry kind and text, within a time window given in
    Unix epoch seconds. Every body field is optional.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        from_ (int | Unset): Start of the window, Unix epoch seconds.
        to (int | Unset): End of the window, Unix epoch seconds.
        size (int | Unset): Most entries to return.
        sort (str | Unset): Sort order of the entries, as the server understands it.
        facets (bool | Unset): Also return counts per facet (severity, kind, ...).
        body (FlowLogSearch): What to search the logs of a flow for; every field is optional.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowLogList
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
        from_=from_,
        to=to,
        size=size,
        sort=sort,
        facets=facets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    flow_id: int,
    *,
    client: ApiClient,
    body: FlowLogSearch,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    facets: bool | Unset = UNSET,
) -> Response[FlowLogList]:
    """Search the logs of a flow

     Finds log entries of a flow by run, severity, entry kind and text, within a time window given in
    Unix epoch seconds. Every body field is optional.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        from_ (int | Unset): Start of the window, Unix epoch seconds.
        to (int | Unset): End of the window, Unix epoch seconds.
        size (int | Unset): Most entries to return.
        sort (str | Unset): Sort order of the entries, as the server understands it.
        facets (bool | Unset): Also return counts per facet (severity, kind, ...).
        body (FlowLogSearch): What to search the logs of a flow for; every field is optional.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[FlowLogList]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
        from_=from_,
        to=to,
        size=size,
        sort=sort,
        facets=facets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    flow_id: int,
    *,
    client: ApiClient,
    body: FlowLogSearch,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    facets: bool | Unset = UNSET,
) -> FlowLogList:
    """Search the logs of a flow

     Finds log entries of a flow by run, severity, entry kind and text, within a time window given in
    Unix epoch seconds. Every body field is optional.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        from_ (int | Unset): Start of the window, Unix epoch seconds.
        to (int | Unset): End of the window, Unix epoch seconds.
        size (int | Unset): Most entries to return.
        sort (str | Unset): Sort order of the entries, as the server understands it.
        facets (bool | Unset): Also return counts per facet (severity, kind, ...).
        body (FlowLogSearch): What to search the logs of a flow for; every field is optional.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        FlowLogList
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
        from_=from_,
        to=to,
        size=size,
        sort=sort,
        facets=facets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
