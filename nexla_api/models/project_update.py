from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_flow_identifier import ProjectFlowIdentifier


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """Fields to change on a project; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_flows: list[ProjectFlowIdentifier] | None | Unset = UNSET
    """ Flows the project should hold, named by source or nexset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_flows, Unset):
            data_flows = UNSET
        elif isinstance(self.data_flows, list):
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
        from ..models.project_flow_identifier import ProjectFlowIdentifier  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data_flows(
            data: object,
        ) -> list[ProjectFlowIdentifier] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_flows_type_0 = []
                _data_flows_type_0 = data
                for data_flows_type_0_item_data in _data_flows_type_0:
                    data_flows_type_0_item = ProjectFlowIdentifier.from_dict(
                        data_flows_type_0_item_data
                    )

                    data_flows_type_0.append(data_flows_type_0_item)

                return data_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectFlowIdentifier] | None | Unset, data)

        data_flows = _parse_data_flows(d.pop("data_flows", UNSET))

        project_update = cls(
            name=name,
            description=description,
            data_flows=data_flows,
        )

        project_update.additional_properties = d
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
