# generated from spec/ by generator — do not edit
"""The errors generated endpoint functions raise: `nexla_api.runtime.errors`, re-exported.

A reply outside 2xx raises the `NexlaError` subclass for its status; a 2xx reply that is not
what the operation documents raises `MalformedReplyError`; no usable reply raises
`TransportError`.
"""

from .runtime.errors import MalformedReplyError, NexlaError, TransportError

__all__ = ["MalformedReplyError", "NexlaError", "TransportError"]
