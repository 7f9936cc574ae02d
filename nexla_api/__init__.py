"""nexla_api: a typed Python binding for the Nexla REST API.

Generated endpoint functions live in `nexla_api.api.<tag>.<operation_id>` and models in
`nexla_api.models`; the hand-written runtime (client, auth, retries, errors, pagination,
webhooks) lives in `nexla_api.runtime` and is re-exported here.
"""

from .runtime import (
    NO_RETRIES,
    AsyncPaginator,
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    ConflictError,
    NexlaClient,
    NexlaError,
    NotFoundError,
    Paginator,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TransportError,
    ValidationError,
    WebhookClient,
    WebhookResult,
    __version__,
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
    "NexlaClient",
    "NexlaError",
    "NotFoundError",
    "Paginator",
    "RateLimitError",
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
