# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.org_member import OrgMember
from ...models.org_member_activation import OrgMemberActivation
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import Response, status_of

_OPERATION = "activate_org_members"


def _get_kwargs(
    org_id: int,
    *,
    body: OrgMemberActivation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/orgs/{org_id}/members/activate".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[OrgMember]:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, list)
    response_200 = [OrgMember.from_dict(item) for item in _body]

    return response_200


def _build_response(response: httpx.Response) -> Response[list[OrgMember]]:
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
    body: OrgMemberActivation,
) -> Response[list[OrgMember]]:
    """Reactivate organization members

     Restores the listed members' access to the org.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberActivation): Members to deactivate or reactivate.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[OrgMember]]: the status, headers and raw content of any
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

    return _build_response(response)


def sync(
    org_id: int,
    *,
    client: ApiClient,
    body: OrgMemberActivation,
) -> list[OrgMember]:
    """Reactivate organization members

     Restores the listed members' access to the org.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberActivation): Members to deactivate or reactivate.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[OrgMember]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
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
    body: OrgMemberActivation,
) -> Response[list[OrgMember]]:
    """Reactivate organization members

     Restores the listed members' access to the org.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberActivation): Members to deactivate or reactivate.

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[list[OrgMember]]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    org_id: int,
    *,
    client: ApiClient,
    body: OrgMemberActivation,
) -> list[OrgMember]:
    """Reactivate organization members

     Restores the listed members' access to the org.

    Args:
        org_id (int): Id of the org.
        body (OrgMemberActivation): Members to deactivate or reactivate.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        list[OrgMember]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
