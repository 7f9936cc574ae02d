# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="ProjectDataFlow")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "project_id",
        "data_source_id",
        "data_set_id",
        "data_sink_id",
        "name",
        "description",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class ProjectDataFlow:
    """The link between a project and one flow, naming the flow by its source, nexset or destination."""

    id: int
    project_id: int | None = None
    data_source_id: int | None = None
    data_set_id: int | None = None
    data_sink_id: int | None = None
    name: None | str = None
    description: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id: int | None
        project_id = self.project_id

        data_source_id: int | None
        data_source_id = self.data_source_id

        data_set_id: int | None
        data_set_id = self.data_set_id

        data_sink_id: int | None
        data_sink_id = self.data_sink_id

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not None:
            field_dict["project_id"] = project_id
        if data_source_id is not None:
            field_dict["data_source_id"] = data_source_id
        if data_set_id is not None:
            field_dict["data_set_id"] = data_set_id
        if data_sink_id is not None:
            field_dict["data_sink_id"] = data_sink_id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        project_id = src_dict.get("project_id")

        data_source_id = src_dict.get("data_source_id")

        data_set_id = src_dict.get("data_set_id")

        data_sink_id = src_dict.get("data_sink_id")

        name = src_dict.get("name")

        description = src_dict.get("description")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        project_data_flow = cls(
            id,
            project_id,
            data_source_id,
            data_set_id,
            data_sink_id,
            name,
            description,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            project_data_flow.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return project_data_flow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
