"""Checking the connector blocks of input files (deploy, rotation, batch create) against the
connector catalogue, before any request is made.

Each problem is one line: the file, the path of the field in the file, the connector type
and what is allowed (the allowed values, or the missing field). Values from the file are
never quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from nexla_api.runtime.connectors import FAMILIES, validate_connector

from ._config import ConfigError, ConfigProblem

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WORD = {"credentials": "credential", "sources": "source", "destinations": "destination"}


class ConnectorConfigProblems(ConfigError):
    """Connector blocks that do not match their type; the CLI prints one line per problem."""

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


def json_path(parts: Sequence[str | int]) -> str:
    """`source.source_config["start.cron"]`: dotted for plain names, bracketed otherwise."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}" if out else part
        else:
            out += '["' + part.replace("\\", "\\\\").replace('"', '\\"') + '"]'
    return out or "(top level)"


def _pointer_parts(pointer: str) -> list[str | int]:
    parts: list[str | int] = []
    for token in pointer.split("/")[1:]:
        text = token.replace("~1", "/").replace("~0", "~")
        parts.append(int(text) if text.isdigit() else text)
    return parts


def _value_at(block: Any, parts: Sequence[str | int]) -> Any:
    for part in parts:
        if isinstance(block, Mapping):
            block = block.get(str(part))
        elif isinstance(block, list) and isinstance(part, int) and part < len(block):
            block = block[part]
        else:
            return None
    return block


def check_block(
    file: str,
    where: Sequence[str | int],
    family: str,
    block: Mapping[str, Any],
    *,
    placeholder: Callable[[Any], bool] | None = None,
) -> list[ConfigProblem]:
    """Problems of one create body (`block`, found at `where` in `file`) of a connector family.

    `placeholder` tells values filled in later (`${NAME}` references): their type and allowed
    values are not checked, only their presence."""
    type_key, _ = FAMILIES[family]
    problems = []
    for found in validate_connector(family, block):
        inner = _pointer_parts(found.path)
        if placeholder is not None and placeholder(_value_at(block, inner)):
            continue
        path = json_path([*where, *inner])
        word = _WORD[family]
        if found.path == f"/{type_key}":
            fix = f"`nexla-recipes connectors --family {family}` lists the {word} types"
        else:
            fix = f"`nexla-recipes connectors {found.connector_type} --family {family}` lists its fields"
        message = f"{word} type {found.connector_type}: {found.message}"
        problems.append(ConfigProblem(file, path, message, fix))
    return problems


def raise_for(problems: Iterable[ConfigProblem]) -> None:
    found = list(problems)
    if found:
        raise ConnectorConfigProblems(found)
