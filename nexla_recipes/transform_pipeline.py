"""Recipes 3 and 11: derive a nexset through a reusable transform, check samples, then activate.

The samples are validated BEFORE the flow is activated (the order the recipe intends but its
snippet does not enforce): a transform that drops a required field or leaves a field that
must be removed never goes live. Reusable transforms are found by name first so a re-run
reuses the existing one instead of creating duplicates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient, paginate
from nexla_api.api.flows import flow_activate_with_flow_id
from nexla_api.api.nexsets import create_nexset, get_nexset, update_nexset
from nexla_api.api.transforms import (
    create_reusable_record_transform,
    get_public_reusable_record_transforms,
    get_reusable_record_transforms,
)
from nexla_api.models import DataSetCreate, DataSetUpdate, TransformCodeOp, TransformCreate

from ._progress import ProgressFn, emit
from ._resources import flow_node_for, walk
from .samples import Issue, SampleReport, fetch_samples, validate_records


@dataclass(frozen=True)
class TransformRef:
    """A reusable record transform found or created by name."""

    id: int
    name: str
    created: bool
    public: bool = False


@dataclass
class PipelineResult:
    """The nexset the transform applies to, the sample check and whether it went live."""

    nexset_id: int
    transform: TransformRef
    samples: SampleReport
    forbidden_present: dict[str, list[int]] = field(default_factory=dict)
    activated: bool = False
    flow_id: int | None = None
    status: str | None = None

    @property
    def samples_ok(self) -> bool:
        return self.samples.valid and not self.forbidden_present

    def problems(self) -> list[str]:
        out = [str(i) for i in self.samples.issues]
        out += [
            f"field `{name}` still present in rows {rows}"
            for name, rows in sorted(self.forbidden_present.items())
        ]
        return out


def find_transform(
    client: NexlaClient, name: str, *, include_public: bool = True
) -> TransformRef | None:
    """The org's reusable transform called `name`, else a public one (built-ins)."""
    for transform in paginate(get_reusable_record_transforms.sync, client=client, per_page=100):
        if transform.name == name:
            return TransformRef(int(transform.id), name, created=False)
    if include_public:
        for transform in paginate(
            get_public_reusable_record_transforms.sync, client=client, per_page=100
        ):
            if transform.name == name:
                return TransformRef(int(transform.id), name, created=False, public=True)
    return None


def ensure_transform(
    client: NexlaClient,
    name: str,
    operations: Sequence[Mapping[str, Any]],
    *,
    description: str | None = None,
    code_type: str = "jolt_standard",
    output_type: str = "record",
) -> TransformRef:
    """Reuse the org's transform named `name`, or create it from Jolt `operations`."""
    found = find_transform(client, name, include_public=False)
    if found is not None:
        return found
    if not operations:
        raise ValueError(f"transform {name!r} does not exist and no operations were given")
    body = TransformCreate(
        name=name,
        output_type=output_type,
        code_type=code_type,
        code_encoding="none",
        code=[TransformCodeOp.from_dict(dict(op)) for op in operations],
        reusable=True,
    )
    if description is not None:
        body.description = description
    made = create_reusable_record_transform.sync(client=client, body=body)
    return TransformRef(int(made.id), name, created=True)


def _forbidden(records: Sequence[Any], names: Sequence[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for row, record in enumerate(records, start=1):
        if isinstance(record, Mapping):
            for name in names:
                if name in record:
                    found.setdefault(name, []).append(row)
    return found


def activate_nexset_flow(client: NexlaClient, nexset_id: int) -> tuple[int, str | None]:
    """Activate the nexset's flow node (its ancestors come up too); returns (node id, status)."""
    node = flow_node_for(client, "nexsets", nexset_id)
    reply = flow_activate_with_flow_id.sync(int(node.id), client=client)
    status = next((n.status for n in walk(reply.flows) if n.id == node.id), None)
    if status is None:
        nexset_status = get_nexset.sync(nexset_id, client=client).status
        status = None if nexset_status is None else str(nexset_status)
    return int(node.id), status


def _check_and_activate(
    client: NexlaClient,
    nexset_id: int,
    transform: TransformRef,
    *,
    required: Sequence[str],
    types: Mapping[str, str] | None,
    forbidden: Sequence[str],
    sample_count: int,
    activate: bool,
    progress: ProgressFn | None,
) -> PipelineResult:
    emit(progress, "samples", f"checking {sample_count} samples of nexset {nexset_id}")
    records = fetch_samples(client, nexset_id, count=sample_count)
    report = validate_records(records, required=required, types=types, nexset_id=nexset_id)
    result = PipelineResult(nexset_id, transform, report, _forbidden(records, forbidden))
    if not records:
        report.issues.append(Issue(0, "", "no_samples"))
    if not result.samples_ok:
        emit(
            progress,
            "samples",
            f"samples failed: {len(result.problems())} problem(s); not activating",
        )
        return result
    if activate:
        result.flow_id, result.status = activate_nexset_flow(client, nexset_id)
        result.activated = True
        emit(progress, "activate", f"flow node {result.flow_id} is {result.status}")
    return result


def derive_nexset(
    client: NexlaClient,
    *,
    parent_nexset_id: int,
    name: str,
    transform_name: str,
    operations: Sequence[Mapping[str, Any]] = (),
    description: str | None = None,
    required: Sequence[str] = (),
    types: Mapping[str, str] | None = None,
    forbidden: Sequence[str] = (),
    sample_count: int = 5,
    activate: bool = True,
    progress: ProgressFn | None = None,
) -> PipelineResult:
    """Recipe 3: a child nexset of `parent_nexset_id` through a reusable transform.

    The transform is reused by name (org first, then public) or created from `operations`.
    Activation happens only if the samples pass.
    """
    transform = find_transform(client, transform_name) or ensure_transform(
        client, transform_name, operations
    )
    emit(progress, "transform", f"using transform {transform.id} ({transform.name})")
    body = DataSetCreate(
        name=name,
        parent_data_set_id=parent_nexset_id,
        has_custom_transform=True,
        transform_id=transform.id,
    )
    if description is not None:
        body.description = description
    child = create_nexset.sync(client=client, body=body)
    emit(progress, "nexset", f"created nexset {child.id}")
    return _check_and_activate(
        client,
        int(child.id),
        transform,
        required=required,
        types=types,
        forbidden=forbidden,
        sample_count=sample_count,
        activate=activate,
        progress=progress,
    )


def apply_reusable_transform(
    client: NexlaClient,
    nexset_id: int,
    *,
    transform_name: str,
    operations: Sequence[Mapping[str, Any]],
    description: str | None = None,
    required: Sequence[str] = (),
    forbidden: Sequence[str] = (),
    sample_count: int = 5,
    activate: bool = True,
    progress: ProgressFn | None = None,
) -> PipelineResult:
    """Recipe 11: create (or reuse) a transform, attach it to a nexset, check, activate."""
    transform = ensure_transform(client, transform_name, operations, description=description)
    emit(
        progress,
        "transform",
        f"{'created' if transform.created else 'reusing'} transform {transform.id}",
    )
    update_nexset.sync(
        nexset_id,
        client=client,
        body=DataSetUpdate(has_custom_transform=True, transform_id=transform.id),
    )
    return _check_and_activate(
        client,
        nexset_id,
        transform,
        required=required,
        types=None,
        forbidden=forbidden,
        sample_count=sample_count,
        activate=activate,
        progress=progress,
    )
