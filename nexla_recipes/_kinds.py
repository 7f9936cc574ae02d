"""The resource collections the recipes treat alike: list, create, get and delete functions.

One table instead of per-kind code, so batch create, listing and access control are one
generic implementation each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
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


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown resource type {name!r}; use one of {', '.join(KINDS)}") from None
