"""JSON for the sandbox's store and replies: orjson when it can, the standard library when not.

orjson decodes and encodes several times faster, which is most of the cost of listing a
thousand resources. It refuses what the standard library accepts (integers beyond 64 bits,
NaN; it reads integers beyond 64 bits as floats), so those documents fall back to `json` and behave exactly as before; without orjson
installed everything uses `json`.
"""

from __future__ import annotations

import json
import re
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is part of the sandbox extra
    orjson = None  # type: ignore[assignment]


# orjson reads integers beyond 64 bits as floats: such documents go to `json`.
_LONG_NUMBER = re.compile(r"[0-9]{19}")
_LONG_NUMBER_BYTES = re.compile(rb"[0-9]{19}")


def loads(data: str | bytes) -> Any:
    long_number = _LONG_NUMBER_BYTES if isinstance(data, bytes) else _LONG_NUMBER
    if orjson is not None and long_number.search(data) is None:  # type: ignore[arg-type]
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data)


def dumps(value: Any, *, sort_keys: bool = False) -> bytes:
    """Compact JSON bytes (`separators=(",", ":")`), keys sorted if asked."""
    if orjson is not None:
        options = orjson.OPT_NON_STR_KEYS | (orjson.OPT_SORT_KEYS if sort_keys else 0)
        try:
            return orjson.dumps(value, option=options)
        except (orjson.JSONEncodeError, TypeError):
            pass
    return json.dumps(value, separators=(",", ":"), sort_keys=sort_keys).encode()
