"""Every tunable default of the runtime in one place, matching what the official Nexla SDK sends."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

import httpx

DEFAULT_BASE_URL = "https://dataops.nexla.io/nexla-api"

ENV_SERVICE_KEY = "NEXLA_SERVICE_KEY"
ENV_ACCESS_TOKEN = "NEXLA_ACCESS_TOKEN"
ENV_API_URL = "NEXLA_API_URL"

#: The vendor media type selects API v1; the version is never part of the path.
ACCEPT = "application/vnd.nexla.api.v1+json"


#: The package version: its one home (pyproject.toml reads it from here). A literal rather
#: than `importlib.metadata`, which would add about 10 ms to every `import nexla_api`.
__version__ = "0.1.0"
USER_AGENT = f"nexla-api/{__version__}"

#: Connect fails fast (nothing was sent, so it is safe to retry); reads allow slow list endpoints.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

#: Overall bound on one call: the token exchange, every attempt, every retry wait and reading
#: the whole reply (httpx timeouts bound each read, not a reply trickling in byte by byte).
DEFAULT_CALL_DEADLINE = 300.0
#: Overall bound on one `paginate` listing, every page included.
DEFAULT_LISTING_DEADLINE = 3600.0
#: Largest reply body accepted (after decompression); a bigger one fails before it is parsed.
DEFAULT_MAX_REPLY_BYTES = 32 * 1024 * 1024
#: Most pages one `paginate` listing fetches (a million items at 100 per page).
DEFAULT_MAX_PAGES = 10_000

#: Lifetime assumed when the token reply has no `expires_in` (as the official SDK does).
DEFAULT_TOKEN_LIFETIME = 86400.0
#: Renew this long before expiry, but never more than 10 % of the token's life.
TOKEN_REFRESH_MARGIN = 300.0
TOKEN_REFRESH_FRACTION = 0.1

_API_KEY_IN_TEXT = re.compile(r"(api_key=)[^&\s'\"]+", re.IGNORECASE)
_CREDENTIAL_IN_TEXT = re.compile(r"\b(Bearer|Basic)\s+[^\s'\",;]+", re.IGNORECASE)


#: Secrets shorter than this are not registered: replacing them would mangle ordinary text.
_MIN_SECRET_LENGTH = 6
#: The most recent secrets remembered (keys, tokens); older renewed tokens are forgotten.
_MAX_KNOWN_SECRETS = 256
_known: OrderedDict[str, None] = OrderedDict()
_known_lock = threading.Lock()


def register_secret(secret: str | None) -> None:
    """Remember `secret` (a service key, an access token) so `redact` removes it everywhere.

    Every credential a client holds is registered when it is set or issued, so an error body,
    a log record or a transport error that echoes a bare token is redacted without the code
    that produced it having to know which client it came from.
    """
    if not secret or len(secret) < _MIN_SECRET_LENGTH:
        return
    with _known_lock:
        _known[secret] = None
        _known.move_to_end(secret)
        while len(_known) > _MAX_KNOWN_SECRETS:
            _known.popitem(last=False)


def known_secrets() -> tuple[str, ...]:
    """The registered secrets, longest first (so a secret containing another goes first)."""
    with _known_lock:
        return tuple(sorted(_known, key=len, reverse=True))


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with secrets, `api_key=` values and `Bearer`/`Basic` credentials as `***`.

    Removes the given `secrets` and every registered one (see `register_secret`). Applied to
    every error message and raw error body, since a server may echo a URL, an Authorization
    header or a bare token back in its error text.
    """
    for secret in (*secrets, *known_secrets()):
        if secret:
            text = text.replace(secret, "***")
    text = _CREDENTIAL_IN_TEXT.sub(r"\1 ***", text)
    return _API_KEY_IN_TEXT.sub(r"\1***", text)
