"""Build nexla-api's sdist and wheel, install the wheel as users do, and use it (`nox -s package`).

Steps, each bounded by a timeout, the first failure ending the run with one clear message:

1. `uv build`: the sdist, then the wheel built *from the sdist* (so a file missing from the
   sdist breaks the build). The sdist must hold every file git tracks; the wheel only
   `nexla_api`, `nexla_recipes`, `nexla_sandbox` with every data file they read.
2. A fresh venv with `nexla-api[recipes,sandbox]`, used from a directory outside the
   checkout: `nexla-recipes --version`, `deploy --print-schema`, `nexla-sandbox --port 0
   --seed-data`, `quickstart` and `list --type sources` against it, and an import of every
   public module of the recipes and the sandbox.
3. A fresh venv with `nexla-api[recipes]` only: the recipes import and run without the
   sandbox's server stack.
4. A fresh venv with the bare wheel: `nexla_api` and an endpoint module import, yaml,
   pydantic and starlette are absent, and both commands say which extra to install.

Needs `uv` (the nox session installs it). Artifacts are left in `dist/`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("nexla_api", "nexla_recipes", "nexla_sandbox")
BUILD_TIMEOUT = 300.0
INSTALL_TIMEOUT = 300.0
COMMAND_TIMEOUT = 120.0
SANDBOX_START_TIMEOUT = 60.0
SANDBOX_STOP_TIMEOUT = 15.0

IMPORT_ALL = """
import importlib, json, pkgutil, sys
prefix = sys.prefix
done = []
for top in sys.argv[1:]:
    package = importlib.import_module(top)
    names = [top] + [
        m.name for m in pkgutil.walk_packages(package.__path__, top + ".")
        if not any(part.startswith("_") for part in m.name.split("."))
    ]
    for name in names:
        module = importlib.import_module(name)
        if not str(module.__file__).startswith(prefix):
            raise SystemExit(f"{name} was imported from {module.__file__}, not from {prefix}")
        done.append(name)
