# generated from spec/ by generator — do not edit
"""The one client seam of the generated endpoint functions.

Every endpoint function takes `client: ApiClient`: what it needs to make a call (the sync and
the async httpx client) and the policy that turns a reply outside 2xx into a typed
`NexlaError`. `nexla_api.NexlaClient` is its implementation: its httpx clients carry Nexla
auth (token exchange and renewal), retries, pacing, deadlines and the reply size cap. The
protocol also names that auth and retry policy, so a bare httpx client or any client that
skips them is a type error, not a call that silently gets one attempt and no token.
"""

from typing import Protocol

import httpx

from .runtime.auth import NexlaAuth
from .runtime.retry import RetryPolicy


class ApiClient(Protocol):
    """What a generated endpoint function needs from its client (see the module docstring)."""

    @property
    def auth(self) -> NexlaAuth:
        """The Nexla auth flow every request goes through."""
        ...

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy the client's transports apply."""
        ...

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client, with auth, retries and bounds."""
        ...

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client for the running event loop, with auth, retries and bounds."""
        ...

    def raise_for_status(self, response: httpx.Response) -> None:
        """Raise the typed `NexlaError` for a reply outside 2xx; return for success."""
        ...


__all__ = ["ApiClient"]
