"""Recipe 13: check a nexset's samples against required fields, types and nulls.

Samples come back as `{rawMessage, nexlaMetaData}` with metadata (or bare records without),
so both shapes are unwrapped. Types use JSON names (`string`, `number`, `integer`,
`boolean`, `object`, `array`): `number` accepts integers, and booleans are never numbers,
unlike a Python `isinstance(x, int)` check. Rows are numbered from 1 in sample order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.nexsets import get_nexset_samples
from nexla_api.runtime.connectors import json_type

JSON_TYPES = ("string", "number", "integer", "boolean", "object", "array")


@dataclass(frozen=True)
class Issue:
    """One problem in one sample row (1-based)."""

    row: int
    field: str
    problem: str  # missing | null | empty | type | not_object | no_samples
    expected: str | None = None
    actual: str | None = None

    def __str__(self) -> str:
        if self.problem == "type":
            return f"row {self.row}: `{self.field}` should be {self.expected}, got {self.actual}"
        if self.problem == "no_samples":
            return "the nexset returned no samples (nothing to validate)"
        if self.problem == "not_object":
            return f"row {self.row}: the sample is {self.actual}, not a JSON object"
        return f"row {self.row}: `{self.field}` is {self.problem}"


@dataclass
class SampleReport:
    """Findings over the samples; `invalid_rows` lists each bad row once."""

    nexset_id: int | None
    sample_count: int
    required: list[str]
    types: dict[str, str]
    issues: list[Issue] = field(default_factory=list)
    null_counts: dict[str, int] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.issues

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues})

    def to_dict(self) -> dict[str, Any]:
        return {
            "nexset_id": self.nexset_id,
            "valid": self.valid,
            "sample_count": self.sample_count,
            "invalid_rows": self.invalid_rows,
            "issues": [
                {
                    "row": i.row,
                    "field": i.field,
                    "problem": i.problem,
                    "expected": i.expected,
                    "actual": i.actual,
                }
                for i in self.issues
            ],
            "null_counts": dict(sorted(self.null_counts.items())),
        }


def _type_ok(value: Any, expected: str) -> bool:
    actual = json_type(value)
    return actual == expected or (expected == "number" and actual == "integer")


def parse_types(spec: str | Mapping[str, str]) -> dict[str, str]:
    """`a=string,b=number` (or a mapping) as a checked field -> type map."""
    pairs: list[tuple[str, str]] = []
    if isinstance(spec, str):
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, sep, kind = part.partition("=")
            if not sep or not name.strip() or not kind.strip():
                raise ValueError(f"bad type spec {part!r}: write field=type, e.g. amount=number")
            pairs.append((name.strip(), kind.strip().lower()))
    else:
        pairs = [(k, v.lower()) for k, v in spec.items()]
    for name, kind in pairs:
        if kind not in JSON_TYPES:
            raise ValueError(
                f"unknown type {kind!r} for field {name!r}; use one of {', '.join(JSON_TYPES)}"
            )
    return dict(pairs)


def unwrap(sample: Any) -> Any:
    """The record inside a sample (`rawMessage` when metadata was requested)."""
    if isinstance(sample, Mapping) and "rawMessage" in sample:
        return sample["rawMessage"]
    return sample


def validate_records(
    records: Sequence[Any],
    *,
    required: Sequence[str] = (),
    types: Mapping[str, str] | None = None,
    allow_empty: bool = False,
    nexset_id: int | None = None,
) -> SampleReport:
    """Check plain records: required fields present, not null (nor "" unless allowed), typed."""
    wanted = parse_types(types or {})
    report = SampleReport(nexset_id, len(records), list(required), wanted)
    fields = list(dict.fromkeys([*required, *wanted]))
    for row, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            report.issues.append(Issue(row, "", "not_object", "object", json_type(record)))
            continue
        for name in fields:
            present = name in record
            value = record.get(name)
            if present and value is None:
                report.null_counts[name] = report.null_counts.get(name, 0) + 1
            if name in required:
                if not present:
                    report.issues.append(Issue(row, name, "missing"))
                    continue
                if value is None:
                    report.issues.append(Issue(row, name, "null"))
                    continue
                if value == "" and not allow_empty:
                    report.issues.append(Issue(row, name, "empty"))
                    continue
            if present and value is not None and name in wanted:
                if not _type_ok(value, wanted[name]):
                    report.issues.append(Issue(row, name, "type", wanted[name], json_type(value)))
    return report


def fetch_samples(client: NexlaClient, nexset_id: int, *, count: int = 20) -> list[Any]:
    """Sample records of a nexset (`GET /data_sets/{id}/samples`), unwrapped."""
    if count < 1:
        raise ValueError("count must be at least 1")
    samples = get_nexset_samples.sync(nexset_id, client=client, count=count, include_metadata=True)
    return [unwrap(s) for s in samples or []]


def validate_samples(
    client: NexlaClient,
    nexset_id: int,
    *,
    required: Sequence[str] = (),
    types: Mapping[str, str] | None = None,
    count: int = 20,
    allow_empty: bool = False,
) -> SampleReport:
    """Fetch `count` samples and validate them; an empty sample set is reported as invalid."""
    records = fetch_samples(client, nexset_id, count=count)
    report = validate_records(
        records, required=required, types=types, allow_empty=allow_empty, nexset_id=nexset_id
    )
    if not records:
        report.issues.append(Issue(0, "", "no_samples"))
    return report
