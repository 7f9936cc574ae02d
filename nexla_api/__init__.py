"""nexla_api: a typed Python binding for the Nexla REST API.

Generated endpoint functions live in `nexla_api.api.<tag>.<operation_id>` and models in
`nexla_api.models`; the hand-written runtime (client, auth, retries, errors, pagination,
webhooks) lives in `nexla_api.runtime` and is re-exported here.
"""

from typing import TYPE_CHECKING, Any

from . import runtime
from .runtime import (
    NO_RETRIES,
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    ConflictError,
    DeadlineExceededError,
    MalformedReplyError,
    NexlaClient,
    NexlaError,
    NotFoundError,
    Pacer,
    PaginationError,
    RateLimitError,
    ReplyTooLargeError,
    RetryPolicy,
    ServerError,
    TransportError,
    ValidationError,
    __version__,
)

if TYPE_CHECKING:
    from .runtime import (
        AsyncPaginator,
        Paginator,
        WebhookClient,
        WebhookResult,
        apaginate,
        paginate,
    )


__all__ = [
    "NO_RETRIES",
    "AsyncPaginator",
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
    "ServerError",
    "TransportError",
    "ValidationError",
    "WebhookClient",
    "WebhookResult",
    "__version__",
    "apaginate",
    "paginate",
]


def __getattr__(name: str) -> Any:
    """The runtime's names loaded on first use (see `nexla_api.runtime.LAZY`)."""
    if name in runtime.LAZY:
        return getattr(runtime, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
