# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFlowIdentifier")
_KNOWN_FIELDS = frozenset(
    {
        "data_source_id",
        "data_set_id",
    }
)


@_attrs_define
class ProjectFlowIdentifier:
    """A flow named by its source (`data_source_id`) or by one of its nexsets (`data_set_id`)."""

    data_source_id: int | None | Unset = UNSET
    data_set_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_source_id: int | None | Unset
        data_source_id = self.data_source_id

        data_set_id: int | None | Unset
        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_source_id is not UNSET:
            field_dict["data_source_id"] = data_source_id
        if data_set_id is not UNSET:
            field_dict["data_set_id"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_source_id = src_dict.get("data_source_id", UNSET)

        data_set_id = src_dict.get("data_set_id", UNSET)

        project_flow_identifier = cls(
            data_source_id,
            data_set_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            project_flow_identifier.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return project_flow_identifier

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
