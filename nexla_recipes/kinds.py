"""The resource kinds: one registry that every recipe and command reads.

Each `Kind` row says how users name a resource type (its plural `sources`, singular `source`,
the API's collection name `data_sources` and further aliases), where it sits in a flow (the
flow-resource type and the node field holding its id), and which generated functions list,
read, create, update and delete it and read or change its accessors. Commands and config files
accept any spelling; `kind()` resolves one to its row.
"""

from __future__ import annotations

import argparse
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
    replace_data_credential_accessors,
    replace_data_sink_accessors,
    replace_data_source_accessors,
    replace_nexset_accessors,
)
from nexla_api.api.audit_logs import (
    get_data_credential_audit_log,
    get_data_sink_audit_log,
    get_data_source_audit_log,
    get_nexset_audit_log,
)
from nexla_api.api.credentials import (
    create_data_credential,
    delete_data_credential,
    get_data_credential,
    get_data_credentials,
    update_data_credential,
)
from nexla_api.api.destinations import (
    create_data_sink,
    delete_data_sink,
    get_data_sink,
    get_data_sinks,
    update_data_sink,
)
from nexla_api.api.nexsets import (
    create_nexset,
    delete_nexset,
    get_nexset,
    get_nexsets,
    update_nexset,
)
from nexla_api.api.sources import (
    create_data_source,
    delete_data_source,
    get_data_source,
    get_data_sources,
    update_data_source,
)
from nexla_api.api.transforms import (
    create_reusable_record_transform,
    delete_reusable_record_transform,
    get_reusable_record_transform,
    get_reusable_record_transforms,
    update_reusable_record_transform,
)
from nexla_api.models import (
    DataCredentialCreate,
    DataCredentialUpdate,
    DataSetCreate,
    DataSetUpdate,
    DataSinkCreate,
    DataSinkUpdate,
    DataSourceCreate,
    DataSourceUpdate,
    FlowResourceType,
    TransformCreate,
    TransformUpdate,
)

Fn = Callable[..., Any]


