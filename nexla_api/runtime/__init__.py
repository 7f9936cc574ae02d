"""Hand-written runtime of nexla_api: configuration, auth, retries, errors, pagination, webhooks.

Generated endpoint functions import `runtime.errors.raise_for_status` and the reply readers
of `runtime.parsing`; generated models import `runtime.secret_fields` for their reprs (and
`runtime.connectors`). Everything else plugs in through httpx (an `httpx.Auth` flow, a
deadline-stamping client and a retry transport) via `NexlaClient`.
"""

import importlib
from typing import TYPE_CHECKING, Any

from .auth import AccessTokenAuth, ServiceKeyAuth
from .client import NexlaClient
from .constants import DEFAULT_BASE_URL, __version__
from .errors import (
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    ConflictError,
    DeadlineExceededError,
    MalformedReplyError,
    NexlaError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ReplyTooLargeError,
    ServerError,
    TransportError,
    ValidationError,
    error_from_response,
    raise_for_status,
)
from .pacing import Pacer
from .retry import NO_RETRIES, AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .pagination import AsyncPaginator, Paginator, apaginate, paginate
    from .webhooks import WebhookClient, WebhookResult

#: Names loaded on first use: calling an endpoint needs neither the paginators nor the
#: webhook client, and leaving them out keeps `import nexla_api` small.
LAZY: dict[str, str] = {
    "AsyncPaginator": "pagination",
    "Paginator": "pagination",
    "apaginate": "pagination",
    "paginate": "pagination",
    "WebhookClient": "webhooks",
    "WebhookResult": "webhooks",
}


def __getattr__(name: str) -> Any:
    module = LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_BASE_URL",
    "NO_RETRIES",
    "AccessTokenAuth",
    "AsyncPaginator",
    "AsyncRetryTransport",
    "AuthenticationError",
    "AuthorizationError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "MalformedReplyError",
    "NexlaClient",
    "NexlaError",
    "NotFoundError",
    "Pacer",
    "PaginationError",
    "Paginator",
    "RateLimitError",
    "ReplyTooLargeError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "ServiceKeyAuth",
    "TransportError",
    "ValidationError",
    "WebhookClient",
    "WebhookResult",
    "__version__",
    "apaginate",
    "error_from_response",
    "paginate",
    "raise_for_status",
]
