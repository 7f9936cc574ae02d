"""Public-surface diff of the binding between a git revision and the working tree.

The surface is read with `ast` (nothing is imported):

- every endpoint module `nexla_api/api/<tag>/<operation>.py` and the signatures of its
  `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed` functions;
- every attrs model in `nexla_api/models/` with its fields (annotation, required or not);
- every enum in `nexla_api/models/` with its members and values.

Each change is classified. Breaking: a removed operation, function, model, enum or enum member;
a removed, renamed, retyped, moved or newly required parameter; a removed, renamed or retyped
field; a new required parameter or field; a changed return type or enum value. Not breaking: a
new operation, function, model or enum; a new optional parameter; a new optional field; a new
enum member; a parameter that became optional.

Every change has a stable key, `<kind> <subject>`, e.g.
`parameter-removed nexla_api.api.sources.get_data_sources(page)` or
`field-retyped nexla_api.models.DataSource.id`. Breaking changes fail the command unless
`--allow-breaking` is given or an acknowledgement file (`--accept FILE`, repeatable) lists them:
one key or `fnmatch` pattern per line, `#` starts a comment. Example::

    # 0.2.0: the official reference renamed the parameter
    parameter-renamed nexla_api.api.sources.get_data_sources(page)
    downstream tests/binding/test_recipe_operations.py: *

Downstream check: `nexla_recipes/` and `tests/` of the revision are type-checked (`mypy --strict`)
twice, once against the revision's own binding and once against the working tree's `nexla_api/`
(both trees are put together under `build/api-diff/`). Errors that appear only with the new
binding "break downstream code"; their keys are `downstream <file>: <message>` (no line
number) and they fail the command like breaking changes.
"""

from __future__ import annotations

import ast
import fnmatch
import io
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import report
from .paths import ROOT
from .report import md_cell, write_outputs

API_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
BINDING = "nexla_api"
DOWNSTREAM = ("nexla_recipes", "tests")

BREAKING = {
    "operation-removed",
    "function-removed",
    "parameter-removed",
    "parameter-renamed",
    "parameter-retyped",
    "parameter-moved",
    "parameter-added-required",
    "parameter-now-required",
    "return-retyped",
    "model-removed",
    "field-removed",
    "field-renamed",
    "field-retyped",
    "field-added-required",
    "field-now-required",
    "enum-removed",
    "enum-member-removed",
    "enum-value-changed",
    "downstream",
}
NOT_BREAKING = {
    "operation-added",
    "function-added",
    "parameter-added-optional",
    "parameter-now-optional",
    "model-added",
    "field-added-optional",
    "field-now-optional",
    "enum-added",
    "enum-member-added",
}


# --------------------------------------------------------------------------- trees


class Tree:
    """Read-only view of the files of one version of the repository."""

    def files(self, prefix: str) -> list[str]:
        raise NotImplementedError

    def read(self, path: str) -> str:
        raise NotImplementedError


class WorkTree(Tree):
    def __init__(self, root: Path) -> None:
        self.root = root

    def files(self, prefix: str) -> list[str]:
        base = self.root / prefix
        if not base.is_dir():
            return []
        return sorted(p.relative_to(self.root).as_posix() for p in base.rglob("*.py"))

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")


