"""Run openapi-python-client on the normalised spec and place its output in nexla_api/.

Generation happens in a scratch directory; only the entries listed in
`paths.GENERATED_ENTRIES` are copied into the package, so hand-written files there
(`__init__.py`, `runtime/`, `py.typed`) are never touched.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .paths import (
    GENERATED_ENTRIES,
    OPC_CONFIG,
    PACKAGE_DIR,
    RECIPE_MODELS_DIR,
    RECIPE_SCHEMAS_DIR,
    TEMPLATES_DIR,
)


class GenerationError(Exception):
    """A code generator failed; the message carries its output."""


def _tool_env() -> dict[str, str]:
    """PATH with this interpreter's bin dir first, so post-hooks find the pinned ruff."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONHASHSEED"] = "0"
    return env


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise GenerationError(
            f"{name} is not installed; run through nox (nox -s generate) or install the dev tools"
        )
    return found


def _run(args: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(
        args, cwd=cwd, env=_tool_env(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise GenerationError(
            f"{' '.join(args[:2])} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )


def generate_into(normalized: dict[str, Any], out_dir: Path) -> Path:
    """Generate the binding into `out_dir/nexla_api` and return that directory."""
    spec_file = out_dir / "openapi.codegen.json"
    spec_file.write_text(json.dumps(normalized, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    package = out_dir / "nexla_api"
    _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(OPC_CONFIG),
            "--custom-template-path",
            str(TEMPLATES_DIR),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--fail-on-warning",
        ]
    )
    _generate_recipe_models(out_dir / "config_models")
    return package


def _generate_recipe_models(out_dir: Path) -> None:
    """Typed models for the recipes' config files, from their JSON Schemas."""
    schemas = (
        sorted(RECIPE_SCHEMAS_DIR.glob("*.schema.json")) if RECIPE_SCHEMAS_DIR.exists() else []
    )
    if not schemas:
        return
    out_dir.mkdir(parents=True)
    (out_dir / "__init__.py").write_text(
        '"""Models generated from recipes/schemas; do not edit."""\n', encoding="utf-8"
    )
    for schema in schemas:
        module = schema.name.removesuffix(".schema.json").replace("-", "_")
        _run(
            [
                _tool("datamodel-codegen"),
                "--input",
                str(schema),
                "--input-file-type",
                "jsonschema",
                "--output",
                str(out_dir / f"{module}.py"),
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--target-python-version",
                "3.11",
                "--disable-timestamp",
                "--use-title-as-name",
                "--use-annotated",
                "--formatters",
                "ruff-check",
                "ruff-format",
                "--type-mappings",
                "email=string",
            ]
        )


def _generated_files(root: Path, entries: tuple[str, ...]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for entry in entries:
        path = root / entry
        if path.is_file():
            files[entry] = path
        elif path.is_dir():
            for file in sorted(path.rglob("*")):
                if (
                    file.is_file()
                    and "__pycache__" not in file.parts
                    and ".ruff_cache" not in file.parts
                ):
                    files[file.relative_to(root).as_posix()] = file
    return files


def install(generated: Path, out_root: Path) -> None:
    """Replace the generated entries of the package (and recipe models) with fresh output."""
    for entry in GENERATED_ENTRIES:
        target = PACKAGE_DIR / entry
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        source = generated / entry
        if source.is_dir():
            shutil.copytree(
                source, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache")
            )
        else:
            shutil.copy2(source, target)
    models = out_root / "config_models"
    if RECIPE_MODELS_DIR.exists():
        shutil.rmtree(RECIPE_MODELS_DIR)
    if models.exists():
        shutil.copytree(models, RECIPE_MODELS_DIR, ignore=shutil.ignore_patterns("__pycache__"))


def compare(generated: Path, out_root: Path) -> list[str]:
    """Differences between fresh output and what is committed, as readable lines."""
    problems: list[str] = []
    pairs: list[tuple[Path, Path, tuple[str, ...], str]] = [
        (generated, PACKAGE_DIR, GENERATED_ENTRIES, "nexla_api")
    ]
    models = out_root / "config_models"
    if models.exists() or RECIPE_MODELS_DIR.exists():
        pairs.append((models, RECIPE_MODELS_DIR, ("",), "recipes/config_models"))
    for fresh_root, committed_root, entries, label in pairs:
        fresh = _generated_files(fresh_root, entries) if fresh_root.exists() else {}
        committed = _generated_files(committed_root, entries) if committed_root.exists() else {}
        for name in sorted(set(fresh) | set(committed)):
            shown = f"{label}/{name}".replace("//", "/").rstrip("/")
            if name not in committed:
                problems.append(f"missing: {shown} (the spec now generates it)")
            elif name not in fresh:
                problems.append(f"extra:   {shown} (the spec no longer generates it)")
            elif not filecmp.cmp(fresh[name], committed[name], shallow=False):
                problems.append(f"stale:   {shown}")
    return problems


def scratch_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="nexla-api-gen-")
