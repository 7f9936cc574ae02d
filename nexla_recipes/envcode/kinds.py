"""Everything the environment-as-code verbs know about each resource kind, in one table.

A kind's row says where its files live, which fields a file holds, which of them name other
resources, which cannot change after creation, and which binding functions list, create,
update and delete it (and read or replace its accessors) through its row of the package's
registry (`nexla_recipes.kinds`). The export, plan and apply code reads this table only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..kinds import CREDENTIALS, DESTINATIONS, FLOWS, NEXSETS, SOURCES, TRANSFORMS, Kind


@dataclass(frozen=True)
class Ref:
    """A file field naming another resource, and the wire field that carries its id."""

    kind: str
    wire: str


@dataclass(frozen=True, kw_only=True)
class KindSpec:
    api: Kind  # the registry row: names and binding functions
    fields: tuple[str, ...]  # what a file may hold besides kind and name
    level: int  # creation order: lower levels first, deletion in reverse
    create_only: tuple[str, ...] = ()
    refs: Mapping[str, Ref] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The `kind:` of a file."""
        return self.api.singular

    @property
    def plural(self) -> str:
        """The drift/listing name, and the folder under DIR."""
        return self.api.cli_word

    @property
    def has_accessors(self) -> bool:
        return self.api.accessors_get is not None


_CRED = Ref("credential", "data_credentials_id")

KINDS: dict[str, KindSpec] = {
    "credential": KindSpec(
        api=CREDENTIALS,
        fields=("description", "tags", "credentials_type", "credentials", "accessors"),
        level=0,
        create_only=("credentials_type",),
    ),
    "transform": KindSpec(
        api=TRANSFORMS,
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
    ),
    "source": KindSpec(
        api=SOURCES,
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
    ),
    "nexset": KindSpec(
        api=NEXSETS,
        fields=("description", "tags", "data_source", "parent_data_sets", "transform", "accessors"),
        level=2,
        create_only=("data_source", "parent_data_sets"),
        refs={
            "data_source": Ref("source", "data_source_id"),
            "parent_data_sets": Ref("nexset", "parent_data_set_id"),
            "transform": Ref("transform", "transform_id"),
        },
    ),
    "destination": KindSpec(
        api=DESTINATIONS,
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
    ),
    "flow": KindSpec(api=FLOWS, fields=("active",), level=5),
}

BY_PLURAL = {spec.plural: spec for spec in KINDS.values()}

#: File order, and the order plans list resources in.
ORDER = tuple(sorted(KINDS, key=lambda k: KINDS[k].level))


def spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}") from None
