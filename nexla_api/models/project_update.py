# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_flow_identifier import ProjectFlowIdentifier


T = TypeVar("T", bound="ProjectUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "data_flows",
    }
)


@_attrs_define
class ProjectUpdate:
    """Fields to change on a project; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_flows: list[ProjectFlowIdentifier] | None | Unset = UNSET
    """ Flows the project should hold, named by source or nexset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        data_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_flows, list):
            data_flows = []
            for data_flows_type_0_item_data in self.data_flows:
                data_flows_type_0_item = data_flows_type_0_item_data.to_dict()
                data_flows.append(data_flows_type_0_item)

        else:
            data_flows = self.data_flows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_flows is not UNSET:
            field_dict["data_flows"] = data_flows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        data_flows = src_dict.get("data_flows", UNSET)
        if isinstance(data_flows, list):
            try:
                data_flows_type_0 = [
                    ProjectFlowIdentifier.from_dict(item) for item in data_flows
                ]

                data_flows = data_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_flows", exc) from None

        project_update = cls(
            name,
            description,
            data_flows,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            project_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return project_update

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
