"""The base class of the recipes' generated config models: reprs that never show a secret.

A loaded deploy config or rotation input holds credentials and connector configs; printing
one (a debugger, a log line, an assertion message) must not print them. The masking rules
are the binding's (`nexla_api.runtime.secret_fields`), the same ones the generated API
models use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from nexla_api.runtime.secret_fields import masked_for_display


class RedactedModel(BaseModel):
    """A pydantic model whose repr and str show secrets as `***`."""

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            yield name, masked_for_display(value, name)
