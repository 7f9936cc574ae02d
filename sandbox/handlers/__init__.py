"""Handlers, one module per spec tag; importing this package registers them all."""

from . import (  # noqa: F401
    access_control,
    async_tasks,
    audit_logs,
    credentials,
    destinations,
    flows,
    genai,
    metrics,
    nexsets,
    session,
    sources,
    transforms,
    webhooks,
)
