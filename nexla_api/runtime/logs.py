"""Keep credentials out of log records, including httpx's own request log.

httpx logs every request URL at INFO ("HTTP Request: GET https://...?api_key=..."). Nexla
webhook keys travel in the query string, so a filter on the `httpx` logger rewrites `api_key`
values (and any `Bearer`/`Basic` credential) before a handler sees them. Dict and list
arguments (a request body, a connector config) get the fields the connector catalogue marks
secret replaced, and their strings redacted the same way. Nothing else in the record is
changed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping

import httpx

from .constants import redact, register_secret
from .errors import _redact_values


def _redact_arg(arg: object) -> object:
    """A log argument with secrets removed: strings and URLs through `redact`; dicts and lists
    (a request body, a config) with connector secret fields replaced and strings redacted."""
    if isinstance(arg, str | httpx.URL):
        return redact(str(arg))
    if isinstance(arg, Mapping | list | tuple):
        return _redact_values(dict(arg) if isinstance(arg, Mapping) else list(arg))
    return arg


logger = logging.getLogger("nexla_api")

_installed = False
_install_lock = threading.Lock()


class RedactingFilter(logging.Filter):
    """Rewrites string and URL arguments of a record through `redact`; never drops records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(_redact_arg(arg) for arg in record.args)
        elif isinstance(record.args, Mapping) and record.args:
            record.args = _redact_values(dict(record.args))
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def register_secret_url(url: str) -> None:
    """Make a secret URL (an alert or webhook URL) unprintable in logs and error texts.

    Registers the URL as given and as httpx spells it (lower-cased scheme and host), its
    path and query, token-like path segments (where Slack and Nexla keep the webhook's
    token) and its userinfo, so a log line or an error that shows the URL in either
    spelling, its path, or the token alone, shows none of it.
    """
    register_secret(url)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return
    register_secret(str(parsed))
    register_secret(parsed.raw_path.decode("ascii", "replace"))
    register_secret(parsed.userinfo.decode("ascii", "replace"))
    register_secret(parsed.password)
    for segment in parsed.path.split("/"):
        if len(segment) >= 12 and any(c.isdigit() for c in segment):
            register_secret(segment)  # a token in the path (Slack, Nexla webhook ids)


def install_log_redaction() -> None:
    """Attach `RedactingFilter` to the `httpx` and `nexla_api` loggers (once per process)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for name in ("httpx", "nexla_api"):
            logging.getLogger(name).addFilter(RedactingFilter())
        _installed = True
