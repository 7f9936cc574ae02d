"""Every tunable default of the runtime in one place, matching what the official Nexla SDK sends."""

from __future__ import annotations

import re
from importlib import metadata

import httpx

DEFAULT_BASE_URL = "https://dataops.nexla.io/nexla-api"

ENV_SERVICE_KEY = "NEXLA_SERVICE_KEY"
ENV_ACCESS_TOKEN = "NEXLA_ACCESS_TOKEN"
ENV_API_URL = "NEXLA_API_URL"

#: The vendor media type selects API v1; the version is never part of the path.
ACCEPT = "application/vnd.nexla.api.v1+json"


def _version() -> str:
    try:
        return metadata.version("nexla-api")
    except metadata.PackageNotFoundError:
        return "0.1.0"


__version__ = _version()
USER_AGENT = f"nexla-api/{__version__}"

#: Connect fails fast (nothing was sent, so it is safe to retry); reads allow slow list endpoints.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

#: Lifetime assumed when the token reply has no `expires_in` (as the official SDK does).
DEFAULT_TOKEN_LIFETIME = 86400.0
#: Renew this long before expiry, but never more than 10 % of the token's life.
TOKEN_REFRESH_MARGIN = 300.0
TOKEN_REFRESH_FRACTION = 0.1

_API_KEY_IN_TEXT = re.compile(r"(api_key=)[^&\s'\"]+", re.IGNORECASE)
_CREDENTIAL_IN_TEXT = re.compile(r"\b(Bearer|Basic)\s+[^\s'\",;]+", re.IGNORECASE)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with given secrets, `api_key=` values and `Bearer`/`Basic` credentials as `***`.

    Applied to every error message and raw error body, since a server may echo a URL or an
    Authorization header back in its error text.
    """
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _CREDENTIAL_IN_TEXT.sub(r"\1 ***", text)
    return _API_KEY_IN_TEXT.sub(r"\1***", text)
