from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_response import FlowResponse
from ...models.project_flow_search import ProjectFlowSearch
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    project_id: int,
    *,
    body: ProjectFlowSearch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/flows/search".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowResponse | None:
    if response.status_code == 200:
        response_200 = FlowResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowResponse]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectFlowSearch,
) -> Response[FlowResponse]:
    """Search a project's flows

     The project's flows that match the given filters, in the same shape as `GET /flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectFlowSearch): Filters a project's flows must match.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectFlowSearch,
) -> FlowResponse:
    """Search a project's flows

     The project's flows that match the given filters, in the same shape as `GET /flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectFlowSearch): Filters a project's flows must match.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("FlowResponse", _parse_response(client=client, response=response))


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectFlowSearch,
) -> Response[FlowResponse]:
    """Search a project's flows

     The project's flows that match the given filters, in the same shape as `GET /flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectFlowSearch): Filters a project's flows must match.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[FlowResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectFlowSearch,
) -> FlowResponse:
    """Search a project's flows

     The project's flows that match the given filters, in the same shape as `GET /flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectFlowSearch): Filters a project's flows must match.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        FlowResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("FlowResponse", _parse_response(client=client, response=response))