class GitTree(Tree):
    """Files at a git revision, read with one `git cat-file --batch`."""

    def __init__(self, root: Path, rev: str) -> None:
        self.root = root
        self.rev = rev
        self._cache: dict[str, str] = {}

    def _git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=self.root, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise DiffError(f"git {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def files(self, prefix: str) -> list[str]:
        out = self._git("ls-tree", "-r", "--name-only", self.rev, "--", prefix)
        names = sorted(n for n in out.splitlines() if n.endswith(".py"))
        self._load(names)
        return names

    def _load(self, names: list[str]) -> None:
        wanted = [n for n in names if n not in self._cache]
        if not wanted:
            return
        request = "".join(f"{self.rev}:{n}\n" for n in wanted).encode()
        done = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=self.root,
            input=request,
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            raise DiffError(f"git cat-file: {done.stderr.decode(errors='replace').strip()}")
        data = done.stdout
        pos = 0
        for name in wanted:
            end = data.index(b"\n", pos)
            header = data[pos:end].split()
            pos = end + 1
            if len(header) < 3 or header[1] == b"missing":
                continue
            size = int(header[2])
            self._cache[name] = data[pos : pos + size].decode("utf-8")
            pos += size + 1

    def read(self, path: str) -> str:
        if path not in self._cache:
            self._load([path])
        if path not in self._cache:
            raise DiffError(f"{path} does not exist at {self.rev}")
        return self._cache[path]


class DiffError(Exception):
    """The revision cannot be read."""


# --------------------------------------------------------------------------- surface


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "positional" or "keyword"
    annotation: str
    required: bool


@dataclass(frozen=True)
class Function:
    params: tuple[Param, ...]
    returns: str


@dataclass(frozen=True)
class FieldInfo:
    annotation: str
    required: bool


@dataclass
class Surface:
    operations: dict[str, dict[str, Function]] = field(default_factory=dict)
    models: dict[str, dict[str, FieldInfo]] = field(default_factory=dict)
    enums: dict[str, dict[str, str]] = field(default_factory=dict)


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name | ast.Attribute):
        name = node.value.attr if isinstance(node.value, ast.Attribute) else node.value.id
        if name == "Union":
            elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            return [m for e in elts for m in _union_members(e)]
        if name == "Optional":
            return [*_union_members(node.slice), ast.Constant(None)]
    return [node]


def annotation_text(node: ast.expr | None) -> str:
    """Annotation as text with union members sorted (`str | None` == `None | str`)."""
    if node is None:
        return "Any"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        try:
            node = ast.parse(text, mode="eval").body
        except SyntaxError:
            return text
    members = _union_members(node)
    if len(members) == 1:
        return _text(members[0])
    return " | ".join(sorted({_text(m) for m in members}))


def _text(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript):
        inner = node.slice
        if isinstance(inner, ast.Tuple):
            args = ", ".join(annotation_text(e) for e in inner.elts)
        else:
            args = annotation_text(inner)
        return f"{ast.unparse(node.value)}[{args}]"
    return ast.unparse(node)


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Function:
    args = node.args
    params: list[Param] = []
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    for index, arg in enumerate(positional):
        params.append(
            Param(arg.arg, "positional", annotation_text(arg.annotation), index < first_default)
        )
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        params.append(Param(arg.arg, "keyword", annotation_text(arg.annotation), default is None))
    return Function(tuple(params), annotation_text(node.returns))


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _is_enum(node: ast.ClassDef) -> bool:
    return any(_decorator_name(b).endswith("Enum") for b in node.bases)


def _is_model(node: ast.ClassDef) -> bool:
    return any(
        _decorator_name(d) in ("_attrs_define", "define", "frozen", "attrs")
        for d in node.decorator_list
    )


def _field_required(value: ast.expr | None) -> bool | None:
    """True: no default; False: has a default; None: not an __init__ argument."""
    if value is None:
        return True
    if isinstance(value, ast.Call) and _decorator_name(value.func) in ("_attrs_field", "field"):
        keywords = {k.arg: k.value for k in value.keywords}
        init = keywords.get("init")
        if isinstance(init, ast.Constant) and init.value is False:
            return None
        return not ("default" in keywords or "factory" in keywords)
    return False


