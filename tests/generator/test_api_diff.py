"""api-diff: public-surface changes of the binding are classified breaking or not, the exit code
follows, acknowledgements work, and REV's downstream code is type-checked against the new binding.

Each test builds a tiny binding in a temporary git repository (one commit = the old revision)
and edits the working tree.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from generator import api_diff
from generator.api_diff import Change, GitTree, WorkTree, diff_surfaces, read_surface

OP = """\
from typing import Any

from ...client import AuthenticatedClient, Client
from ...models.thing import Thing
from ...types import UNSET, Response, Unset


def sync_detailed(
    thing_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    expand: int | Unset = UNSET,
) -> Response[Thing]:
    raise NotImplementedError


def sync(
    thing_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    expand: int | Unset = UNSET,
) -> Thing:
    raise NotImplementedError


async def asyncio_detailed(
    thing_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    expand: int | Unset = UNSET,
) -> Response[Thing]:
    raise NotImplementedError


async def asyncio(
    thing_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    expand: int | Unset = UNSET,
) -> Thing:
    raise NotImplementedError
"""

MODEL = '''\
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.colour import Colour
from ..types import UNSET, Unset


@_attrs_define
class Thing:
    """A thing."""

    id: int
    name: str
    colour: Colour | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
'''

ENUM = """\
from enum import StrEnum


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"

    def __str__(self) -> str:
        return str(self.value)
"""

SUPPORT = {
    "nexla_api/__init__.py": "",
    "nexla_api/py.typed": "",
    "nexla_api/api/__init__.py": "",
    "nexla_api/api/things/__init__.py": "",
    "nexla_api/models/__init__.py": "",
    "nexla_api/client.py": "class Client: ...\n\n\nclass AuthenticatedClient(Client): ...\n",
    "nexla_api/types.py": textwrap.dedent(
        """\
        from typing import Generic, TypeVar

        T = TypeVar("T")


        class Unset: ...


        UNSET = Unset()


        class Response(Generic[T]):
            parsed: T
        """
    ),
}

RECIPE = """\
from nexla_api.api.things import get_thing
from nexla_api.client import AuthenticatedClient
from nexla_api.models.thing import Thing


def fetch(client: AuthenticatedClient) -> str:
    thing: Thing = get_thing.sync(7, client=client, page=2)
    return thing.name
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    files = {
        **SUPPORT,
        "nexla_api/api/things/get_thing.py": OP,
        "nexla_api/api/things/delete_thing.py": OP.replace("-> Thing", "-> None").replace(
            "Response[Thing]", "Response[None]"
        ),
        "nexla_api/models/thing.py": MODEL,
        "nexla_api/models/colour.py": ENUM,
        "nexla_recipes/__init__.py": "",
        "nexla_recipes/fetch.py": RECIPE,
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "old")
    return root


def edit(root: Path, name: str, old: str, new: str, count: int = -1) -> None:
    path = root / name
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, count))


def changes(root: Path) -> dict[str, Change]:
    old = read_surface(GitTree(root, "HEAD"))
    new = read_surface(WorkTree(root))
    return {c.key: c for c in diff_surfaces(old, new)}


OPM = "nexla_api.api.things.get_thing"
THING = "nexla_api.models.Thing"
COLOUR = "nexla_api.models.Colour"


def test_no_change(repo: Path) -> None:
    assert changes(repo) == {}


def test_surface_is_read_from_git_and_from_the_tree_alike(repo: Path) -> None:
    assert read_surface(GitTree(repo, "HEAD")) == read_surface(WorkTree(repo))