print(json.dumps(done))
"""

BARE_IMPORTS = """
import importlib.util, json, sys
import nexla_api
from nexla_api.api.sources import get_data_sources
assert callable(get_data_sources.sync)
present = [m for m in sys.argv[1:] if importlib.util.find_spec(m) is not None]
print(json.dumps({"nexla_api": nexla_api.__file__, "present": present}))
"""

NO_EXTRA_IMPORTS = """
import json, sys
import nexla_api
import nexla_api.api.sources.get_data_sources
loaded = sorted(m for m in sys.argv[1:] if m in sys.modules)
print(json.dumps(loaded))
"""


class CheckFailed(Exception):
    """A step of the packaging check failed; the message says which and why."""


#: Flow config blocks that `deploy --print-schema` extends with the connector catalogue.
_CONNECTOR_BLOCKS = ("credential", "source", "destination")


def say(line: str) -> None:
    print(line, flush=True)


def _tail(text: str, lines: int = 20) -> str:
    kept = text.strip().splitlines()[-lines:]
    return "".join(f"\n    | {line}" for line in kept)


def run(
    args: Sequence[str | Path],
    what: str,
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = COMMAND_TIMEOUT,
    expect: int = 0,
) -> subprocess.CompletedProcess[str]:
    """Run a command; raise `CheckFailed` naming `what` on a timeout or another exit code."""
    argv = [str(a) for a in args]
    try:
        done = subprocess.run(
            argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{what}: no result within {timeout:.0f}s ({' '.join(argv)})") from None
    except OSError as exc:
        raise CheckFailed(f"{what}: cannot run {argv[0]}: {exc.strerror}") from None
    if done.returncode != expect:
        raise CheckFailed(
            f"{what}: exit code {done.returncode}, expected {expect} ({' '.join(argv)})"
            f"{_tail(done.stdout)}{_tail(done.stderr)}"
        )
    return done


def output_json(done: subprocess.CompletedProcess[str], what: str) -> Any:
    """The JSON document a command printed; `CheckFailed` if it printed something else."""
    try:
        return json.loads(done.stdout)
    except ValueError:
        raise CheckFailed(f"{what}: did not print JSON:{_tail(done.stdout)}") from None


def uv_command() -> list[str]:
    if importlib.util.find_spec("uv") is not None:
        return [sys.executable, "-m", "uv"]
    found = shutil.which("uv")
    if found:
        return [found]
    raise CheckFailed("uv is not installed; run through `nox -s package` or `pip install uv`")


def tracked_files(root: Path) -> list[str] | None:
    """Files git tracks in `root`, or None outside a git checkout."""
    if not (root / ".git").exists() or shutil.which("git") is None:
        return None
    done = run(["git", "ls-files", "-z"], "list the tracked files", cwd=root)
    return sorted(name for name in done.stdout.split("\0") if name)


# -- build ------------------------------------------------------------------------------------


def build(uv: list[str], root: Path, dist: Path) -> tuple[Path, Path]:
    dist.mkdir(parents=True, exist_ok=True)
    for old in [*dist.glob("nexla_api-*.whl"), *dist.glob("nexla_api-*.tar.gz")]:
        old.unlink()
    started = time.monotonic()
    run(
        [*uv, "build", "--out-dir", dist, root],
        "build the sdist and the wheel",
        cwd=root,
        timeout=BUILD_TIMEOUT,
    )
    sdists, wheels = list(dist.glob("nexla_api-*.tar.gz")), list(dist.glob("nexla_api-*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise CheckFailed(f"build: expected one sdist and one wheel in {dist}")
    say(
        f"  ok: built {sdists[0].name} and {wheels[0].name} (wheel from the sdist) "
        f"in {time.monotonic() - started:.1f}s"
    )
    return sdists[0], wheels[0]


def check_sdist(sdist: Path, tracked: list[str] | None) -> None:
    with tarfile.open(sdist) as archive:
        names = {
            name.split("/", 1)[1]
            for name in archive.getnames()
            if "/" in name and not name.endswith("/")
        }
    required = {"LICENSE", "README.md", "pyproject.toml", "spec/openapi.yaml"}
    if tracked is not None:
        required |= {name for name in tracked if name != ".gitignore"}
    missing = sorted(required - names)
    if missing:
        raise CheckFailed(
            f"sdist: {len(missing)} tracked file(s) missing (MANIFEST.in): {', '.join(missing[:10])}"
        )
    tops = sorted({name.split("/")[0] for name in names})
    say(f"  ok: sdist has {len(names)} files: {', '.join(tops)}")


def check_wheel(wheel: Path, tracked: list[str] | None, root: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        infos = {info.filename: info.file_size for info in archive.infolist()}
    dist_info = wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info"
    tops = {name.split("/")[0] for name in names}
    unexpected = sorted(tops - {*PACKAGES, dist_info})
    if unexpected:
        raise CheckFailed(f"wheel: unexpected top-level entries {unexpected}")
    if f"{dist_info}/licenses/LICENSE" not in names:
        raise CheckFailed("wheel: no LICENSE in the .dist-info")
    if tracked is not None:
        package_files = {n for n in tracked if n.split("/")[0] in PACKAGES}
        missing = sorted(package_files - names)
        if missing:
            raise CheckFailed(
                f"wheel: {len(missing)} package file(s) missing (package-data): "
                f"{', '.join(missing[:10])}"
            )
    for name in ("nexla_sandbox/data/openapi.json",):
        with zipfile.ZipFile(wheel) as archive:
            if archive.read(name) != (root / name).read_bytes():
                raise CheckFailed(f"wheel: {name} differs from the checkout")
    for top in sorted(tops):
        count = sum(1 for n in names if n.split("/")[0] == top)
        say(f"  ok: wheel {top}/: {count} files")
    data = sorted(n for n in names if n.split("/")[0] in PACKAGES and not n.endswith(".py"))
    for name in data:
        say(f"      data {name} ({infos[name]} bytes)")


# -- venvs and commands -----------------------------------------------------------------------


def make_venv(uv: list[str], where: Path, requirement: str, what: str) -> Path:
    started = time.monotonic()
    run(
        [*uv, "venv", "--quiet", "--python", sys.executable, where],
        f"create the {what} venv",
        cwd=where.parent,
    )
    python = where / "bin" / "python"
    run(
        [*uv, "pip", "install", "--quiet", "--python", python, requirement],
        f"install {what} into a fresh venv",
        cwd=where.parent,
        timeout=INSTALL_TIMEOUT,
    )
    say(f"  ok: fresh venv with {what} in {time.monotonic() - started:.1f}s")
    return where / "bin"


def user_env(bin_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a user of that venv: no PYTHONPATH, no Nexla settings of ours."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEXLA_", "PYTHON", "VIRTUAL_ENV", "UV_", "NOX"))
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(bin_dir.parent)
    env.update(extra)
    return env


@contextmanager
def sandbox(bin_dir: Path, cwd: Path) -> Iterator[tuple[str, str]]:
    """`nexla-sandbox --port 0 --seed-data`; yields (url, service key); always stops it."""
    out_path, err_path = cwd / "sandbox.out", cwd / "sandbox.err"
    with out_path.open("w") as out, err_path.open("w") as err:
        process = subprocess.Popen(
            [str(bin_dir / "nexla-sandbox"), "--port", "0", "--seed-data"],
            cwd=cwd,
            env=user_env(bin_dir),
            stdout=out,
            stderr=err,
            text=True,
        )
    try:
        deadline = time.monotonic() + SANDBOX_START_TIMEOUT
        first = ""
        while not first.endswith("\n"):
            if process.poll() is not None:
                raise CheckFailed(
                    f"nexla-sandbox exited with {process.returncode} before serving"
                    f"{_tail(err_path.read_text())}"
                )
            if time.monotonic() > deadline:
                raise CheckFailed(
                    f"nexla-sandbox printed no address within {SANDBOX_START_TIMEOUT:.0f}s"
                    f"{_tail(err_path.read_text())}"
                )
            time.sleep(0.05)
            first, newline, _ = out_path.read_text().partition("\n")
            first += newline
        try:
            started = json.loads(first)
            url, key = str(started["url"]), str(started["service_key"])
        except (ValueError, KeyError, TypeError):
            raise CheckFailed(
                f"nexla-sandbox: first line is not its JSON address: {first!r}"
            ) from None
        if not url.startswith("http://127.0.0.1:"):
            raise CheckFailed(f"nexla-sandbox: not on loopback: {url}")
        say(f"  ok: nexla-sandbox --port 0 --seed-data serves {url}")
        yield url, key
    finally:
        process.send_signal(signal.SIGINT)  # the sandbox stops cleanly on Ctrl-C
        try:
            process.wait(timeout=SANDBOX_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=SANDBOX_STOP_TIMEOUT)
        say("  ok: sandbox stopped")


def check_cli_basics(bin_dir: Path, cwd: Path, root: Path, version: str) -> None:
    env = user_env(bin_dir)
    done = run(
        [bin_dir / "nexla-recipes", "--version"], "nexla-recipes --version", cwd=cwd, env=env
    )
    if done.stdout.strip() != f"nexla-recipes {version}":
        raise CheckFailed(f"nexla-recipes --version says {done.stdout.strip()!r}, not {version}")
    say(f"  ok: nexla-recipes --version: {done.stdout.strip()}")
    done = run([bin_dir / "nexla-sandbox", "--help"], "nexla-sandbox --help", cwd=cwd, env=env)
    if not done.stdout.startswith("usage: nexla-sandbox"):
        raise CheckFailed(f"nexla-sandbox --help prints no usage:{_tail(done.stdout)}")
    say(f"  ok: nexla-sandbox --help: {done.stdout.splitlines()[0]}")
    done = run(
        [bin_dir / "nexla-recipes", "deploy", "--print-schema"],
        "nexla-recipes deploy --print-schema",
        cwd=cwd,
        env=env,
    )
    expected = json.loads((root / "nexla_recipes/schemas/flow_config.schema.json").read_text())
    printed = output_json(done, "nexla-recipes deploy --print-schema")
    if {k: v for k, v in printed.get("properties", {}).items() if k not in _CONNECTOR_BLOCKS} != {
        k: v for k, v in expected["properties"].items() if k not in _CONNECTOR_BLOCKS
    } or not any(str(d).startswith("sources.") for d in printed.get("$defs", {})):
        raise CheckFailed(
            "deploy --print-schema is not nexla_recipes/schemas' flow config with the connectors"
        )
    say(f"  ok: nexla-recipes deploy --print-schema: {printed.get('title', 'schema')}")


def check_against_sandbox(bin_dir: Path, cwd: Path, url: str, key: str, label: str) -> None:
    env = user_env(bin_dir, NEXLA_API_URL=url, NEXLA_SERVICE_KEY=key)
    recipes = bin_dir / "nexla-recipes"
    done = run([recipes, "quickstart"], f"{label}: nexla-recipes quickstart", cwd=cwd, env=env)
    if f"authenticated to {url}" not in done.stdout:
        raise CheckFailed(f"{label}: quickstart did not authenticate:{_tail(done.stdout)}")
    say(f"  ok: nexla-recipes quickstart: {' / '.join(done.stdout.strip().splitlines())}")
    what = f"{label}: nexla-recipes quickstart --json"
    counted = output_json(run([recipes, "quickstart", "--json"], what, cwd=cwd, env=env), what)
    done = run(
        [recipes, "list", "--type", "sources"], f"{label}: nexla-recipes list", cwd=cwd, env=env
    )
    lines = done.stdout.strip().splitlines() or ["no output"]
    what = f"{label}: nexla-recipes list --type sources --json"
    listed = output_json(
        run([recipes, "list", "--type", "sources", "--json"], what, cwd=cwd, env=env), what
    )
    counts = counted.get("counts") if isinstance(counted, dict) else None
    sources = counts.get("sources") if isinstance(counts, dict) else None
    if not isinstance(sources, int) or not isinstance(listed, list):
        raise CheckFailed(f"{label}: quickstart --json or list --json has an unexpected shape")
    if sources < 1 or len(listed) != sources:
        raise CheckFailed(
            f"{label}: list --type sources shows {len(listed)} sources, quickstart counts {sources}"
        )
    say(
        f"  ok: nexla-recipes list --type sources: {lines[-1]} (--json lists {len(listed)}, as counted)"
    )


def check_imports(bin_dir: Path, cwd: Path, packages: Sequence[str], label: str) -> None:
    done = run(
        [bin_dir / "python", "-c", IMPORT_ALL, *packages],
        f"{label}: import every public module",
        cwd=cwd,
        env=user_env(bin_dir),
    )
    imported = output_json(done, f"{label}: import every public module")
    per = {p: sum(1 for m in imported if m.split(".")[0] == p) for p in packages}
    say(
        f"  ok: {label}: imported "
        + ", ".join(f"{count} public modules of {p}" for p, count in per.items())
    )


def absent(bin_dir: Path, cwd: Path, modules: Sequence[str], label: str) -> None:
    done = run(
        [bin_dir / "python", "-c", BARE_IMPORTS, *modules],
        f"{label}: import nexla_api",
        cwd=cwd,
        env=user_env(bin_dir),
    )
    present = output_json(done, f"{label}: import nexla_api")["present"]
    if present:
        raise CheckFailed(f"{label}: {', '.join(present)} installed, but must not be")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to build")
    args = parser.parse_args(argv)
    step = "setup"
    try:
        uv = uv_command()
        tracked = tracked_files(ROOT)
        with tempfile.TemporaryDirectory(prefix="nexla-api-package-") as tmp:
            work = Path(tmp)
            outside = work / "user"
            outside.mkdir()
            if outside.resolve().is_relative_to(ROOT):
                raise CheckFailed(f"the temporary directory {outside} is inside the checkout")

            step = "build"
            say("package: build the sdist, then the wheel from it")
            sdist, wheel = build(uv, ROOT, args.dist.resolve())
            check_sdist(sdist, tracked)
            check_wheel(wheel, tracked, ROOT)

            step = "full install"
            say(f"package: nexla-api[recipes,sandbox] from the wheel, used from {outside}")
            full = make_venv(uv, work / "full", f"{wheel}[recipes,sandbox]", "[recipes,sandbox]")
            check_cli_basics(full, outside, ROOT, wheel.name.split("-")[1])
            with sandbox(full, outside) as (url, key):
                check_against_sandbox(full, outside, url, key, "[recipes,sandbox]")
                check_imports(
                    full, outside, ["nexla_recipes", "nexla_sandbox"], "[recipes,sandbox]"
                )
                loaded = run(
                    [full / "python", "-c", NO_EXTRA_IMPORTS, "yaml", "pydantic", "starlette"],
                    "import nexla_api alone",
                    cwd=outside,
                    env=user_env(full),
                )
                if output_json(loaded, "import nexla_api alone"):
                    raise CheckFailed(f"importing nexla_api loads {loaded.stdout.strip()}")
                say("  ok: import nexla_api loads none of yaml, pydantic, starlette")

                step = "recipes-only install"
                say("package: nexla-api[recipes] alone (no sandbox stack)")
                recipes = make_venv(uv, work / "recipes", f"{wheel}[recipes]", "[recipes]")
                absent(recipes, outside, ["starlette", "uvicorn", "openapi_core"], "[recipes]")
                check_imports(recipes, outside, ["nexla_recipes"], "[recipes]")
                check_against_sandbox(recipes, outside, url, key, "[recipes]")

            step = "bare install"
            say("package: the bare wheel (the binding only)")
            bare = make_venv(uv, work / "bare", str(wheel), "the bare wheel")
            absent(bare, outside, ["yaml", "pydantic", "starlette", "uvicorn", "rich"], "bare")
            say(
                "  ok: nexla_api and nexla_api.api.sources import; yaml, pydantic, starlette absent"
            )
            for command, extra in (("nexla-recipes", "recipes"), ("nexla-sandbox", "sandbox")):
                done = run(
                    [bare / command, "--help"],
                    f"bare: {command} without its extra",
                    cwd=outside,
                    env=user_env(bare),
                    expect=1,
                )
                if "Traceback" in done.stderr or f"nexla-api[{extra}]" not in done.stderr:
                    raise CheckFailed(
                        f"bare: {command} does not name its extra:{_tail(done.stderr)}"
                    )
                say(f"  ok: bare {command} says: {done.stderr.strip()}")
    except CheckFailed as exc:
        say(f"package check FAILED ({step}): {exc}")
        return 1
    say("package check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
