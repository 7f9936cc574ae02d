from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_config import AuthConfig
from ...models.auth_config_write import AuthConfigWrite
from ...runtime.errors import raise_for_status
from ...runtime.parsing import gc_paused
from ...types import Response


def _get_kwargs(
    auth_config_id: int,
    *,
    body: AuthConfigWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api_auth_configs/{auth_config_id}".format(
            auth_config_id=quote(str(auth_config_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthConfig | None:
    if response.status_code == 200:
        response_200 = AuthConfig.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthConfig]:
    with gc_paused(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    auth_config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfigWrite,
) -> Response[AuthConfig]:
    """Update an auth config

     Changes the given fields of an authentication configuration.

    Args:
        auth_config_id (int): Id of the auth config.
        body (AuthConfigWrite): An auth config to create, or the fields to change on one. SAML
            configs use the `idp_*` fields, OIDC configs the `oidc_*` fields.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[AuthConfig]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        auth_config_id=auth_config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfigWrite,
) -> AuthConfig:
    """Update an auth config

     Changes the given fields of an authentication configuration.

    Args:
        auth_config_id (int): Id of the auth config.
        body (AuthConfigWrite): An auth config to create, or the fields to change on one. SAML
            configs use the `idp_*` fields, OIDC configs the `oidc_*` fields.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        AuthConfig
    """

    kwargs = _get_kwargs(
        auth_config_id=auth_config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("AuthConfig", _parse_response(client=client, response=response))


async def asyncio_detailed(
    auth_config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfigWrite,
) -> Response[AuthConfig]:
    """Update an auth config

     Changes the given fields of an authentication configuration.

    Args:
        auth_config_id (int): Id of the auth config.
        body (AuthConfigWrite): An auth config to create, or the fields to change on one. SAML
            configs use the `idp_*` fields, OIDC configs the `oidc_*` fields.

    Raises:
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        Response[AuthConfig]: the status, headers and raw content of any
            reply; `parsed` is set for documented 2xx replies.
    """

    kwargs = _get_kwargs(
        auth_config_id=auth_config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_config_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfigWrite,
) -> AuthConfig:
    """Update an auth config

     Changes the given fields of an authentication configuration.

    Args:
        auth_config_id (int): Id of the auth config.
        body (AuthConfigWrite): An auth config to create, or the fields to change on one. SAML
            configs use the `idp_*` fields, OIDC configs the `oidc_*` fields.

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.TransportError: If no reply arrived (connection failure or timeout, after retries).

    Returns:
        AuthConfig
    """

    kwargs = _get_kwargs(
        auth_config_id=auth_config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    raise_for_status(response)
    with gc_paused(len(response.content)):
        return cast("AuthConfig", _parse_response(client=client, response=response))