def read_surface(tree: Tree, package: str = BINDING) -> Surface:
    surface = Surface()
    api_prefix = f"{package}/api"
    for path in tree.files(api_prefix):
        name = Path(path).name
        if name == "__init__.py":
            continue
        module = path[: -len(".py")].replace("/", ".")
        functions: dict[str, Function] = {}
        for node in ast.parse(tree.read(path)).body:
            if (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and node.name in API_FUNCTIONS
            ):
                functions[node.name] = _function(node)
        if functions:
            surface.operations[module] = functions
    for path in tree.files(f"{package}/models"):
        for node in ast.parse(tree.read(path)).body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            key = f"{package}.models.{node.name}"
            if _is_enum(node):
                members: dict[str, str] = {}
                for item in node.body:
                    if isinstance(item, ast.Assign) and len(item.targets) == 1:
                        target = item.targets[0]
                        if isinstance(target, ast.Name) and not target.id.startswith("_"):
                            members[target.id] = ast.unparse(item.value)
                surface.enums[key] = members
            elif _is_model(node):
                fields: dict[str, FieldInfo] = {}
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                        required = _field_required(item.value)
                        if required is None:
                            continue
                        fields[item.target.id] = FieldInfo(
                            annotation_text(item.annotation), required
                        )
                surface.models[key] = fields
    return surface


# --------------------------------------------------------------------------- changes


class Change(report.Change):
    """A change of the binding's public surface; breaking or not by its kind."""

    @property
    def breaking(self) -> bool:
        return self.kind in BREAKING


def _pair_renames(
    removed: list[str], added: list[str], same: Callable[[str, str], bool]
) -> list[tuple[str, str]]:
    """Pairs (old, new) where each is the other's only look-alike; the rest stays as it is."""
    pairs: list[tuple[str, str]] = []
    for old in list(removed):
        partners = [new for new in added if same(old, new)]
        if len(partners) != 1 or sum(1 for o in removed if same(o, partners[0])) != 1:
            continue
        pairs.append((old, partners[0]))
        removed.remove(old)
        added.remove(partners[0])
    return pairs


def _param_text(p: Param) -> str:
    return f"{p.name}: {p.annotation}" + ("" if p.required else " = ...")


def _diff_function(module: str, fname: str, old: Function, new: Function) -> list[Change]:
    changes: list[Change] = []
    subject = f"{module}.{fname}"
    before = {p.name: p for p in old.params}
    after = {p.name: p for p in new.params}
    removed = [n for n in before if n not in after]
    added = [n for n in after if n not in before]
    renames = _pair_renames(
        removed,
        added,
        lambda o, n: (
            before[o].annotation == after[n].annotation and before[o].kind == after[n].kind
        ),
    )
    for o, n in renames:
        changes.append(
            Change(
                "parameter-renamed",
                f"{subject}({o})",
                _param_text(before[o]),
                _param_text(after[n]),
            )
        )
    for name in removed:
        changes.append(Change("parameter-removed", f"{subject}({name})", _param_text(before[name])))
    for name in added:
        kind = "parameter-added-required" if after[name].required else "parameter-added-optional"
        changes.append(Change(kind, f"{subject}({name})", None, _param_text(after[name])))
    for name, p in before.items():
        q = after.get(name)
        if q is None:
            continue
        where = f"{subject}({name})"
        if p.annotation != q.annotation:
            changes.append(Change("parameter-retyped", where, p.annotation, q.annotation))
        if p.required and not q.required:
            changes.append(Change("parameter-now-optional", where, _param_text(p), _param_text(q)))
        elif q.required and not p.required:
            changes.append(Change("parameter-now-required", where, _param_text(p), _param_text(q)))
        if p.kind != q.kind:
            changes.append(Change("parameter-moved", where, p.kind, q.kind, "keyword/positional"))
    old_pos = [p.name for p in old.params if p.kind == "positional" and p.name in after]
    new_pos = [p.name for p in new.params if p.kind == "positional" and p.name in before]
    if old_pos != new_pos and set(old_pos) == set(new_pos):
        changes.append(
            Change(
                "parameter-moved", f"{subject}(*)", ", ".join(old_pos), ", ".join(new_pos), "order"
            )
        )
    if old.returns != new.returns:
        changes.append(Change("return-retyped", subject, old.returns, new.returns))
    return changes


