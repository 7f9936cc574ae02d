"""A small Jolt interpreter for sample records: `shift`, `remove`, `default`.

Enough of Jolt to make nexset samples reflect the transform a recipe attaches (for
example removing `ssn`/`dob`). Unknown operations pass records through unchanged.
"""

from __future__ import annotations

import copy
from typing import Any


def _put(out: dict[str, Any], path: str, value: Any) -> None:
    parts = [p for p in path.split(".") if p]
    if not parts:
        return
    target = out
    for part in parts[:-1]:
        nxt = target.setdefault(part, {})
        if not isinstance(nxt, dict):
            nxt = target[part] = {}
        target = nxt
    target[parts[-1]] = value


def _resolve(target: str, keys: list[str]) -> str:
    for depth in range(len(keys), 0, -1):
        target = target.replace(f"&{depth - 1}", keys[-depth])
    return target.replace("&", keys[-1]) if keys else target


def _shift(record: Any, spec: dict[str, Any], out: dict[str, Any], keys: list[str]) -> None:
    if not isinstance(record, dict):
        return
    for key, target in spec.items():
        matches = list(record) if key == "*" else ([key] if key in record else [])
        for match in matches:
            value = record[match]
            if isinstance(target, dict):
                _shift(value, target, out, [*keys, match])
            else:
                for t in target if isinstance(target, list) else [target]:
                    _put(out, _resolve(str(t), [*keys, match]), copy.deepcopy(value))


def _remove(record: Any, spec: dict[str, Any]) -> None:
    if not isinstance(record, dict):
        return
    for key, sub in spec.items():
        keys = list(record) if key == "*" else [key]
        for k in keys:
            if isinstance(sub, dict) and sub and isinstance(record.get(k), dict):
                _remove(record[k], sub)
            else:
                record.pop(k, None)


def _default(record: dict[str, Any], spec: dict[str, Any]) -> None:
    for key, value in spec.items():
        if isinstance(value, dict):
            sub = record.setdefault(key, {})
            if isinstance(sub, dict):
                _default(sub, value)
        elif key not in record or record[key] is None:
            record[key] = copy.deepcopy(value)


def apply(operations: list[Any], record: dict[str, Any]) -> dict[str, Any]:
    current = copy.deepcopy(record)
    for op in operations:
        if not isinstance(op, dict):
            continue
        spec = op.get("spec")
        if not isinstance(spec, dict):
            continue
        name = op.get("operation")
        if name == "shift":
            out: dict[str, Any] = {}
            _shift(current, spec, out, [])
            current = out
        elif name == "remove":
            _remove(current, spec)
        elif name == "default":
            _default(current, spec)
    return current
