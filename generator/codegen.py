"""Run openapi-python-client on the normalised spec and place its output in nexla_api/.

Generation happens in a scratch directory; only the entries listed in
`paths.GENERATED_ENTRIES` are copied into the package, so hand-written files there
(`__init__.py`, `runtime/`, `py.typed`) are never touched. The same run writes the recipes'
config models and the bundled spec the sandbox serves (`nexla_sandbox/data/openapi.json`).
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

from . import connectors_binding
from .normalize import CATALOGUE_KEY
from .paths import (
    GENERATED_ENTRIES,
    OPC_CONFIG,
    PACKAGE_DIR,
    RECIPE_MODELS_DIR,
    RECIPE_SCHEMAS_DIR,
    ROOT,
    SANDBOX_DATA_DIR,
    SANDBOX_SPEC_NAME,
    TEMPLATES_DIR,
)

SANDBOX_DATA = "sandbox_data"  # scratch sub-directory mirrored to SANDBOX_DATA_DIR

# The first line of every generated Python file.
HEADER = "# generated from spec/ by generator — do not edit\n"
RECIPE_MODELS_HEADER = "# generated from nexla_recipes/schemas/ by generator — do not edit\n"


def stamp_headers(root: Path, header: str) -> None:
    """Start every Python file under `root` with `header` (once)."""
    for file in sorted(root.rglob("*.py")):
        text = file.read_text(encoding="utf-8")
        if not text.startswith(header):
            file.write_text(header + text, encoding="utf-8")


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


def ruff() -> str:
    """The pinned ruff the generated code is formatted with."""
    return _tool("ruff")


def _start(
    args: list[str], env: dict[str, str] | None = None
) -> tuple[list[str], subprocess.Popen[str]]:
    process = subprocess.Popen(
        args,
        env={**_tool_env(), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return args, process


def _finish(started: list[tuple[list[str], subprocess.Popen[str]]]) -> None:
    """Wait for every tool; raise with the output of the first that failed."""
    failures = []
    for args, process in started:
        stdout, stderr = process.communicate()
        if process.returncode != 0:
            failures.append(
                f"{' '.join(args[:2])} failed ({process.returncode}):\n{stdout}\n{stderr}"
            )
    if failures:
        raise GenerationError(failures[0])


class Generation:
    """The generators running for one output directory; `wait()` returns the package dir."""

    def __init__(
        self,
        package: Path,
        started: list[tuple[list[str], subprocess.Popen[str]]],
        catalogue: dict[str, Any] | None = None,
    ) -> None:
        self.package = package
        self._started = started
        self._catalogue = catalogue or {}

    def wait(self) -> Path:
        _finish(self._started)
        try:
            connectors_binding.write(self._catalogue, self.package, ruff())
        except connectors_binding.BindingError as exc:
            raise GenerationError(str(exc)) from exc
        stamp_headers(self.package, HEADER)
        models = self.package.parent / "config_models"
        if models.exists():
            stamp_headers(models, RECIPE_MODELS_HEADER)
        return self.package

    def cancel(self) -> None:
        for _, process in self._started:
            process.kill()
            process.communicate()


def start_generation(normalized: dict[str, Any], out_dir: Path) -> Generation:
    """Start generating the binding into `out_dir/nexla_api` (and the recipe models).

    The binding and the recipe config models come from independent tools, so they run side
    by side; each writes only its own directory, so the output does not depend on timing.
    """
    normalized = dict(normalized)
    catalogue = normalized.pop(CATALOGUE_KEY, {})
    spec_file = out_dir / "openapi.codegen.json"
    spec_file.write_text(json.dumps(normalized, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    package = out_dir / "nexla_api"
    started = [
        _start(
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
    ]
    started += _start_recipe_models(out_dir / "config_models")
    return Generation(package, started, catalogue)


def generate_into(normalized: dict[str, Any], out_dir: Path) -> Path:
    """Generate the binding into `out_dir/nexla_api` and return that directory."""
    return start_generation(normalized, out_dir).wait()


def _start_recipe_models(out_dir: Path) -> list[tuple[list[str], subprocess.Popen[str]]]:
    """Typed models for the recipes' config files, from their JSON Schemas."""
    schemas = (
        sorted(RECIPE_SCHEMAS_DIR.glob("*.schema.json")) if RECIPE_SCHEMAS_DIR.exists() else []
    )
    if not schemas:
        return []
    out_dir.mkdir(parents=True)
    (out_dir / "__init__.py").write_text(
        '"""Models generated from nexla_recipes/schemas; do not edit."""\n', encoding="utf-8"
    )
    # datamodel-codegen runs ruff from the output directory; this tells its import sorting
    # that the models' base class (in nexla_recipes) is first-party, as the repo's ruff does.
    (out_dir.parent / "ruff.toml").write_text(
        '[lint.isort]\nknown-first-party = ["nexla_recipes"]\n', encoding="utf-8"
    )
    env = {"PYTHONPATH": str(ROOT)}
    return [
        _start(
            [sys.executable, "-m", "generator.recipe_models", str(out_dir), *map(str, schemas)], env
        )
    ]


def sandbox_spec_bytes(doc: dict[str, Any]) -> bytes:
    """The bundled spec as the sandbox package ships it: stable JSON, one key per line."""
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def write_sandbox_spec(doc: dict[str, Any], out_root: Path) -> None:
    """Write the bundled (not normalised) spec under `out_root` for `install` / `compare`."""
    target = out_root / SANDBOX_DATA / SANDBOX_SPEC_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(sandbox_spec_bytes(doc))


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
    spec = out_root / SANDBOX_DATA / SANDBOX_SPEC_NAME
    if spec.exists():
        SANDBOX_DATA_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(spec, SANDBOX_DATA_DIR / SANDBOX_SPEC_NAME)


def compare(generated: Path, out_root: Path) -> list[str]:
    """Differences between fresh output and what is committed, as readable lines."""
    problems: list[str] = []
    pairs: list[tuple[Path, Path, tuple[str, ...], str]] = [
        (generated, PACKAGE_DIR, GENERATED_ENTRIES, "nexla_api")
    ]
    models = out_root / "config_models"
    if models.exists() or RECIPE_MODELS_DIR.exists():
        pairs.append((models, RECIPE_MODELS_DIR, ("",), "nexla_recipes/config_models"))
    pairs.append(
        (out_root / SANDBOX_DATA, SANDBOX_DATA_DIR, (SANDBOX_SPEC_NAME,), "nexla_sandbox/data")
    )
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
