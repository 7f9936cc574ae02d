# generated from spec/ by generator — do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ...client import ApiClient
from ...models.webhook_response import WebhookResponse
from ...runtime.parsing import ReplyShapeError, parse_detailed, parse_reply, reply_json
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "send_one_record"


def _get_kwargs(
    webhook_id: str,
    *,
    body: Any | list[Any],
    include_headers: bool | Unset = UNSET,
    include_url_params: bool | Unset = UNSET,
    force_schema_detection: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_headers"] = include_headers

    params["include_url_params"] = include_url_params

    params["force_schema_detection"] = force_schema_detection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params or None,
    }

    if isinstance(body, list):
        _kwargs["json"] = body

    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WebhookResponse:
    if response.status_code == 204:
        # The operation always answers with a body; a 204 has none we could return.
        raise ReplyShapeError("the operation documents no such success status")
    _body = reply_json(response, dict)
    response_200 = WebhookResponse.from_dict(_body)

    return response_200


def _build_response(response: httpx.Response) -> Response[WebhookResponse]:
    parsed, parse_error = parse_detailed(_OPERATION, _parse_response, response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parse_error=parse_error,
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: ApiClient,
    body: Any | list[Any],
    include_headers: bool | Unset = UNSET,
    include_url_params: bool | Unset = UNSET,
    force_schema_detection: bool | Unset = UNSET,
) -> Response[WebhookResponse]:
    """Send records to a webhook source

     Pushes one record (a JSON object) or several (a JSON array, one record per element) into a webhook
    source. The URL is the one shown on the webhook source in the Nexla UI: it lives on the webhook
    host, not under the API base URL, and it is authorised by the source's API key rather than a bearer
    token.

    Args:
        webhook_id (str): The last segment of the webhook URL.
        include_headers (bool | Unset): Add the request's custom headers to each record as
            `header_<name>` attributes.
        include_url_params (bool | Unset): Add the URL's extra query parameters to each record as
            `url_param_<name>` attributes.
        force_schema_detection (bool | Unset): Run schema detection on every record.
        body (Any | list[Any]):

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[WebhookResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        include_headers=include_headers,
        include_url_params=include_url_params,
        force_schema_detection=force_schema_detection,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response)


def sync(
    webhook_id: str,
    *,
    client: ApiClient,
    body: Any | list[Any],
    include_headers: bool | Unset = UNSET,
    include_url_params: bool | Unset = UNSET,
    force_schema_detection: bool | Unset = UNSET,
) -> WebhookResponse:
    """Send records to a webhook source

     Pushes one record (a JSON object) or several (a JSON array, one record per element) into a webhook
    source. The URL is the one shown on the webhook source in the Nexla UI: it lives on the webhook
    host, not under the API base URL, and it is authorised by the source's API key rather than a bearer
    token.

    Args:
        webhook_id (str): The last segment of the webhook URL.
        include_headers (bool | Unset): Add the request's custom headers to each record as
            `header_<name>` attributes.
        include_url_params (bool | Unset): Add the URL's extra query parameters to each record as
            `url_param_<name>` attributes.
        force_schema_detection (bool | Unset): Run schema detection on every record.
        body (Any | list[Any]):

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        WebhookResponse
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        include_headers=include_headers,
        include_url_params=include_url_params,
        force_schema_detection=force_schema_detection,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: ApiClient,
    body: Any | list[Any],
    include_headers: bool | Unset = UNSET,
    include_url_params: bool | Unset = UNSET,
    force_schema_detection: bool | Unset = UNSET,
) -> Response[WebhookResponse]:
    """Send records to a webhook source

     Pushes one record (a JSON object) or several (a JSON array, one record per element) into a webhook
    source. The URL is the one shown on the webhook source in the Nexla UI: it lives on the webhook
    host, not under the API base URL, and it is authorised by the source's API key rather than a bearer
    token.

    Args:
        webhook_id (str): The last segment of the webhook URL.
        include_headers (bool | Unset): Add the request's custom headers to each record as
            `header_<name>` attributes.
        include_url_params (bool | Unset): Add the URL's extra query parameters to each record as
            `url_param_<name>` attributes.
        force_schema_detection (bool | Unset): Run schema detection on every record.
        body (Any | list[Any]):

    Raises:
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        Response[WebhookResponse]: the status, headers and raw content of any
            reply; `parsed` is set for documented replies, and `parse_error` (a MalformedReplyError)
            instead when such a reply's body is not what the operation documents.
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        include_headers=include_headers,
        include_url_params=include_url_params,
        force_schema_detection=force_schema_detection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response)


async def asyncio(
    webhook_id: str,
    *,
    client: ApiClient,
    body: Any | list[Any],
    include_headers: bool | Unset = UNSET,
    include_url_params: bool | Unset = UNSET,
    force_schema_detection: bool | Unset = UNSET,
) -> WebhookResponse:
    """Send records to a webhook source

     Pushes one record (a JSON object) or several (a JSON array, one record per element) into a webhook
    source. The URL is the one shown on the webhook source in the Nexla UI: it lives on the webhook
    host, not under the API base URL, and it is authorised by the source's API key rather than a bearer
    token.

    Args:
        webhook_id (str): The last segment of the webhook URL.
        include_headers (bool | Unset): Add the request's custom headers to each record as
            `header_<name>` attributes.
        include_url_params (bool | Unset): Add the URL's extra query parameters to each record as
            `url_param_<name>` attributes.
        force_schema_detection (bool | Unset): Run schema detection on every record.
        body (Any | list[Any]):

    Raises:
        nexla_api.NexlaError: For any reply outside 2xx, as the subclass for its status
            (ValidationError, AuthenticationError, AuthorizationError, NotFoundError,
            ConflictError, RateLimitError, ServerError).
        nexla_api.MalformedReplyError: If a 2xx reply is not what the operation documents.
        nexla_api.TransportError: If no usable reply arrived (connection failure, timeout, the
            call's deadline, a reply over the size cap), after retries.

    Returns:
        WebhookResponse
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        include_headers=include_headers,
        include_url_params=include_url_params,
        force_schema_detection=force_schema_detection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    client.raise_for_status(response)
    return parse_reply(_OPERATION, _parse_response, response)