@pytest.mark.parametrize(
    ("old", "new", "key", "breaking"),
    [
        # parameters
        ("    expand: int | Unset = UNSET,\n", "", f"parameter-removed {OPM}(expand)", True),
        (
            "    expand: int | Unset = UNSET,\n",
            "    expanded: int | Unset = UNSET,\n",
            f"parameter-renamed {OPM}(expand)",
            True,
        ),
        (
            "    page: int | Unset = UNSET,\n",
            "    page: str | Unset = UNSET,\n",
            f"parameter-retyped {OPM}(page)",
            True,
        ),
        (
            "    expand: int | Unset = UNSET,\n",
            "    expand: int | Unset = UNSET,\n    region: str,\n",
            f"parameter-added-required {OPM}(region)",
            True,
        ),
        (
            "    expand: int | Unset = UNSET,\n",
            "    expand: int | Unset = UNSET,\n    region: str | Unset = UNSET,\n",
            f"parameter-added-optional {OPM}(region)",
            False,
        ),
        (
            "    page: int | Unset = UNSET,\n",
            "    page: int | Unset,\n",
            f"parameter-now-required {OPM}(page)",
            True,
        ),
        (
            "    thing_id: int,\n    *,\n",
            "    *,\n    thing_id: int,\n",
            f"parameter-moved {OPM}(thing_id)",
            True,
        ),
        # a union written in another order is the same type
        ("    page: int | Unset = UNSET,\n", "    page: Unset | int = UNSET,\n", None, False),
    ],
)
def test_parameter_changes(repo: Path, old: str, new: str, key: str | None, breaking: bool) -> None:
    edit(repo, "nexla_api/api/things/get_thing.py", old, new)
    found = changes(repo)
    if key is None:
        assert found == {}
        return
    assert list(found) == [key]
    assert found[key].breaking is breaking
    assert found[key].detail.endswith("in sync, sync_detailed, asyncio, asyncio_detailed")


def test_return_type_change_is_breaking(repo: Path) -> None:
    edit(repo, "nexla_api/api/things/get_thing.py", ") -> Thing:", ") -> Thing | None:")
    found = changes(repo)
    assert set(found) == {f"return-retyped {OPM}.sync", f"return-retyped {OPM}.asyncio"}
    assert all(c.breaking for c in found.values())


def test_operation_removed_and_added(repo: Path) -> None:
    (repo / "nexla_api/api/things/delete_thing.py").rename(
        repo / "nexla_api/api/things/remove_thing.py"
    )
    found = changes(repo)
    assert found["operation-removed nexla_api.api.things.delete_thing"].breaking
    assert not found["operation-added nexla_api.api.things.remove_thing"].breaking
    assert len(found) == 2


def test_function_removed(repo: Path) -> None:
    text = (repo / "nexla_api/api/things/get_thing.py").read_text()
    (repo / "nexla_api/api/things/get_thing.py").write_text(
        text[: text.index("async def asyncio_detailed")]
    )
    found = changes(repo)
    assert set(found) == {
        f"function-removed {OPM}.asyncio_detailed",
        f"function-removed {OPM}.asyncio",
    }
    assert all(c.breaking for c in found.values())


@pytest.mark.parametrize(
    ("old", "new", "key", "breaking"),
    [
        ("    name: str\n", "", f"field-removed {THING}.name", True),
        ("    name: str\n", "    title: str\n", f"field-renamed {THING}.name", True),
        ("    name: str\n", "    name: int\n", f"field-retyped {THING}.name", True),
        ("    name: str\n", "    name: str | Unset = UNSET\n", f"field-retyped {THING}.name", True),
        (
            "    name: str\n",
            "    name: str\n    kind: str\n",
            f"field-added-required {THING}.kind",
            True,
        ),
        (
            "    description: None | str | Unset = UNSET\n",
            "    description: None | str | Unset = UNSET\n    tags: list[str] | Unset = UNSET\n",
            f"field-added-optional {THING}.tags",
            False,
        ),
        (
            "    description: None | str | Unset = UNSET\n",
            "    description: str | None | Unset = UNSET\n",
            None,
            False,
        ),
    ],
)
def test_model_changes(repo: Path, old: str, new: str, key: str | None, breaking: bool) -> None:
    edit(repo, "nexla_api/models/thing.py", old, new)
    found = changes(repo)
    if key is None:
        assert found == {}
        return
    assert list(found) == [key]
    assert found[key].breaking is breaking


