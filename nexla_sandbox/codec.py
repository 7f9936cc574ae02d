"""JSON for the sandbox's store and replies: orjson when it can, the standard library when not.

orjson decodes and encodes several times faster, which is most of the cost of listing a
thousand resources. It refuses what the standard library accepts (integers beyond 64 bits,
NaN; it reads integers beyond 64 bits as floats), so those documents fall back to `json` and behave exactly as before; without orjson
installed everything uses `json`.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is part of the sandbox extra
    orjson = None  # type: ignore[assignment]


# orjson reads integers beyond 64 bits as floats: documents with a run of 19 or more digits
# go to `json`. The check maps every digit to "0" and everything else to " " (one C-level
# `translate`) and then looks for nineteen "0"s: about ten times faster than a regex scan,
# which matters when a whole kind (a megabyte for 1,000 sources) is decoded at once.
_DIGIT_MAP = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_RUN = b"0" * 19


def has_long_number(data: bytes) -> bool:
    """Whether `data` has a run of 19 or more ASCII digits."""
    return _LONG_RUN in data.translate(_DIGIT_MAP)


def loads(data: str | bytes) -> Any:
    if orjson is not None:
        try:
            raw = data.encode() if isinstance(data, str) else data
            if not has_long_number(raw):
                return orjson.loads(raw)
        except (orjson.JSONDecodeError, UnicodeEncodeError):
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
