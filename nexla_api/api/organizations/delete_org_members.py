from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_response import DeleteResponse
from ...models.org_member_delete_request import OrgMemberDeleteRequest
from ...runtime.errors import raise_for_status
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "delete_org_members"


def _get_kwargs(
    org_id: int,
    *,
    body: OrgMemberDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/orgs/{org_id}/members".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteResponse | None:
    if response.status_code == 200:
        _body = reply_json(response, dict)
        response_200 = DeleteResponse.from_dict(_body)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code < 300:
        # A success the operation does not document has no body we could return.
        raise ReplyShapeError("the operation documents no such success status")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteResponse]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, client, response)
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
    client: AuthenticatedClient | Client,
    body: OrgMemberDeleteRequest,
) -> Response[Any | DeleteResponse]:
    """Remove organization members

     Removes the listed users from the org. Resources they own pass to `delegate_owner_id` when given.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberDeleteRequest): Members to remove from an org.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | DeleteResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrgMemberDeleteRequest,
) -> Any | DeleteResponse:
    """Remove organization members

     Removes the listed users from the org. Resources they own pass to `delegate_owner_id` when given.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberDeleteRequest): Members to remove from an org.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | DeleteResponse
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    return cast(
        "Any | DeleteResponse",
        parse_reply(_OPERATION, _parse_response, client, response),
    )


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrgMemberDeleteRequest,
) -> Response[Any | DeleteResponse]:
    """Remove organization members

     Removes the listed users from the org. Resources they own pass to `delegate_owner_id` when given.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberDeleteRequest): Members to remove from an org.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[Any | DeleteResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrgMemberDeleteRequest,
) -> Any | DeleteResponse:
    """Remove organization members

     Removes the listed users from the org. Resources they own pass to `delegate_owner_id` when given.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberDeleteRequest): Members to remove from an org.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Any | DeleteResponse
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    return cast(
        "Any | DeleteResponse",
        parse_reply(_OPERATION, _parse_response, client, response),
    )
