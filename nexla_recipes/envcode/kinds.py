"""Everything the environment-as-code verbs know about each resource kind, in one table.

A kind's row says where its files live, which fields a file holds, which of them name other
resources, which cannot change after creation, and which binding functions list, create,
update and delete it (and read or replace its accessors). The export, plan and apply code
reads this table only; nothing else in the package names a binding function per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nexla_api.api.access_control import (
    get_data_credential_accessors,
    get_data_sink_accessors,
    get_data_source_accessors,
    get_nexset_accessors,
    replace_data_credential_accessors,
    replace_data_sink_accessors,
    replace_data_source_accessors,
    replace_nexset_accessors,
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
    TransformCreate,
    TransformUpdate,
)


@dataclass(frozen=True)
class Ref:
    """A file field naming another resource, and the wire field that carries its id."""

    kind: str
    wire: str


@dataclass(frozen=True)
class KindSpec:
    kind: str  # the `kind:` of a file
    plural: str  # the drift/listing name, and the folder under DIR
    fields: tuple[str, ...]  # what a file may hold besides kind and name
    level: int  # creation order: lower levels first, deletion in reverse
    create_only: tuple[str, ...] = ()
    refs: Mapping[str, Ref] = field(default_factory=dict)
    list_sync: Callable[..., Any] | None = None
    get_sync: Callable[..., Any] | None = None
    create_sync: Callable[..., Any] | None = None
    update_sync: Callable[..., Any] | None = None
    delete_sync: Callable[..., Any] | None = None
    create_body: Callable[[dict[str, Any]], Any] | None = None
    update_body: Callable[[dict[str, Any]], Any] | None = None
    accessors_get: Callable[..., Any] | None = None
    accessors_replace: Callable[..., Any] | None = None

    @property
    def has_accessors(self) -> bool:
        return self.accessors_get is not None


_CRED = Ref("credential", "data_credentials_id")

KINDS: dict[str, KindSpec] = {
    "credential": KindSpec(
        kind="credential",
        plural="credentials",
        fields=("description", "tags", "credentials_type", "credentials", "accessors"),
        level=0,
        create_only=("credentials_type",),
        list_sync=get_data_credentials.sync,
        get_sync=get_data_credential.sync,
        create_sync=create_data_credential.sync,
        update_sync=update_data_credential.sync,
        delete_sync=delete_data_credential.sync,
        create_body=DataCredentialCreate.from_dict,
        update_body=DataCredentialUpdate.from_dict,
        accessors_get=get_data_credential_accessors.sync,
        accessors_replace=replace_data_credential_accessors.sync,
    ),
    "transform": KindSpec(
        kind="transform",
        plural="transforms",
        fields=(
            "description",
            "tags",
            "output_type",
            "code_type",
            "code_encoding",
            "reusable",
            "code",
            "code_config",
            "custom_config",
        ),
        level=0,
        list_sync=get_reusable_record_transforms.sync,
        get_sync=get_reusable_record_transform.sync,
        create_sync=create_reusable_record_transform.sync,
        update_sync=update_reusable_record_transform.sync,
        delete_sync=delete_reusable_record_transform.sync,
        create_body=TransformCreate.from_dict,
        update_body=TransformUpdate.from_dict,
    ),
    "source": KindSpec(
        kind="source",
        plural="sources",
        fields=(
            "description",
            "tags",
            "source_type",
            "data_credentials",
            "source_config",
            "accessors",
        ),
        level=1,
        create_only=("source_type",),
        refs={"data_credentials": _CRED},
        list_sync=get_data_sources.sync,
        get_sync=get_data_source.sync,
        create_sync=create_data_source.sync,
        update_sync=update_data_source.sync,
        delete_sync=delete_data_source.sync,
        create_body=DataSourceCreate.from_dict,
        update_body=DataSourceUpdate.from_dict,
        accessors_get=get_data_source_accessors.sync,
        accessors_replace=replace_data_source_accessors.sync,
    ),
    "nexset": KindSpec(
        kind="nexset",
        plural="nexsets",
        fields=("description", "tags", "data_source", "parent_data_sets", "transform", "accessors"),
        level=2,
        create_only=("data_source", "parent_data_sets"),
        refs={
            "data_source": Ref("source", "data_source_id"),
            "parent_data_sets": Ref("nexset", "parent_data_set_id"),
            "transform": Ref("transform", "transform_id"),
        },
        list_sync=get_nexsets.sync,
        get_sync=get_nexset.sync,
        create_sync=create_nexset.sync,
        update_sync=update_nexset.sync,
        delete_sync=delete_nexset.sync,
        create_body=DataSetCreate.from_dict,
        update_body=DataSetUpdate.from_dict,
        accessors_get=get_nexset_accessors.sync,
        accessors_replace=replace_nexset_accessors.sync,
    ),
    "destination": KindSpec(
        kind="destination",
        plural="destinations",
        fields=(
            "description",
            "tags",
            "sink_type",
            "data_set",
            "data_credentials",
            "sink_config",
            "accessors",
        ),
        level=4,
        create_only=("sink_type",),
        refs={"data_set": Ref("nexset", "data_set_id"), "data_credentials": _CRED},
        list_sync=get_data_sinks.sync,
        get_sync=get_data_sink.sync,
        create_sync=create_data_sink.sync,
        update_sync=update_data_sink.sync,
        delete_sync=delete_data_sink.sync,
        create_body=DataSinkCreate.from_dict,
        update_body=DataSinkUpdate.from_dict,
        accessors_get=get_data_sink_accessors.sync,
        accessors_replace=replace_data_sink_accessors.sync,
    ),
    "flow": KindSpec(kind="flow", plural="flows", fields=("active",), level=5),
}

BY_PLURAL = {spec.plural: spec for spec in KINDS.values()}

#: File order, and the order plans list resources in.
ORDER = tuple(sorted(KINDS, key=lambda k: KINDS[k].level))


def spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}") from None
