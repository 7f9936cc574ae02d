"""nexla_api: a typed Python binding for the Nexla REST API.

Generated endpoint functions live in `nexla_api.api.<tag>.<operation_id>` and models in
`nexla_api.models`; the hand-written runtime (client, auth, retries, errors, pagination)
lives in `nexla_api.runtime`.
"""

from .runtime.errors import (
    AuthenticationError,
    AuthorizationError,
    ConflictError,
    NexlaError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)

__all__ = [
    "AuthenticationError",
    "AuthorizationError",
    "ConflictError",
    "NexlaError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "ValidationError",
]
