"""Keep credentials out of log records, including httpx's own request log.

httpx logs every request URL at INFO ("HTTP Request: GET https://...?api_key=..."). Nexla
webhook keys travel in the query string, so a filter on the `httpx` logger rewrites `api_key`
values (and any `Bearer`/`Basic` credential) before a handler sees them. Nothing else in the
record is changed.
"""

from __future__ import annotations

import logging
import threading

import httpx

from .constants import redact

logger = logging.getLogger("nexla_api")

_installed = False
_install_lock = threading.Lock()


class RedactingFilter(logging.Filter):
    """Rewrites string and URL arguments of a record through `redact`; never drops records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(
                redact(str(arg)) if isinstance(arg, str | httpx.URL) else arg for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install_log_redaction() -> None:
    """Attach `RedactingFilter` to the `httpx` and `nexla_api` loggers (once per process)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for name in ("httpx", "nexla_api"):
            logging.getLogger(name).addFilter(RedactingFilter())
        _installed = True