@dataclass(frozen=True, kw_only=True)
class Kind:
    """One resource type: its names, its place in a flow, and its generated functions."""

    cli_word: str  # what commands print and accept first: sources, nexsets, ...
    singular: str  # source, nexset, ... (messages, environment files)
    api_name: str  # the API collection: data_sources, ...
    extra_aliases: tuple[str, ...] = ()
    flow_type: FlowResourceType | None = None  # the `{type}` of flow-by-resource paths
    node_key: str | None = None  # the flow-node field holding this kind's id
    list_sync: Callable[..., Sequence[Any] | None] | None = None  # one page
    list_async: Callable[..., Awaitable[Sequence[Any] | None]] | None = None
    get_sync: Fn | None = None
    create_sync: Fn | None = None
    create_async: Callable[..., Awaitable[Any]] | None = None
    create_body: Callable[[dict[str, Any]], Any] | None = None
    update_sync: Fn | None = None
    update_body: Callable[[dict[str, Any]], Any] | None = None
    delete_sync: Fn | None = None
    accessors_get: Fn | None = None
    accessors_add: Fn | None = None
    accessors_delete: Fn | None = None
    accessors_replace: Fn | None = None
    audit_log: Callable[..., Sequence[Any] | None] | None = None  # one page
    audit_id_param: str | None = None  # the audit-log function's id argument

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every other accepted spelling: singular, API name and its singular, extras."""
        api_singular = self.api_name[:-1] if self.api_name.endswith("s") else self.api_name
        words = (self.singular, self.api_name, api_singular, *self.extra_aliases)
        return tuple(dict.fromkeys(w for w in words if w != self.cli_word))


SOURCES = Kind(
    cli_word="sources",
    singular="source",
    api_name="data_sources",
    flow_type=FlowResourceType.DATA_SOURCES,
    node_key="data_source_id",
    list_sync=get_data_sources.sync,
    list_async=get_data_sources.asyncio,
    get_sync=get_data_source.sync,
    create_sync=create_data_source.sync,
    create_async=create_data_source.asyncio,
    create_body=DataSourceCreate.from_dict,
    update_sync=update_data_source.sync,
    update_body=DataSourceUpdate.from_dict,
    delete_sync=delete_data_source.sync,
    accessors_get=get_data_source_accessors.sync,
    accessors_add=add_data_source_accessors.sync,
    accessors_delete=delete_data_source_accessors.sync,
    accessors_replace=replace_data_source_accessors.sync,
    audit_log=get_data_source_audit_log.sync,
    audit_id_param="source_id",
)
NEXSETS = Kind(
    cli_word="nexsets",
    singular="nexset",
    api_name="data_sets",
    extra_aliases=("datasets", "dataset"),
    flow_type=FlowResourceType.DATA_SETS,
    node_key="data_set_id",
    list_sync=get_nexsets.sync,
    list_async=get_nexsets.asyncio,
    get_sync=get_nexset.sync,
    create_sync=create_nexset.sync,
    create_body=DataSetCreate.from_dict,
    update_sync=update_nexset.sync,
    update_body=DataSetUpdate.from_dict,
    delete_sync=delete_nexset.sync,
    accessors_get=get_nexset_accessors.sync,
    accessors_add=add_nexset_accessors.sync,
    accessors_delete=delete_nexset_accessors.sync,
    accessors_replace=replace_nexset_accessors.sync,
    audit_log=get_nexset_audit_log.sync,
    audit_id_param="set_id",
)
DESTINATIONS = Kind(
    cli_word="destinations",
    singular="destination",
    api_name="data_sinks",
    extra_aliases=("sinks", "sink"),
    flow_type=FlowResourceType.DATA_SINKS,
    node_key="data_sink_id",
    list_sync=get_data_sinks.sync,
    list_async=get_data_sinks.asyncio,
    get_sync=get_data_sink.sync,
    create_sync=create_data_sink.sync,
    create_async=create_data_sink.asyncio,
    create_body=DataSinkCreate.from_dict,
    update_sync=update_data_sink.sync,
    update_body=DataSinkUpdate.from_dict,
    delete_sync=delete_data_sink.sync,
    accessors_get=get_data_sink_accessors.sync,
    accessors_add=add_data_sink_accessors.sync,
    accessors_delete=delete_data_sink_accessors.sync,
    accessors_replace=replace_data_sink_accessors.sync,
    audit_log=get_data_sink_audit_log.sync,
    audit_id_param="sink_id",
)
CREDENTIALS = Kind(
    cli_word="credentials",
    singular="credential",
    api_name="data_credentials",
    list_sync=get_data_credentials.sync,
    list_async=get_data_credentials.asyncio,
    get_sync=get_data_credential.sync,
    create_sync=create_data_credential.sync,
    create_async=create_data_credential.asyncio,
    create_body=DataCredentialCreate.from_dict,
    update_sync=update_data_credential.sync,
    update_body=DataCredentialUpdate.from_dict,
    delete_sync=delete_data_credential.sync,
    accessors_get=get_data_credential_accessors.sync,
    accessors_add=add_data_credential_accessors.sync,
    accessors_delete=delete_data_credential_accessors.sync,
    accessors_replace=replace_data_credential_accessors.sync,
    audit_log=get_data_credential_audit_log.sync,
    audit_id_param="credential_id",
)
FLOWS = Kind(cli_word="flows", singular="flow", api_name="flows")
TRANSFORMS = Kind(
    cli_word="transforms",
    singular="transform",
    api_name="transforms",
    list_sync=get_reusable_record_transforms.sync,
    list_async=get_reusable_record_transforms.asyncio,
    get_sync=get_reusable_record_transform.sync,
    create_sync=create_reusable_record_transform.sync,
    create_body=TransformCreate.from_dict,
    update_sync=update_reusable_record_transform.sync,
    update_body=TransformUpdate.from_dict,
    delete_sync=delete_reusable_record_transform.sync,
)

#: Every kind, in the order `--help` lists the vocabulary.
REGISTRY: tuple[Kind, ...] = (SOURCES, NEXSETS, DESTINATIONS, CREDENTIALS, FLOWS, TRANSFORMS)

#: Kinds the generic listing and access commands serve, in the order they name them.
LISTABLE: tuple[str, ...] = ("sources", "destinations", "credentials", "nexsets")
#: Kinds batch create can create.
CREATABLE: tuple[str, ...] = ("sources", "destinations", "credentials")
#: Kinds that are nodes of a flow (have a flow-resource type and a node key).
FLOW_KINDS: tuple[str, ...] = tuple(k.cli_word for k in REGISTRY if k.node_key is not None)

_BY_WORD: dict[str, Kind] = {k.cli_word: k for k in REGISTRY}
_CANONICAL: dict[str, str] = {
    word: k.cli_word for k in REGISTRY for word in (k.cli_word, *k.aliases)
}


def canonical_type(word: str, allowed: Sequence[str] | None = None) -> str:
    """The vocabulary name (`sources`, ...) for any accepted spelling; `ValueError` otherwise.

    `allowed` restricts the answer to the types a command supports.
    """
    choices = allowed if allowed is not None else [k.cli_word for k in REGISTRY]
    name = _CANONICAL.get(word.strip().lower().replace("-", "_"))
    if name is None or name not in choices:
        shown = word if len(word) <= 40 else word[:39] + "…"
        raise ValueError(f"unknown resource type {shown!r}; use one of {', '.join(choices)}")
    return name


def kind(word: str | FlowResourceType, allowed: Sequence[str] | None = None) -> Kind:
    """The registry row of any accepted spelling (or flow-resource type); `ValueError` otherwise."""
    if isinstance(word, FlowResourceType):
        return next(k for k in REGISTRY if k.flow_type is word)
    return _BY_WORD[canonical_type(word, allowed)]


def type_option(allowed: Sequence[str]) -> Callable[[str], str]:
    """An argparse `type=` converting any accepted spelling to the vocabulary name."""

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
    for k in REGISTRY:
        lines.append(f"  {k.cli_word:<13} {', '.join(k.aliases)}")
    return "\n".join(lines) + "\n"
