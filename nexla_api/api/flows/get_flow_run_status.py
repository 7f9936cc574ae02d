from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_run_status import FlowRunStatus
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    flow_id: int,
    run_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/{flow_id}/run_status/{run_id}".format(
            flow_id=quote(str(flow_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowRunStatus | None:
    if response.status_code == 200:
        response_200 = FlowRunStatus.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowRunStatus]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    flow_id: int,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FlowRunStatus]:
    """Status of one run of a flow

     Whether a given run of the flow is still going, finished or failed.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        run_id (int): Id of a run of the flow.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowRunStatus]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: int,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> FlowRunStatus:
    """Status of one run of a flow

     Whether a given run of the flow is still going, finished or failed.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        run_id (int): Id of a run of the flow.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowRunStatus
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("FlowRunStatus", _parse_response(client=client, response=response))


async def asyncio_detailed(
    flow_id: int,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FlowRunStatus]:
    """Status of one run of a flow

     Whether a given run of the flow is still going, finished or failed.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        run_id (int): Id of a run of the flow.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowRunStatus]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: int,
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> FlowRunStatus:
    """Status of one run of a flow

     Whether a given run of the flow is still going, finished or failed.

    Args:
        flow_id (int): Id of a flow node (usually the origin node).
        run_id (int): Id of a run of the flow.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowRunStatus
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("FlowRunStatus", _parse_response(client=client, response=response))
