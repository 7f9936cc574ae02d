# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.project_data_flow import ProjectDataFlow
from ...models.project_data_flow_list import ProjectDataFlowList
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "remove_project_flows_deprecated"


def _get_kwargs(
    project_id: int,
    *,
    body: ProjectDataFlowList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id}/data_flows".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ProjectDataFlow]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [ProjectDataFlow.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[ProjectDataFlow]]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    project_id: int,
    *,
    client: ApiClient,
    body: ProjectDataFlowList,
) -> Response[list[ProjectDataFlow]]:
    """Remove flows from a project by source or nexset (deprecated)

     The older form of taking flows out of a project, naming each by its source or nexset. Use
    `remove_project_flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectDataFlowList): Flows named by source or nexset.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[ProjectDataFlow]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    project_id: int,
    *,
    client: ApiClient,
    body: ProjectDataFlowList,
) -> list[ProjectDataFlow]:
    """Remove flows from a project by source or nexset (deprecated)

     The older form of taking flows out of a project, naming each by its source or nexset. Use
    `remove_project_flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectDataFlowList): Flows named by source or nexset.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[ProjectDataFlow]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    project_id: int,
    *,
    client: ApiClient,
    body: ProjectDataFlowList,
) -> Response[list[ProjectDataFlow]]:
    """Remove flows from a project by source or nexset (deprecated)

     The older form of taking flows out of a project, naming each by its source or nexset. Use
    `remove_project_flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectDataFlowList): Flows named by source or nexset.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[ProjectDataFlow]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    project_id: int,
    *,
    client: ApiClient,
    body: ProjectDataFlowList,
) -> list[ProjectDataFlow]:
    """Remove flows from a project by source or nexset (deprecated)

     The older form of taking flows out of a project, naming each by its source or nexset. Use
    `remove_project_flows`.

    Args:
        project_id (int): Id of the project.
        body (ProjectDataFlowList): Flows named by source or nexset.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[ProjectDataFlow]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