def _collapse(changes: list[Change], module: str) -> list[Change]:
    """One change per (kind, parameter) across sync/sync_detailed/asyncio/asyncio_detailed."""
    out: dict[tuple[str, str], Change] = {}
    functions: dict[tuple[str, str], list[str]] = {}
    for change in changes:
        rest = change.subject[len(module) + 1 :]
        fname, _, param = rest.partition("(")
        key = (change.kind, param if change.kind != "return-retyped" else fname)
        if key not in out:
            subject = f"{module}({param}" if param else change.subject
            out[key] = Change(change.kind, subject, change.before, change.after, change.detail)
        functions.setdefault(key, []).append(fname)
    for key, change in out.items():
        names = functions[key]
        if change.kind != "return-retyped":
            change.detail = (
                (change.detail + "; " if change.detail else "") + "in " + ", ".join(names)
            )
    return list(out.values())


def _same_field(
    before: dict[str, FieldInfo], after: dict[str, FieldInfo]
) -> Callable[[str, str], bool]:
    return lambda a, b: before[a] == after[b]


def diff_surfaces(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    for module in sorted(set(old.operations) | set(new.operations)):
        if module not in new.operations:
            changes.append(Change("operation-removed", module))
            continue
        if module not in old.operations:
            changes.append(Change("operation-added", module))
            continue
        per_module: list[Change] = []
        o, n = old.operations[module], new.operations[module]
        for fname in API_FUNCTIONS:
            if fname in o and fname not in n:
                changes.append(Change("function-removed", f"{module}.{fname}"))
            elif fname in n and fname not in o:
                changes.append(Change("function-added", f"{module}.{fname}"))
            elif fname in o:
                per_module.extend(_diff_function(module, fname, o[fname], n[fname]))
        changes.extend(_collapse(per_module, module))

    for model in sorted(set(old.models) | set(new.models)):
        if model not in new.models:
            changes.append(Change("model-removed", model))
            continue
        if model not in old.models:
            changes.append(Change("model-added", model))
            continue
        before, after = old.models[model], new.models[model]
        removed = [f for f in before if f not in after]
        added = [f for f in after if f not in before]
        same = _same_field(before, after)
        for o_name, n_name in _pair_renames(removed, added, same):
            changes.append(
                Change(
                    "field-renamed", f"{model}.{o_name}", o_name, n_name, before[o_name].annotation
                )
            )
        for name in removed:
            changes.append(Change("field-removed", f"{model}.{name}", before[name].annotation))
        for name in added:
            kind = "field-added-required" if after[name].required else "field-added-optional"
            changes.append(Change(kind, f"{model}.{name}", None, after[name].annotation))
        for name, f in before.items():
            g = after.get(name)
            if g is None:
                continue
            if f.annotation != g.annotation:
                changes.append(
                    Change("field-retyped", f"{model}.{name}", f.annotation, g.annotation)
                )
            elif f.required != g.required:
                kind = "field-now-required" if g.required else "field-now-optional"
                changes.append(Change(kind, f"{model}.{name}"))

    for enum in sorted(set(old.enums) | set(new.enums)):
        if enum not in new.enums:
            changes.append(Change("enum-removed", enum))
            continue
        if enum not in old.enums:
            changes.append(Change("enum-added", enum))
            continue
        before_m, after_m = old.enums[enum], new.enums[enum]
        for member in before_m:
            if member not in after_m:
                changes.append(Change("enum-member-removed", f"{enum}.{member}", before_m[member]))
            elif before_m[member] != after_m[member]:
                changes.append(
                    Change(
                        "enum-value-changed", f"{enum}.{member}", before_m[member], after_m[member]
                    )
                )
        for member in after_m:
            if member not in before_m:
                changes.append(
                    Change("enum-member-added", f"{enum}.{member}", None, after_m[member])
                )
    return changes


# --------------------------------------------------------------------------- acknowledgements


def read_acknowledgements(paths: Iterable[Path]) -> list[str]:
    patterns: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("#", 1)[0].strip()
            if text:
                patterns.append(" ".join(text.split()))
    return patterns


def apply_acknowledgements(changes: list[Change], patterns: list[str]) -> list[str]:
    """Mark accepted changes; return the patterns that matched nothing."""
    used: set[str] = set()
    for change in changes:
        for pattern in patterns:
            if change.key == pattern or fnmatch.fnmatchcase(change.key, pattern):
                change.accepted = True
                used.add(pattern)
    return [p for p in patterns if p not in used]


# --------------------------------------------------------------------------- downstream


def _extract(root: Path, rev: str, dest: Path) -> None:
    done = subprocess.run(
        ["git", "archive", "--format=tar", rev], cwd=root, capture_output=True, check=False
    )
    if done.returncode != 0:
        raise DiffError(f"git archive {rev}: {done.stderr.decode(errors='replace').strip()}")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        tar.extractall(dest, filter="data")


def _copy_binding(src: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def _mypy(tree: Path, cache: Path) -> tuple[subprocess.Popen[str], list[str]]:
    targets = [d for d in DOWNSTREAM if (tree / d).is_dir()]
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-error-summary",
        "--show-error-codes",
        "--hide-error-context",
        "--no-pretty",
        "--cache-dir",
        str(cache),
        *targets,
    ]
    proc = subprocess.Popen(
        cmd, cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    return proc, targets


def _errors(output: str) -> list[str]:
    keep = []
    for line in output.splitlines():
        path, _, rest = line.partition(":")
        if ": error:" in line and path.split("/")[0] in DOWNSTREAM:
            keep.append(f"{path}:{rest}")
    return keep


def downstream_errors(root: Path, rev: str, work: Path, binding: Path) -> list[str]:
    """mypy errors in REV's nexla_recipes/ and tests/ that appear only with the new binding."""
    old_tree, new_tree = work / "old", work / "new"
    _extract(root, rev, old_tree)
    _extract(root, rev, new_tree)
    _copy_binding(binding, new_tree / BINDING)
    old_proc, targets = _mypy(old_tree, work / "cache-old")
    new_proc, _ = _mypy(new_tree, work / "cache-new")
    old_out, old_err = old_proc.communicate()
    new_out, new_err = new_proc.communicate()
    if not targets:
        return []
    for proc, err in ((old_proc, old_err), (new_proc, new_err)):
        if proc.returncode not in (0, 1):
            raise DiffError(f"mypy failed to run: {err.strip()}")
    baseline = set(_errors(old_out))
    return [e for e in _errors(new_out) if e not in baseline]


def downstream_changes(errors: list[str]) -> list[Change]:
    out = []
    for error in errors:
        path, line, rest = error.split(":", 2)
        message = rest.split("error:", 1)[-1].strip()
        out.append(Change("downstream", f"{path}: {message}", None, None, f"{path}:{line}"))
    return out


# --------------------------------------------------------------------------- report


@dataclass
class Result:
    rev: str
    changes: list[Change]
    unused_acknowledgements: list[str] = field(default_factory=list)
    typechecked: bool = False

    @property
    def blocking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking and not c.accepted]

    def to_json(self) -> dict[str, Any]:
        return {
            "rev": self.rev,
            "breaking": sum(1 for c in self.changes if c.breaking and c.kind != "downstream"),
            "downstream_errors": sum(1 for c in self.changes if c.kind == "downstream"),
            "not_breaking": sum(1 for c in self.changes if not c.breaking),
            "unacknowledged": len(self.blocking),
            "typechecked": self.typechecked,
            "changes": [{**asdict(c), "key": c.key, "breaking": c.breaking} for c in self.changes],
            "unused_acknowledgements": self.unused_acknowledgements,
        }


def markdown(result: Result) -> str:
    breaking = [c for c in result.changes if c.breaking and c.kind != "downstream"]
    downstream = [c for c in result.changes if c.kind == "downstream"]
    other = [c for c in result.changes if not c.breaking]
    lines = [
        f"# Binding API diff: `{result.rev}` -> working tree",
        "",
        "| | count |",
        "|---|---|",
        f"| breaking changes | {len(breaking)} |",
        f"| breaks downstream code (mypy on `{result.rev}`'s nexla_recipes/ and tests/) | "
        + (str(len(downstream)) if result.typechecked else "not checked")
        + " |",
        f"| not breaking | {len(other)} |",
        f"| unacknowledged breaking | {len(result.blocking)} |",
    ]

    def table(title: str, rows: list[Change]) -> None:
        if not rows:
            return
        lines.extend(
            [
                "",
                f"## {title}",
                "",
                "| kind | subject | before | after | note | ack |",
                "|---|---|---|---|---|---|",
            ]
        )
        for c in rows:
            ack = "accepted" if c.accepted else ("**no**" if c.breaking else "")
            lines.append(
                f"| {c.kind} | `{c.subject}` | {md_cell(c.before)} | {md_cell(c.after)} | {c.detail} | {ack} |"
            )

    table("Breaking", breaking)
    if downstream:
        lines += ["", "## Breaks downstream code", "", "| error | at | ack |", "|---|---|---|"]
        for c in downstream:
            lines.append(
                f"| {md_cell(c.subject)} | {c.detail} | {'accepted' if c.accepted else '**no**'} |"
            )
    table("Not breaking", other)
    if result.blocking:
        lines += [
            "",
            "To accept, pass `--allow-breaking` or list these keys in an acknowledgement file (`--accept FILE`):",
            "",
            "```",
            *[c.key for c in result.blocking],
            "```",
        ]
    if result.unused_acknowledgements:
        lines += [
            "",
            "Acknowledgements that matched nothing: "
            + ", ".join(f"`{p}`" for p in result.unused_acknowledgements),
        ]
    if not result.changes:
        lines += ["", "No public-surface changes."]
    return "\n".join(lines) + "\n"


def run(
    rev: str,
    root: Path = ROOT,
    *,
    typecheck: bool = True,
    accept: Iterable[Path] = (),
    work: Path | None = None,
) -> Result:
    old = read_surface(GitTree(root, rev))
    new = read_surface(WorkTree(root))
    changes = diff_surfaces(old, new)
    if typecheck:
        errors = downstream_errors(root, rev, work or root / "build" / "api-diff", root / BINDING)
        changes.extend(downstream_changes(errors))
    unused = apply_acknowledgements(changes, read_acknowledgements(accept))
    return Result(rev, changes, unused, typecheck)


# --------------------------------------------------------------------------- command line


def add_arguments(parser: Any) -> None:
    parser.add_argument(
        "rev", help="git revision to compare the working tree with (e.g. HEAD~3, v0.1.0)"
    )
    parser.add_argument("--json", type=Path, dest="json_out", help="write the report as JSON here")
    parser.add_argument(
        "--markdown", type=Path, dest="md_out", help="write the Markdown report here"
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even with breaking changes"
    )
    parser.add_argument(
        "--accept",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="acknowledgement file: one change key or fnmatch pattern per line (repeatable)",
    )
    parser.add_argument(
        "--no-typecheck",
        action="store_true",
        help="skip type-checking the revision's nexla_recipes/ and tests/ against the new binding",
    )


def main(args: Any, root: Path = ROOT) -> int:
    try:
        result = run(args.rev, root, typecheck=not args.no_typecheck, accept=args.accept)
    except (DiffError, OSError) as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2
    text = markdown(result)
    print(text, end="")
    write_outputs(result.to_json(), text, args.json_out, args.md_out)
    if result.blocking and not args.allow_breaking:
        print(
            f"api-diff: {len(result.blocking)} unacknowledged breaking change(s)", file=sys.stderr
        )
        return 1
    return 0
