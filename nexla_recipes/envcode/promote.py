"""Promote: one environment's definition (a directory, or a live tag) applied onto another tag.

The source definition is read as it stands (from files, or exported in memory from the live
tag), the target environment's values file maps credentials (`credentials: {staging-name:
prod-name}`) and supplies `${var:...}` values, and the result is planned and applied to the
target tag like `apply`, journal, rollback and resume included. Secrets are never copied
between environments: each reads its own `${env:...}` variables (or keeps its live values).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nexla_api import NexlaClient

from .apply import ApplyReport, apply_desired
from .export import documents
from .files import Desired, Values, canonical, load_directory, load_values, map_credentials
from .live import read_live


def source_definition(client: NexlaClient, source: str, values: Values) -> Desired:
    """`source` as a desired state: a directory if one exists at that path, else a tag."""
    path = Path(source)
    if path.is_dir():
        return load_directory(path, values)
    live = read_live(client, source)
    docs, _ = documents(live)
    desired = Desired(f"tag {source}")
    for (kind, name), doc in docs.items():
        desired.resources[(kind, name)] = canonical(kind, doc)
    map_credentials(desired, values)
    return desired


def promote(
    client: NexlaClient,
    source: str,
    to_tag: str,
    *,
    values: Values | Path | None = None,
    **options: Any,
) -> ApplyReport:
    """Apply `source` (a directory or a tag) to the `to_tag` environment; see `apply_desired`."""
    vals = values if isinstance(values, Values) else load_values(values)
    if source == to_tag:
        raise ValueError("promote needs two different environments")
    desired = source_definition(client, source, vals)
    return apply_desired(client, desired, tag=to_tag, **options)
