"""Compare a copy of Nexla's official API reference with our bundled spec.

Each official operation is matched to one of ours by operationId (our id, the official id in
`x-nexla-source`, or an id listed in `x-nexla-aliases`), otherwise by method and path shape
(query part dropped, `{name}` -> `{}`). The report lists

- **new** operations: in the reference, not in our spec;
- **gone** operations: ours, marked as official (`x-nexla-source.official`), no longer in the
  reference;
- **changed** operations: parameters added / removed / renamed / retyped, request and response
  body fields added / removed / retyped, enum values added. Direction is always "ours ->
  reference": *added* means the reference has it and we do not.

The reference's known defects are not reported as changes (each skip is counted in the
report's "ignored" section):

- paths with a query string (`/users?expand=1`) are folded into the plain path's operation,
  whose query parameters they extend;
- path parameters declared but absent from the path template are treated as query parameters;
- path parameters are compared by position, never by name;
- a path parameter typed differently from ours is ignored when the reference itself types the
  same slot both ways elsewhere (the `string` ids of some deletes);
- only success (2xx) responses are compared, so untyped error bodies never show; a success
  response without a typed body is not compared;
- `number` and `integer` are the same type; `null` is dropped from every type, and a type that
  is only `null` (or no type at all) matches anything; `format` is not compared;
- trailing `?` in field names is dropped; an object without declared properties (free-form)
  matches any fields below it, on either side;
- request bodies' `required` flag is not compared (the reference never sets it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .oas import (
    DocumentError,
    Op,
    TypeInfo,
    flatten,
    ident,
    iter_ops,
    load_document,
    path_shape,
    placeholders,
    resolve,
    type_info,
)
from .report import Change, md_cell, write_outputs

# Change kinds, in report order.
KINDS = (
    "param-added",
    "param-removed",
    "param-renamed",
    "param-retyped",
    "request-body-added",
    "request-body-removed",
    "request-field-added",
    "request-field-removed",
    "request-field-retyped",
    "response-body-added",
    "response-body-removed",
    "response-field-added",
    "response-field-removed",
    "response-field-retyped",
    "enum-values-added",
)


# --------------------------------------------------------------------------- changes


@dataclass
class OperationDiff:
    operation: str  # our operationId
    reference_id: str
    ours: str  # METHOD path
    reference: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class Report:
    reference: str
    matched: int = 0
    new: list[dict[str, str]] = field(default_factory=list)
    gone: list[dict[str, str]] = field(default_factory=list)
    aliased: list[dict[str, str]] = field(default_factory=list)
    changed: list[OperationDiff] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)

    def counts(self) -> dict[str, int]:
        kinds: Counter[str] = Counter(c.kind for d in self.changed for c in d.changes)
        return {k: kinds[k] for k in KINDS if kinds[k]}

    def has_changes(self) -> bool:
        return bool(self.new or self.gone or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "summary": {
                "matched": self.matched,
                "new": len(self.new),
                "gone": len(self.gone),
                "changed_operations": len(self.changed),
                "changes": sum(len(d.changes) for d in self.changed),
                "by_kind": self.counts(),
            },
            "new": self.new,
            "gone": self.gone,
            "aliased": self.aliased,
            "changed": [
                {
                    "operation": d.operation,
                    "reference_id": d.reference_id,
                    "ours": d.ours,
                    "reference": d.reference,
                    "changes": [_change_json(c) for c in d.changes],
                }
                for d in self.changed
            ],
            "ignored_defects": dict(sorted(self.ignored.items())),
        }


def _change_json(change: Change) -> dict[str, Any]:
    data = asdict(change)
    del data["accepted"]  # nothing is acknowledged in a comparison with the reference
    return data


class _Comparer:
    def __init__(self, ours: dict[str, Any], ref: dict[str, Any], report: Report) -> None:
        self.ours = ours
        self.ref = ref
        self.ignored = report.ignored
        self.slot_types = self._reference_slot_types()

    # Parameters ------------------------------------------------------------------------

    def _reference_slot_types(self) -> dict[str, set[str]]:
        """Types the reference gives each path-parameter slot (`/data_sources/{}`)."""
        slots: dict[str, set[str]] = {}
        for op in iter_ops(self.ref):
            if op.webhook:
                continue
            for prefix, param in self._path_params(op):
                if param is None:
                    continue
                info = type_info(self.ref, param.get("schema"))
                if info.types is not None:
                    slots.setdefault(prefix, set()).update(info.types)
        return slots

    def _split_params(
        self, op: Op
    ) -> tuple[list[tuple[str, str, dict[str, Any] | None]], dict[str, dict[str, Any]]]:
        """Path slots (prefix, template name, declared parameter) in order, and the query parameters.

        A path parameter declared under another name than its placeholder fills the first
        undeclared placeholder; one left over (not in the template) counts as a query parameter.
        """
        params = op.parameters()
        template = op.path.split("?")[0] if not op.webhook else ""
        names = placeholders(template)
        declared = {p["name"]: p for p in params if p.get("in") == "path"}
        stray = [p for n, p in declared.items() if n not in names]
        slots: list[tuple[str, str, dict[str, Any] | None]] = []
        for match in re.finditer(r"\{([^}]+)\}", template):
            prefix = path_shape(template[: match.end()])
            param: dict[str, Any] | None = declared.get(match.group(1))
            if param is None and stray:
                param = stray.pop(0)
            slots.append((prefix, match.group(1), param))
        query = {p["name"]: p for p in params if p.get("in") == "query"}
        for param in stray:
            query.setdefault(param["name"], param)
        return slots, query

    def _path_params(self, op: Op) -> list[tuple[str, dict[str, Any] | None]]:
        return [(prefix, param) for prefix, _, param in self._split_params(op)[0]]

    def _query_params(self, op: Op, side: str) -> dict[str, dict[str, Any]]:
        slots, query = self._split_params(op)
        if side == "reference":
            used = {id(p) for _, _, p in slots if p is not None}
            for param in query.values():
                if param.get("in") == "path" and id(param) not in used:
                    self.ignored[
                        "path parameter declared outside the template (compared as query)"
                    ] += 1
            for _, name, slot_param in slots:
                if slot_param is not None and slot_param["name"] != name:
                    self.ignored[
                        "path parameter declared under another name than its placeholder"
                    ] += 1
        return query

    def _param_text(
        self, doc: dict[str, Any], param: dict[str, Any] | None
    ) -> tuple[TypeInfo, str]:
        if param is None:
            return TypeInfo(None), "any"
        info = type_info(doc, param.get("schema"))
        text = info.text()
        if param.get("required") and param.get("in") != "path":
            text += ", required"
        return info, text

    def params(self, ours: Op, ref: Op) -> list[Change]:
        changes: list[Change] = []
        if not ref.webhook and not ours.webhook:
            ours_path = self._path_params(ours)
            ref_path = self._path_params(ref)
            for index in range(max(len(ours_path), len(ref_path))):
                where = f"path #{index + 1}"
                if index >= len(ours_path):
                    name = placeholders(ref.path)[index]
                    changes.append(Change("param-added", where, None, name))
                    continue
                if index >= len(ref_path):
                    name = placeholders(ours.path)[index]
                    changes.append(Change("param-removed", where, name, None))
                    continue
                ours_name = placeholders(ours.path)[index]
                ref_name = placeholders(ref.path)[index]
                if ours_name != ref_name:
                    self.ignored["path parameter named differently (compared by position)"] += 1
                ours_info, ours_text = self._param_text(self.ours, ours_path[index][1])
                ref_info, ref_text = self._param_text(self.ref, ref_path[index][1])
                where = f"path #{index + 1} ({ours_name})"
                if ref_path[index][1] is None:
                    self.ignored["path placeholder not declared"] += 1
                    continue
                if _differs(ours_info, ref_info):
                    seen = self.slot_types.get(ref_path[index][0], set())
                    declared = ref_path[index][1] or {}
                    if len(seen) > 1 and ours_info.types and ours_info.types <= seen:
                        self.ignored["path parameter typed both ways in the reference"] += 1
                    elif (
                        str(declared.get("name", "")).endswith("_id")
                        and ref_info.types == frozenset({"string"})
                        and ours_info.types == frozenset({"number"})
                    ):
                        self.ignored["id path parameter typed string"] += 1
                    else:
                        changes.append(Change("param-retyped", where, ours_text, ref_text))
                changes.extend(self._enum(where, ours_info, ref_info))
        ours_q = self._query_params(ours, "ours")
        ref_q = self._query_params(ref, "reference")
        removed = [n for n in ours_q if n not in ref_q]
        added = [n for n in ref_q if n not in ours_q]

        # A rename is a removed and an added parameter that are the only ones of their kind
        # (types and required flag) on each side; anything more ambiguous stays removed + added.
        def signature(doc: dict[str, Any], param: dict[str, Any]) -> tuple[Any, bool]:
            types = type_info(doc, param.get("schema")).types
            return (types, _required(param))

        removed_sig = {n: signature(self.ours, ours_q[n]) for n in removed}
        added_sig = {n: signature(self.ref, ref_q[n]) for n in added}
        for name, sig in removed_sig.items():
            if sig[0] is None or list(removed_sig.values()).count(sig) != 1:
                continue
            partners = [a for a, s in added_sig.items() if s == sig]
            if len(partners) == 1:
                partner = partners[0]
                changes.append(
                    Change("param-renamed", f"query {name}", name, partner, f"{name} -> {partner}")
                )
                removed.remove(name)
                added.remove(partner)
        for name in removed:
            changes.append(
                Change(
                    "param-removed", f"query {name}", self._param_text(self.ours, ours_q[name])[1]
                )
            )
        for name in added:
            changes.append(
                Change(
                    "param-added", f"query {name}", None, self._param_text(self.ref, ref_q[name])[1]
                )
            )
        for name in ours_q:
            if name not in ref_q:
                continue
            ours_info, ours_text = self._param_text(self.ours, ours_q[name])
            ref_info, ref_text = self._param_text(self.ref, ref_q[name])
            if ref_info.null_only:
                self.ignored["null-only type"] += 1
            elif _differs(ours_info, ref_info) or _required(ours_q[name]) != _required(ref_q[name]):
                changes.append(Change("param-retyped", f"query {name}", ours_text, ref_text))
            changes.extend(self._enum(f"query {name}", ours_info, ref_info))
        return changes

    # Bodies ----------------------------------------------------------------------------

    def _enum(self, where: str, ours: TypeInfo, ref: TypeInfo) -> list[Change]:
        if ours.enum is None or ref.enum is None:
            return []
        extra = sorted(ref.enum - ours.enum)
        if not extra:
            return []
        return [Change("enum-values-added", where, ", ".join(sorted(ours.enum)), ", ".join(extra))]

    def bodies(self, prefix: str, ours_schema: Any, ref_schema: Any, label: str) -> list[Change]:
        if ref_schema is None and ours_schema is None:
            return []
        if ours_schema is None:
            return [
                Change(f"{prefix}-body-added", label, None, type_info(self.ref, ref_schema).text())
            ]
        if ref_schema is None:
            return [
                Change(
                    f"{prefix}-body-removed", label, type_info(self.ours, ours_schema).text(), None
                )
            ]
        ours_fields = flatten(self.ours, ours_schema)
        ref_fields = flatten(self.ref, ref_schema)
        changes: list[Change] = []
        skip: list[str] = []  # subtrees already reported or not comparable

        def under(path: str) -> bool:
            return any(
                (s == "" and path != "")
                or (path.startswith(s) and path[len(s) : len(s) + 1] in ("/", "["))
                for s in skip
            )

        for path in sorted(set(ours_fields) | set(ref_fields)):
            if under(path):
                continue
            where = f"{label} {path or '(body)'}"
            o, r = ours_fields.get(path), ref_fields.get(path)
            if o is None and r is not None:
                changes.append(Change(f"{prefix}-field-added", where, None, r.text()))
                skip.append(path)
                continue
            if r is None and o is not None:
                changes.append(Change(f"{prefix}-field-removed", where, o.text(), None))
                skip.append(path)
                continue
            assert o is not None and r is not None
            if r.types is None:
                self.ignored["null-only type" if r.null_only else "untyped schema"] += 1
                skip.append(path)
                continue
            if o.opaque or r.opaque:
                skip.append(path)
            if _differs(o, r):
                changes.append(Change(f"{prefix}-field-retyped", where, o.text(), r.text()))
                skip.append(path)
                continue
            changes.extend(self._enum(where, o, r))
        return changes

    def request(self, ours: Op, ref: Op) -> list[Change]:
        return self.bodies(
            "request",
            _body_schema(self.ours, ours.op.get("requestBody")),
            _body_schema(self.ref, ref.op.get("requestBody")),
            "request",
        )

    def response(self, ours: Op, ref: Op) -> list[Change]:
        ref_status, ref_schema, ref_declared = _success(self.ref, ref.op)
        ours_status, ours_schema, _ = _success(self.ours, ours.op)
        if ref_schema is None and ref_declared:
            self.ignored["no typed success response"] += 1
            return []
        if ref_schema is not None and type_info(self.ref, ref_schema).types is None:
            self.ignored["no typed success response"] += 1
            return []
        label = f"response {ref_status or ours_status}"
        return self.bodies("response", ours_schema, ref_schema, label)


def _required(param: dict[str, Any]) -> bool:
    """Whether a query parameter is required (a stray `in: path` one's flag means nothing)."""
    return bool(param.get("required")) and param.get("in") != "path"


def _differs(ours: TypeInfo, ref: TypeInfo) -> bool:
    if ours.types is None or ref.types is None:
        return False
    return ours.types != ref.types


def _json_schema(doc: dict[str, Any], content: Any) -> Any:
    if not isinstance(content, dict) or not content:
        return None
    for media in content:
        if "json" in str(media):
            entry = resolve(doc, content[media], strict=False)
            return entry.get("schema") if isinstance(entry, dict) else None
    entry = resolve(doc, next(iter(content.values())), strict=False)
    return entry.get("schema") if isinstance(entry, dict) else None


def _body_schema(doc: dict[str, Any], body: Any) -> Any:
    body = resolve(doc, body, strict=False)
    if not isinstance(body, dict):
        return None
    return _json_schema(doc, body.get("content"))


def _success(doc: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, Any, bool]:
    """(status, schema) of the first 2xx response with a body; declared = any 2xx at all."""
    responses = op.get("responses") or {}
    statuses = sorted(str(s) for s in responses if str(s).startswith("2"))
    for status in statuses:
        response = resolve(
            doc,
            responses.get(status, responses.get(int(status) if status.isdigit() else status)),
            strict=False,
        )
        if isinstance(response, dict):
            schema = _json_schema(doc, response.get("content"))
            if schema is not None:
                return status, schema, True
    return (statuses[0] if statuses else None), None, bool(statuses)


# --------------------------------------------------------------------------- matching


def compare(ours_doc: dict[str, Any], ref_doc: dict[str, Any], reference_name: str = "") -> Report:
    report = Report(reference=reference_name)
    comparer = _Comparer(ours_doc, ref_doc, report)
    ours_ops = list(iter_ops(ours_doc))
    by_id: dict[str, Op] = {}
    by_alias: dict[str, Op] = {}
    by_shape: dict[tuple[str, str], Op] = {}
    for op in ours_ops:
        for key in (op.op_id, ident(op.op_id)):
            by_id.setdefault(key, op)
        official = op.official_id()
        if official:
            for key in (official, ident(official)):
                by_id.setdefault(key, op)
        for alias in op.aliases():
            for key in (alias, ident(alias)):
                by_alias.setdefault(key, op)
        if not op.webhook:
            by_shape.setdefault((op.method, op.shape), op)

    ref_ops = list(iter_ops(ref_doc))
    id_count = Counter(op.op_id for op in ref_ops)
    plain = {(op.method, op.path): op for op in ref_ops if "?" not in op.path and not op.webhook}
    folded: list[tuple[Op, Op]] = []
    primary_ids = set()
    for op in ref_ops:
        target = plain.get((op.method, op.path.split("?")[0])) if "?" in op.path else None
        if target is not None:
            target.extra_query.extend(
                p
                for p in op.parameters()
                if p.get("in") == "query"
                or p.get("in") == "path"
                and p["name"] not in placeholders(op.path)
            )
            folded.append((op, target))
            report.ignored["query string in path (folded into the plain path)"] += 1
        else:
            primary_ids.add(op.op_id)

    matched: dict[int, list[tuple[Op, Op, str]]] = {}
    for ref in ref_ops:
        if any(ref is f for f, _ in folded):
            continue
        unique = id_count[ref.op_id] == 1
        if id_count[ref.op_id] > 1:
            report.ignored["duplicate operationId (matched by path)"] += 1
        ours: Op | None = None
        how = ""
        if unique and (ref.op_id in by_id or ident(ref.op_id) in by_id):
            ours, how = by_id.get(ref.op_id) or by_id[ident(ref.op_id)], "id"
        elif unique and (ref.op_id in by_alias or ident(ref.op_id) in by_alias):
            ours, how = by_alias.get(ref.op_id) or by_alias[ident(ref.op_id)], "alias"
        elif not ref.webhook and (ref.method, ref.shape) in by_shape:
            ours, how = by_shape[(ref.method, ref.shape)], "path"
        if ours is None:
            report.new.append(
                {
                    "operation_id": ref.op_id,
                    "method": ref.method.upper(),
                    "path": ref.path,
                    "tags": ", ".join(ref.tags()),
                    "summary": str(ref.op.get("summary") or ""),
                }
            )
            continue
        matched.setdefault(id(ours), []).append((ours, ref, how))

    for op, target in folded:
        ours_for_target = next(
            (o for lst in matched.values() for o, r, _ in lst if r is target), None
        )
        if ours_for_target is not None:
            report.aliased.append(
                {
                    "reference_id": op.op_id,
                    "operation": ours_for_target.op_id,
                    "why": "query string in path",
                }
            )

    for op in ours_ops:
        if id(op) not in matched and op.official_id():
            report.gone.append(
                {
                    "operation_id": op.op_id,
                    "official_id": op.official_id() or "",
                    "method": op.method.upper(),
                    "path": op.path,
                }
            )

    for pairs in matched.values():
        direct = [p for p in pairs if p[2] != "alias"]
        for ours, ref, how in pairs:
            if how == "alias" and direct:
                report.aliased.append(
                    {"reference_id": ref.op_id, "operation": ours.op_id, "why": "x-nexla-aliases"}
                )
                continue
            report.matched += 1
            changes = [
                *comparer.params(ours, ref),
                *comparer.request(ours, ref),
                *comparer.response(ours, ref),
            ]
            if changes:
                report.changed.append(
                    OperationDiff(ours.op_id, ref.op_id, ours.label, ref.label, changes)
                )
    report.changed.sort(key=lambda d: d.operation)
    report.new.sort(key=lambda d: d["operation_id"])
    report.gone.sort(key=lambda d: d["operation_id"])
    return report


# --------------------------------------------------------------------------- output


def markdown(report: Report) -> str:
    lines = [
        "# Official reference vs our spec",
        "",
        f"Reference: `{report.reference}`. Direction: *added* = in the reference, not in ours.",
        "",
        "| | count |",
        "|---|---|",
        f"| operations matched | {report.matched} |",
        f"| new (reference only) | {len(report.new)} |",
        f"| gone (ours, official, not in the reference) | {len(report.gone)} |",
        f"| changed operations | {len(report.changed)} |",
    ]
    for kind, count in report.counts().items():
        lines.append(f"| &nbsp;&nbsp;{kind} | {count} |")
    if report.new:
        lines += [
            "",
            "## New operations",
            "",
            "| operationId | method | path | tags | summary |",
            "|---|---|---|---|---|",
        ]
        for row in report.new:
            lines.append(
                f"| `{row['operation_id']}` | {row['method']} | `{row['path']}` | {row['tags']} | {row['summary']} |"
            )
    if report.gone:
        lines += [
            "",
            "## Gone operations",
            "",
            "| our operationId | official id | method | path |",
            "|---|---|---|---|",
        ]
        for row in report.gone:
            lines.append(
                f"| `{row['operation_id']}` | `{row['official_id']}` | {row['method']} | `{row['path']}` |"
            )
    if report.changed:
        lines += ["", "## Changed operations"]
        for diff in report.changed:
            title = f"`{diff.operation}`"
            if diff.reference_id != diff.operation:
                title += f" (official `{diff.reference_id}`)"
            lines += ["", f"### {title}: {diff.ours}", ""]
            if diff.reference != diff.ours:
                lines += [f"Reference: {diff.reference}", ""]
            lines += ["| change | where | ours | reference |", "|---|---|---|---|"]
            for c in diff.changes:
                lines.append(
                    f"| {c.kind} | {c.subject} | {md_cell(c.before)} | {md_cell(c.after)} |"
                )
    if report.aliased:
        lines += ["", "## Folded into another operation (not compared on their own)", ""]
        for row in report.aliased:
            lines.append(f"- `{row['reference_id']}` -> `{row['operation']}` ({row['why']})")
    if report.ignored:
        lines += ["", "## Known reference defects skipped", "", "| defect | times |", "|---|---|"]
        for kind, count in sorted(report.ignored.items()):
            lines.append(f"| {kind} | {count} |")
    if not report.has_changes():
        lines += ["", "No differences."]
    return "\n".join(lines) + "\n"


def changes_of(report: Report) -> Iterable[tuple[str, Change]]:
    for diff in report.changed:
        for change in diff.changes:
            yield diff.operation, change


# --------------------------------------------------------------------------- command line


def add_arguments(parser: Any) -> None:
    parser.add_argument(
        "reference", type=Path, help="the official reference (OpenAPI YAML or JSON)"
    )
    parser.add_argument("--json", type=Path, dest="json_out", help="write the report as JSON here")
    parser.add_argument(
        "--markdown", type=Path, dest="md_out", help="write the Markdown report here"
    )
    parser.add_argument(
        "--fail-on-change",
        action="store_true",
        help="exit 1 when anything is new, gone or changed (default: report only)",
    )


def main(args: Any) -> int:
    import sys

    from .spec import SpecError, bundle

    try:
        ref_doc = load_document(args.reference)
        ours_doc = bundle()
    except (DocumentError, SpecError) as exc:
        print(f"compare-official: {exc}", file=sys.stderr)
        return 2
    report = compare(ours_doc, ref_doc, str(args.reference))
    write_outputs(report.to_json(), markdown(report), args.json_out, args.md_out)
    print(markdown(report), end="")
    return 1 if args.fail_on_change and report.has_changes() else 0
