"""Every page of a list, and which resources belong to an environment tag.

Nexla lists are paged bare arrays, so "all sources" means walking pages until a short one.
An environment is a tag such as `env:prod`. Sources, nexsets and transforms carry tags; the
spec gives destinations no tags field and discovered nexsets start untagged, so a resource
also belongs to the environment of what feeds it: a nexset to its source's (or parent
nexset's) environment, a destination to its nexset's or source's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from nexla_api import NexlaClient, paginate
from nexla_api.models import DataCredential, DataSet, DataSink, DataSource, Transform

from .kinds import CREDENTIALS, DESTINATIONS, NEXSETS, SOURCES, TRANSFORMS

T = TypeVar("T")

PER_PAGE = 100

#: Tag `apply` puts on what it creates or adopts (prune deletes only what carries it). Drift
#: and export leave it out: it marks who manages a resource, not how it is configured.
MANAGED_TAG = "managed-by:nexla-recipes"


def list_all(
    fn: Callable[..., Sequence[T] | None] | None, client: NexlaClient, **kwargs: Any
) -> list[T]:
    """Every item of a generated page/per_page `sync` list function, all pages."""
    assert fn is not None, "this kind has no list operation"
    per_page = int(kwargs.pop("per_page", PER_PAGE))
    return list(paginate(fn, client=client, per_page=per_page, **kwargs))


def tags_of(resource: Any) -> list[str]:
    tags = getattr(resource, "tags", None)
    if tags is None:
        extra = getattr(resource, "additional_properties", None) or {}
        tags = extra.get("tags")
    return [str(t) for t in tags or []]


@dataclass
class Environment:
    """The sources, nexsets, destinations and transforms of one tag (or of everything)."""

    tag: str | None
    sources: list[DataSource] = field(default_factory=list)
    nexsets: list[DataSet] = field(default_factory=list)
    destinations: list[DataSink] = field(default_factory=list)
    transforms: list[Transform] = field(default_factory=list)
    #: Everything listed, in and out of the environment, by id (to resolve references).
    all_sources: dict[int, DataSource] = field(default_factory=dict)
    all_nexsets: dict[int, DataSet] = field(default_factory=dict)
    all_transforms: dict[int, Transform] = field(default_factory=dict)
    all_credentials: dict[int, DataCredential] = field(default_factory=dict)


def in_tag(resource: Any, tag: str | None) -> bool:
    return tag is None or tag in tags_of(resource)


def load_sources_and_sinks(
    client: NexlaClient, tag: str | None
) -> tuple[list[DataSource], list[DataSink]]:
    """The environment's sources and destinations only (what credential rotation needs)."""
    env = load_environment(client, tag, nexsets=True, transforms=False)
    return env.sources, env.destinations


def load_environment(
    client: NexlaClient,
    tag: str | None,
    *,
    nexsets: bool = True,
    transforms: bool = True,
    credentials: bool = False,
) -> Environment:
    """List everything (all pages) and keep what belongs to `tag` (None = the whole org)."""
    env = Environment(tag)
    sources = list_all(SOURCES.list_sync, client)
    env.all_sources = {s.id: s for s in sources}
    env.sources = [s for s in sources if in_tag(s, tag)]
    source_ids = {s.id for s in env.sources}

    nexset_ids: set[int] = set()
    if nexsets:
        all_sets = sorted(list_all(NEXSETS.list_sync, client), key=lambda n: n.id)
        env.all_nexsets = {n.id: n for n in all_sets}
        for nexset in all_sets:
            parents = [p.id for p in nexset.parent_data_sets or []]
            if (
                in_tag(nexset, tag)
                or nexset.data_source_id in source_ids
                or any(p in nexset_ids for p in parents)
            ):
                nexset_ids.add(nexset.id)
                env.nexsets.append(nexset)

    for sink in list_all(DESTINATIONS.list_sync, client):
        if in_tag(sink, tag) or sink.data_source_id in source_ids or sink.data_set_id in nexset_ids:
            env.destinations.append(sink)

    if transforms:
        all_transforms = list_all(TRANSFORMS.list_sync, client)
        env.all_transforms = {t.id: t for t in all_transforms}
        used = {n.transform_id for n in env.nexsets}
        env.transforms = [
            t
            for t in all_transforms
            if t.id in used or (in_tag(t, tag) and (tag is not None or t.managed is not True))
        ]
    if credentials:
        env.all_credentials = {c.id: c for c in list_all(CREDENTIALS.list_sync, client)}
    return env
