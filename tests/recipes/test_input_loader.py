"""The one input loader of the CLI: any bytes, any shape -> a document or one clear line.

Config files (YAML/JSON) and env files go through `nexla_recipes._config`: bounded in size,
nesting and YAML alias expansion, and every failure is a `ConfigError` whose message is one
line naming the file, the field and the fix, and never the offending value.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nexla_api import NexlaClient
from nexla_recipes._config import (
    MAX_DEPTH,
    MAX_VALUES,
    ConfigError,
    load_document,
    load_env_values,
)
from nexla_recipes.batch_create import load_items
from nexla_recipes.cli import main
from nexla_recipes.deploy import load_config
from nexla_recipes.health import load_monitoring
from nexla_recipes.rotate import load_rotation_plan

LOADERS: dict[str, Callable[[Path], object]] = {
    "deploy": load_config,
    "health": load_monitoring,
    "batch-create": lambda p: load_items(p, "sources"),
    "rotate": load_rotation_plan,
}

SECRET = "sk-the-secret-value-0123456789"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "name",
                    "credential",
                    "source",
                    "destination",
                    "resources",
                    "type",
                    "id",
                    "sources",
                ]
                + ["new_credential", "credentials", "source_type", "x", ""]
            )
            | st.text(max_size=8),
            inner,
            max_size=6,
        )
    ),
    max_leaves=30,
)


def one_line(error: ConfigError, path: Path) -> str:
    text = str(error)
    assert "\n" not in text and text.startswith(str(path)), text
    assert "(fix: " in text, text
    return text


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".yaml", ".json", ".env"]))
def test_random_bytes_give_a_document_or_one_line(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        if suffix == ".env":
            load_env_values(path)
        else:
            load_document(path)
    except ConfigError as exc:
        one_line(exc, path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=json_values,
    loader=st.sampled_from(sorted(LOADERS)),
    as_json=st.booleans(),
)
# Keys that are line breaks once made two-line error messages.
@example(document={"\n": None}, loader="batch-create", as_json=False)
@example(document=[{"\n": None}], loader="batch-create", as_json=False)
def test_random_shapes_give_a_config_or_one_line(
    tmp_path: Path, document: Any, loader: str, as_json: bool
) -> None:
    path = tmp_path / ("config.json" if as_json else "config.yaml")
    path.write_text(json.dumps(document) if as_json else yaml.safe_dump(document))
    try:
        LOADERS[loader](path)
    except ConfigError as exc:
        one_line(exc, path)


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to build a client (the step before a request) fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> NexlaClient:
        raise AssertionError("a server call was about to be made")

    monkeypatch.setattr(NexlaClient, "from_env", refuse)
    monkeypatch.setenv("NEXLA_SERVICE_KEY", "sk-unused")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=300), command=st.sampled_from(["deploy", "health", "batch", "rotate"])
)
def test_cli_on_random_bytes_one_error_line_no_server_call(
    tmp_path: Path,
    no_server: None,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    command: str,
) -> None:
    path = tmp_path / "in.yaml"
    path.write_bytes(data)
    argv = {
        "deploy": ["deploy", str(path)],
        "health": ["health", "--config", str(path)],
        "batch": ["batch-create", "--type", "sources", str(path)],
        "rotate": ["rotate", "--tag", "t", "--new-credential", str(path)],
    }[command]
    code = main(["--env-file", os.devnull, *argv])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("error: "), err


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"deep{suffix}", "[" * 50_000 + "]" * 50_000)
    with pytest.raises(ConfigError, match=f"nested deeper than {MAX_DEPTH} levels"):
        load_document(path)
    ok = write(tmp_path, f"ok{suffix}", "[" * MAX_DEPTH + "]" * MAX_DEPTH)
    assert load_document(ok) is not None


def test_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 10) + "]")
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    assert path.stat().st_size < 1024
    with pytest.raises(ConfigError) as caught:
        load_document(path)
    assert f"YAML aliases expand to more than {MAX_VALUES} values" in str(caught.value)
    # a few anchors are fine
    fine = write(tmp_path, "fine.yaml", "base: &b {x: 1}\none: *b\ntwo: *b\n")
    assert load_document(fine) == {"base": {"x": 1}, "one": {"x": 1}, "two": {"x": 1}}


def test_self_referencing_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "loop.yaml", "a: &a [1, *a]\n")
    with pytest.raises(ConfigError, match="refers to the collection that contains it"):
        load_document(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("name: x\n".encode("utf-16"), "is UTF-16/UTF-32 text (fix: save it as UTF-8)"),
        (b"name: caf\xe9\n", "line 1: is not UTF-8 text (fix: save it as UTF-8)"),
        (b"name: x\n\x00\n", "line 2: contains a NUL character"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        load_document(path)
    assert str(caught.value) == f"{path}: {message}" or str(caught.value).startswith(
        f"{path}: {message}"
    )


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"\xef\xbb\xbfname: x\n")
    assert load_document(path) == {"name": "x"}


def test_errors_never_echo_the_value(tmp_path: Path) -> None:
    """A secret in the wrong place, or a huge value, is named by field, never shown."""
    flow = {
        "name": "f",
        "credential": SECRET,
        "source": {"name": "s", "source_type": "s3", "source_config": ["x"] * 150_000},
        "destination": {"name": "d", "sink_type": "s3", "sink_config": {}},
    }
    path = write(tmp_path, "flow.json", json.dumps(flow))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    text = one_line(caught.value, path)
    assert SECRET not in text and "'x'" not in text and len(text) < 600
    assert "credential: matches none" in text or "credential: must be" in text
    monitoring = write(tmp_path, "m.yaml", f"resources:\n  - {{type: {SECRET}, id: 1}}\n")
    with pytest.raises(ConfigError) as caught:
        load_monitoring(monitoring)
    assert SECRET not in str(caught.value)
    assert "resources[0].type: is not one of the allowed values" in str(caught.value)


def test_too_big_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as fh:
        fh.truncate(10_000_001)
    with pytest.raises(ConfigError, match="larger than 10 MB"):
        load_document(path)
