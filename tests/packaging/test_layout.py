"""What the wheel declares matches what its modules need: data files, extras, entry points.

`nox -s package` builds and installs the real wheel; these checks run in the suite and catch
the usual causes (a data file outside package-data, an import no extra provides) early.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from nexla_api.runtime.constants import USER_AGENT
from nexla_api.runtime.extras import missing_extra_message, missing_for_extra

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGES = ("nexla_api", "nexla_recipes", "nexla_sandbox")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requirements: list[str]) -> set[str]:
    names = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        assert match, requirement
        names.add(_normalise(match.group(1)))
    return names


def _third_party_imports(package: str) -> dict[str, str]:
    """Top-level names of the non-stdlib modules `package` imports -> a file importing it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in PACKAGES:
                    found.setdefault(top, path.relative_to(ROOT).as_posix())
    return found


@pytest.mark.parametrize(
    ("package", "extras"),
    [("nexla_api", ()), ("nexla_recipes", ("recipes",)), ("nexla_sandbox", ("sandbox",))],
)
def test_every_third_party_import_is_declared_by_the_package_s_extra(
    package: str, extras: tuple[str, ...]
) -> None:
    project = PYPROJECT["project"]
    allowed = _requirement_names(project["dependencies"])
    for extra in extras:
        allowed |= _requirement_names(project["optional-dependencies"][extra])
    providers = metadata.packages_distributions()
    undeclared = {
        module: where
        for module, where in _third_party_imports(package).items()
        if not {_normalise(d) for d in providers.get(module, [module])} & allowed
    }
    assert undeclared == {}, f"{package} imports modules its extra does not install"


def test_every_file_in_the_packages_is_python_or_package_data() -> None:
    declared = PYPROJECT["tool"]["setuptools"]["package-data"]
    loose = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            relative = path.relative_to(ROOT / package).as_posix()
            if (
                not path.is_file()
                or path.suffix in (".py", ".pyc")
                or "__pycache__" in path.parts
                or path.name == "README.md"
            ):
                continue
            if not any(fnmatch.fnmatch(relative, glob) for glob in declared.get(package, [])):
                loose.append(f"{package}/{relative}")
    assert loose == [], "files the wheel would leave out; add them to package-data"


def test_shipped_modules_locate_data_through_the_package_not_the_file_system() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "__file__" in path.read_text(encoding="utf-8")
    ]
    assert offenders == [], "use importlib.resources.files(package) instead of __file__"


# Not `rich`: httpx itself imports it (for its command line) whenever it is installed.
OPTIONAL = ["yaml", "pydantic", "jsonschema", "starlette", "uvicorn", "openapi_core", "dotenv"]


def _optional_modules_loaded_by(modules: str) -> list[str]:
    """Which OPTIONAL modules a fresh interpreter has loaded after `import <modules>`."""
    code = f"import sys, {modules}\nprint([m for m in {OPTIONAL!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = ast.literal_eval(done.stdout.strip())
    return loaded


def test_importing_the_binding_loads_no_optional_dependency() -> None:
    assert _optional_modules_loaded_by("nexla_api, nexla_api.api.sources.get_data_sources") == []


def test_the_commands_import_no_optional_dependency_before_checking_their_extra() -> None:
    # Without the extra, `nexla-recipes` / `nexla-sandbox` must get as far as saying so.
    assert _optional_modules_loaded_by("nexla_recipes.__main__, nexla_sandbox.__main__") == []


def test_console_scripts_start_the_two_commands() -> None:
    assert PYPROJECT["project"]["scripts"] == {
        "nexla-recipes": "nexla_recipes.__main__:main",
        "nexla-sandbox": "nexla_sandbox.__main__:main",
    }


REQUIRES = [
    "httpx>=0.27,<0.29",
    'pyyaml>=6.0; extra == "recipes"',
    "rich>=13.7 ; extra == 'recipes'",
    'starlette>=1.10,<2; extra == "sandbox"',
    'uvloop>=0.19; sys_platform != "win32" and extra == "sandbox"',
    'nexla-api[recipes,sandbox]; extra == "dev"',
]


def test_an_extra_is_missing_when_any_of_its_unconditional_distributions_is() -> None:
    installed = {"httpx", "pyyaml", "starlette"}.__contains__
    assert missing_for_extra("recipes", REQUIRES, installed) == ["rich"]
    assert missing_for_extra("sandbox", REQUIRES, installed) == []


def test_a_missing_extra_is_one_line_naming_what_to_install() -> None:
    message = missing_extra_message("recipes", "nexla-recipes", ["pyyaml", "rich"])
    assert message == (
        "nexla-recipes: needs nexla-api[recipes] (missing: pyyaml, rich); "
        "install it with: pip install 'nexla-api[recipes]'"
    )
    assert missing_extra_message("recipes", "nexla-recipes", []) is None


def test_the_dev_install_has_both_extras() -> None:
    assert missing_for_extra("recipes") == []
    assert missing_for_extra("sandbox") == []


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```bash\n")
    return [
        line.split("  #")[0].strip()
        for part in block[1:]
        for line in part.split("```")[0].splitlines()
        if line.strip()
    ]


def test_ci_runs_the_readme_s_test_command_with_the_readme_s_tools() -> None:
    ci = [
        line.strip()
        for line in (ROOT / ".ci/run").read_text(encoding="utf-8").splitlines()
        if line.startswith("python3 ")
    ]
    readme = _readme_commands()
    bootstrap = next(c for c in readme if c.endswith("-m nox -s demo"))
    test_command = next(c for c in readme if c.startswith("python3 -m nox -s check"))
    assert ci[-1] == test_command
    pins = re.findall(r'"([^"]+==[^"]+)"', bootstrap)
    assert pins and pins == re.findall(r'"([^"]+==[^"]+)"', ci[0])


def test_the_version_has_one_home_that_the_installed_metadata_agrees_with() -> None:
    import nexla_api

    assert "version" in PYPROJECT["project"]["dynamic"]
    attr = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "nexla_api.runtime.constants.__version__"
    assert nexla_api.__version__ == metadata.version("nexla-api")
    assert USER_AGENT == f"nexla-api/{nexla_api.__version__}"


def test_calling_one_endpoint_loads_no_paginator_webhook_client_or_connector_catalogue() -> None:
    code = (
        "import sys, nexla_api, nexla_api.api.sources.get_data_source\n"
        "heavy = ['nexla_api.runtime.pagination', 'nexla_api.runtime.webhooks', "
        "'nexla_api.connectors', 'importlib.metadata']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "from nexla_api import Paginator, WebhookClient, paginate\n"
        "from nexla_api.runtime import AsyncPaginator, WebhookResult\n"
        "print(Paginator.__module__, WebhookClient.__module__, paginate.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded, modules = done.stdout.strip().splitlines()
    assert ast.literal_eval(loaded) == []
    assert modules.split() == [
        "nexla_api.runtime.pagination",
        "nexla_api.runtime.webhooks",
        "nexla_api.runtime.pagination",
    ]