def test_model_removed_and_added(repo: Path) -> None:
    edit(repo, "nexla_api/models/thing.py", "class Thing:", "class Item:")
    found = changes(repo)
    assert found[f"model-removed {THING}"].breaking
    assert not found["model-added nexla_api.models.Item"].breaking


@pytest.mark.parametrize(
    ("old", "new", "key", "breaking"),
    [
        (
            '    BLUE = "blue"\n',
            '    BLUE = "blue"\n    GREEN = "green"\n',
            f"enum-member-added {COLOUR}.GREEN",
            False,
        ),
        ('    BLUE = "blue"\n', "", f"enum-member-removed {COLOUR}.BLUE", True),
        ('    BLUE = "blue"\n', '    BLUE = "Blue"\n', f"enum-value-changed {COLOUR}.BLUE", True),
        ("class Colour(StrEnum):", "class Color(StrEnum):", f"enum-removed {COLOUR}", True),
    ],
)
def test_enum_changes(repo: Path, old: str, new: str, key: str, breaking: bool) -> None:
    edit(repo, "nexla_api/models/colour.py", old, new)
    found = changes(repo)
    assert found[key].breaking is breaking


# --------------------------------------------------------------------------- exit code


def _main(repo: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    api_diff.add_arguments(parser)
    return api_diff.main(parser.parse_args(["HEAD", "--no-typecheck", *argv]), repo)


def test_exit_code_follows_breaking_changes(repo: Path, tmp_path: Path) -> None:
    assert _main(repo) == 0
    edit(
        repo,
        "nexla_api/models/colour.py",
        '    BLUE = "blue"\n',
        '    BLUE = "blue"\n    GREEN = "green"\n',
    )
    assert _main(repo) == 0  # not breaking
    edit(repo, "nexla_api/api/things/get_thing.py", "    expand: int | Unset = UNSET,\n", "")
    out = tmp_path / "r.json"
    assert _main(repo, "--json", str(out)) == 1
    assert '"unacknowledged": 1' in out.read_text()
    assert _main(repo, "--allow-breaking") == 0


def test_acknowledgement_file(repo: Path, tmp_path: Path) -> None:
    edit(repo, "nexla_api/api/things/get_thing.py", "    expand: int | Unset = UNSET,\n", "")
    edit(repo, "nexla_api/models/thing.py", "    name: str\n", "    name: int\n")
    ack = tmp_path / "accepted.txt"
    ack.write_text(f"# the API dropped expand\nparameter-removed {OPM}(expand)\n")
    assert _main(repo, "--accept", str(ack)) == 1  # the field change is not accepted
    ack.write_text(
        f"parameter-removed {OPM}(expand)  # dropped\nfield-retyped {THING}.*\nenum-removed *\n"
    )
    md = tmp_path / "r.md"
    assert _main(repo, "--accept", str(ack), "--markdown", str(md)) == 0
    text = md.read_text()
    assert "| accepted |" in text
    assert "matched nothing: `enum-removed *`" in text


# --------------------------------------------------------------------------- downstream


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_downstream_code_is_type_checked_against_the_new_binding(
    repo: Path, tmp_path: Path
) -> None:
    # `page` disappears and `name` becomes an int: REV's recipe no longer type-checks.
    edit(repo, "nexla_api/api/things/get_thing.py", "    page: int | Unset = UNSET,\n", "")
    edit(repo, "nexla_api/models/thing.py", "    name: str\n", "    name: int\n")
    result = api_diff.run("HEAD", repo, typecheck=True, work=tmp_path / "work")
    downstream = [c for c in result.changes if c.kind == "downstream"]
    messages = " ".join(c.subject for c in downstream)
    assert all(c.subject.startswith("nexla_recipes/fetch.py: ") for c in downstream)
    assert 'Unexpected keyword argument "page"' in messages
    assert "Incompatible return value type" in messages
    assert all(c.breaking for c in downstream)
    assert "## Breaks downstream code" in api_diff.markdown(result)
