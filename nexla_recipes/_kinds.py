"""The resource types: one vocabulary for every command, and the collections recipes treat alike.

`VOCABULARY` is the one table of resource-type words: every command and config file names
types by their plural (`sources`), and accepts the singular (`source`) and the API's
collection names (`data_sources`, `data_source`) as aliases. `KINDS` then says how to list,
create, get and delete each collection through the generated binding, so batch create,
listing and access control are one generic implementation each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from nexla_api.api.access_control import (
    add_data_credential_accessors,
    add_data_sink_accessors,
    add_data_source_accessors,
    add_nexset_accessors,
    delete_data_credential_accessors,
    delete_data_sink_accessors,
    delete_data_source_accessors,
    delete_nexset_accessors,
    get_data_credential_accessors,
    get_data_sink_accessors,
    get_data_source_accessors,
    get_nexset_accessors,
)
from nexla_api.api.credentials import (
    create_data_credential,
    delete_data_credential,
    get_data_credential,
    get_data_credentials,
)
from nexla_api.api.destinations import (
    create_data_sink,
    delete_data_sink,
    get_data_sink,
    get_data_sinks,
)
from nexla_api.api.nexsets import delete_nexset, get_nexset, get_nexsets
from nexla_api.api.sources import (
    create_data_source,
    delete_data_source,
    get_data_source,
    get_data_sources,
)
from nexla_api.models import DataCredentialCreate, DataSinkCreate, DataSourceCreate


@dataclass(frozen=True)
class Kind:
    """How to reach one collection through the generated binding."""

    name: str  # CLI name: sources, destinations, credentials, nexsets
    path: str  # API collection: data_sources, ...
    singular: str
    list_sync: Callable[..., Any]
    list_async: Callable[..., Awaitable[Any]]
    get_sync: Callable[..., Any]
    delete_sync: Callable[..., Any]
    create_async: Callable[..., Awaitable[Any]] | None = None
    create_body: Callable[[dict[str, Any]], Any] | None = None
    accessors_get: Callable[..., Any] | None = None
    accessors_add: Callable[..., Any] | None = None
    accessors_delete: Callable[..., Any] | None = None


KINDS: dict[str, Kind] = {
    "sources": Kind(
        "sources",
        "data_sources",
        "source",
        get_data_sources.sync,
        get_data_sources.asyncio,
        get_data_source.sync,
        delete_data_source.sync,
        create_data_source.asyncio,
        DataSourceCreate.from_dict,
        get_data_source_accessors.sync,
        add_data_source_accessors.sync,
        delete_data_source_accessors.sync,
    ),
    "destinations": Kind(
        "destinations",
        "data_sinks",
        "destination",
        get_data_sinks.sync,
        get_data_sinks.asyncio,
        get_data_sink.sync,
        delete_data_sink.sync,
        create_data_sink.asyncio,
        DataSinkCreate.from_dict,
        get_data_sink_accessors.sync,
        add_data_sink_accessors.sync,
        delete_data_sink_accessors.sync,
    ),
    "credentials": Kind(
        "credentials",
        "data_credentials",
        "credential",
        get_data_credentials.sync,
        get_data_credentials.asyncio,
        get_data_credential.sync,
        delete_data_credential.sync,
        create_data_credential.asyncio,
        DataCredentialCreate.from_dict,
        get_data_credential_accessors.sync,
        add_data_credential_accessors.sync,
        delete_data_credential_accessors.sync,
    ),
    "nexsets": Kind(
        "nexsets",
        "data_sets",
        "nexset",
        get_nexsets.sync,
        get_nexsets.asyncio,
        get_nexset.sync,
        delete_nexset.sync,
        accessors_get=get_nexset_accessors.sync,
        accessors_add=add_nexset_accessors.sync,
        accessors_delete=delete_nexset_accessors.sync,
    ),
}

#: Kinds batch create can create.
CREATABLE = ("sources", "destinations", "credentials")


@dataclass(frozen=True)
class ResourceWord:
    """One row of the vocabulary: the name commands use, and the aliases they accept."""

    name: str
    singular: str
    api: str
    extra: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        api_singular = self.api[:-1] if self.api.endswith("s") else self.api
        words = (self.singular, self.api, api_singular, *self.extra)
        return tuple(dict.fromkeys(w for w in words if w != self.name))


VOCABULARY: tuple[ResourceWord, ...] = (
    ResourceWord("sources", "source", "data_sources"),
    ResourceWord("nexsets", "nexset", "data_sets", ("datasets", "dataset")),
    ResourceWord("destinations", "destination", "data_sinks", ("sinks", "sink")),
    ResourceWord("credentials", "credential", "data_credentials"),
    ResourceWord("flows", "flow", "flows"),
    ResourceWord("transforms", "transform", "transforms"),
)

_CANONICAL: dict[str, str] = {
    word: row.name for row in VOCABULARY for word in (row.name, *row.aliases)
}


def canonical_type(word: str, allowed: Sequence[str] | None = None) -> str:
    """The vocabulary name (`sources`, ...) for any accepted spelling; `ValueError` otherwise.

    `allowed` restricts the answer to the types a command supports.
    """
    choices = allowed if allowed is not None else [row.name for row in VOCABULARY]
    name = _CANONICAL.get(word.strip().lower().replace("-", "_"))
    if name is None or name not in choices:
        shown = word if len(word) <= 40 else word[:39] + "…"
        raise ValueError(f"unknown resource type {shown!r}; use one of {', '.join(choices)}")
    return name


def type_option(allowed: Sequence[str]) -> Callable[[str], str]:
    """An argparse `type=` converting any accepted spelling to the vocabulary name."""
    import argparse

    def convert(word: str) -> str:
        try:
            return canonical_type(word, allowed)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = "resource type"
    return convert


def vocabulary_help() -> str:
    """The table of resource types and their aliases, for `--help`."""
    lines = ["resource types (any command; aliases accepted):"]
    for row in VOCABULARY:
        lines.append(f"  {row.name:<13} {', '.join(row.aliases)}")
    return "\n".join(lines) + "\n"


def kind(name: str) -> Kind:
    """The collection functions of a resource type (any accepted spelling)."""
    return KINDS[canonical_type(name, list(KINDS))]
