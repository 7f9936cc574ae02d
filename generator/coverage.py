"""How much of the official API reference (and the SDK-only calls) the spec covers.

An official operation is *covered* when its operationId is an operation of ours, *aliased*
when it is folded into one (listed in `x-nexla-aliases`), otherwise *missing*. SDK-only
operations are matched by method and path shape.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .oas import path_shape
from .spec import iter_operations

DATA_DIR = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _sdk_matches(sdk_method: str, sdk_path: str, method: str, shape: str) -> bool:
    """An SDK path template matches ours segment by segment; an SDK placeholder also matches
    a literal of ours (the SDK's generic `/{resource_type}/{id}/flow/{metric_type}` is served
    by our concrete `/flow/logs` and `/flow/metrics` operations)."""
    if sdk_method != method:
        return False
    theirs, ours = path_shape(sdk_path).split("/"), shape.split("/")
    return len(theirs) == len(ours) and all(
        t == o or t == "{}" for t, o in zip(theirs, ours, strict=True)
    )


@dataclass
class Coverage:
    by_tag: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    sdk_only: dict[str, list[str]] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(len(v.get(status, [])) for v in self.by_tag.values())

    @property
    def official_total(self) -> int:
        return sum(len(ids) for v in self.by_tag.values() for ids in v.values())

    @property
    def ok(self) -> bool:
        return self.count("missing") == 0 and not self.sdk_only.get("missing")


def coverage(doc: dict[str, Any]) -> Coverage:
    ours: dict[str, str] = {}
    aliases: dict[str, str] = {}
    shapes: set[tuple[str, str]] = set()
    for op in iter_operations(doc):
        ours[op.operation_id] = op.operation_id
        for alias in op.op.get("x-nexla-aliases", []):
            aliases[alias] = op.operation_id
        shapes.add((op.method.upper(), path_shape(op.path)))
    result = Coverage()
    by_tag: dict[str, dict[str, list[str]]] = defaultdict(
        lambda: {"covered": [], "aliased": [], "missing": []}
    )
    for row in _rows("official_operations.tsv"):
        tag = row["tag"] if row["kind"] == "path" else "(webhooks)"
        op_id = row["operation_id"]
        if op_id in ours:
            by_tag[tag]["covered"].append(op_id)
        elif op_id in aliases:
            by_tag[tag]["aliased"].append(f"{op_id} -> {aliases[op_id]}")
        else:
            by_tag[tag]["missing"].append(f"{op_id} ({row['method']} {row['path']})")
    result.by_tag = dict(sorted(by_tag.items()))
    sdk: dict[str, list[str]] = {"covered": [], "missing": []}
    for row in _rows("sdk_only_operations.tsv"):
        found = any(
            _sdk_matches(row["method"], row["path"], method, shape) for method, shape in shapes
        )
        sdk["covered" if found else "missing"].append(f"{row['method']} {row['path']}")
    result.sdk_only = sdk
    return result


def report(cov: Coverage) -> str:
    lines = ["| official tag | covered | aliased | missing |", "|---|---|---|---|"]
    for tag, statuses in cov.by_tag.items():
        lines.append(
            f"| {tag} | {len(statuses['covered'])} | {len(statuses['aliased'])} | {len(statuses['missing'])} |"
        )
    lines.append(
        f"| **all** | {cov.count('covered')} | {cov.count('aliased')} | {cov.count('missing')} |"
    )
    total = cov.official_total
    done = cov.count("covered") + cov.count("aliased")
    sdk_done, sdk_total = (
        len(cov.sdk_only["covered"]),
        len(cov.sdk_only["covered"]) + len(cov.sdk_only["missing"]),
    )
    lines += [
        "",
        f"official operations: {done}/{total} (covered + aliased)",
        f"SDK-only operations: {sdk_done}/{sdk_total}",
    ]
    missing = [m for s in cov.by_tag.values() for m in s["missing"]] + [
        f"SDK-only {m}" for m in cov.sdk_only["missing"]
    ]
    if missing:
        lines += ["", "missing:"] + [f"  {m}" for m in missing]
    return "\n".join(lines)
