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

from .constants import redact
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


def install_log_redaction() -> None:
    """Attach `RedactingFilter` to the `httpx` and `nexla_api` loggers (once per process)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for name in ("httpx", "nexla_api"):
            logging.getLogger(name).addFilter(RedactingFilter())
        _installed = True
