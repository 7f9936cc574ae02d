"""The generation lock: proof that the committed generated files come from the current inputs.

`python -m generator generate` records, in `generator/generation.lock.json`, a hash of every
input of generation (the spec files, the generator's code, templates and configuration, the
recipes' JSON Schemas, the pinned tool versions) and of every file it generated. `check` then
needs no regeneration when nothing changed: if the inputs hash the same, the generated files
must hash as recorded, and any that do not were edited by hand (reported as stale, missing or
extra, the way a full comparison reports them). If an input changed, the lock proves nothing
and `check` regenerates and compares in full.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .paths import (
    GENERATED_ENTRIES,
    GENERATOR_DIR,
    PACKAGE_DIR,
    RECIPE_MODELS_DIR,
    RECIPE_SCHEMAS_DIR,
    ROOT,
    SANDBOX_DATA_DIR,
    SANDBOX_SPEC_NAME,
    SPEC_DIR,
)

LOCK_FILE = GENERATOR_DIR / "generation.lock.json"
_LOCK = LOCK_FILE.relative_to(ROOT)
_SPEC = SPEC_DIR.relative_to(ROOT)
_GENERATOR = GENERATOR_DIR.relative_to(ROOT)
_PACKAGE = PACKAGE_DIR.relative_to(ROOT)
_SCHEMAS = RECIPE_SCHEMAS_DIR.relative_to(ROOT)
_MODELS = RECIPE_MODELS_DIR.relative_to(ROOT)
_SANDBOX_SPEC = (SANDBOX_DATA_DIR / SANDBOX_SPEC_NAME).relative_to(ROOT)
#: The tools whose output is committed; their exact versions are inputs.
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
#: Generator modules that only serve other commands (diffs, reports); not inputs.
NOT_INPUTS = frozenset({"api_diff.py", "compare_official.py", "report.py", LOCK_FILE.name})
_SKIP_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(root: Path) -> list[Path]:
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not _SKIP_PARTS & set(p.parts))


def input_files(root: Path = ROOT) -> list[Path]:
    """Every file whose content can change what `generate` writes."""
    generator = [p for p in _files(root / _GENERATOR) if p.name not in NOT_INPUTS]
    schemas = sorted((root / _SCHEMAS).glob("*.json"))
    return _files(root / _SPEC) + generator + schemas


def tool_versions() -> dict[str, str]:
    versions = {"python": f"{sys.version_info.major}.{sys.version_info.minor}"}
    for tool in TOOLS:
        try:
            versions[tool] = metadata.version(tool)
        except metadata.PackageNotFoundError:
            versions[tool] = "not installed"
    return versions


def output_files(root: Path = ROOT) -> list[Path]:
    """Every file `generate` writes into the tree."""
    files: list[Path] = []
    for entry in GENERATED_ENTRIES:
        path = root / _PACKAGE / entry
        files.extend([path] if path.is_file() else _files(path))
    files.extend(_files(root / _MODELS))
    if (root / _SANDBOX_SPEC).exists():
        files.append(root / _SANDBOX_SPEC)
    return files


def _hashes(paths: list[Path], root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): _digest(p) for p in paths}


def write(root: Path = ROOT) -> None:
    """Record the current inputs and generated files (after `generate` installed them)."""
    lock = {
        "tools": tool_versions(),
        "inputs": _hashes(input_files(root), root),
        "outputs": _hashes(output_files(root), root),
    }
    text = json.dumps(lock, indent=1, sort_keys=True) + "\n"
    (root / _LOCK).write_text(text, encoding="utf-8")


@dataclass
class Verdict:
    """`proven`: the lock vouches for the inputs. `problems`: generated files that differ from
    what the lock recorded. `changed`: inputs (or tools) that differ from the lock."""

    proven: bool
    problems: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def verify(root: Path = ROOT) -> Verdict:
    """Compare the tree with the lock, without generating anything."""
    try:
        lock = json.loads((root / _LOCK).read_text(encoding="utf-8"))
        tools, inputs, outputs = lock["tools"], lock["inputs"], lock["outputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return Verdict(False, changed=[f"{_LOCK.as_posix()} (missing or unreadable)"])
    current = tool_versions()
    changed = [
        f"tool {k}" for k in sorted(set(tools) | set(current)) if tools.get(k) != current.get(k)
    ]
    now = _hashes(input_files(root), root)
    changed += sorted(name for name in set(now) | set(inputs) if now.get(name) != inputs.get(name))
    if changed:
        return Verdict(False, changed=changed)
    present = {p.relative_to(root).as_posix(): p for p in output_files(root)}
    problems: list[str] = []
    for name in sorted(set(present) | set(outputs)):
        if name not in present:
            problems.append(f"missing: {name} (the spec generates it)")
        elif name not in outputs:
            problems.append(f"extra:   {name} (the spec does not generate it)")
        elif _digest(present[name]) != outputs[name]:
            problems.append(f"stale:   {name}")
    return Verdict(True, problems=problems)
