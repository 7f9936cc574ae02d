# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.project_flow_identifier import ProjectFlowIdentifier


T = TypeVar("T", bound="ProjectDataFlowList")
_KNOWN_FIELDS = frozenset(
    {
        "data_flows",
    }
)


@_attrs_define
class ProjectDataFlowList:
    """Flows named by source or nexset."""

    data_flows: list[ProjectFlowIdentifier]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_flows = []
        for data_flows_item_data in self.data_flows:
            data_flows_item = data_flows_item_data.to_dict()
            data_flows.append(data_flows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_flows": data_flows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_flows = [
            ProjectFlowIdentifier.from_dict(item) for item in src_dict["data_flows"]
        ]

        project_data_flow_list = cls(
            data_flows,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            project_data_flow_list.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return project_data_flow_list

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


# Imported after the class so that models referring to each other load in any order.
from ..models.project_flow_identifier import ProjectFlowIdentifier  # noqa: E402
