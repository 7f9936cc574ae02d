from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowNode")


@_attrs_define
class FlowNode:
    """A node of a flow tree. Exactly one of `data_source_id`, `data_set_id` and `data_sink_id` names the resource behind
    it.

    """

    id: int
    origin_node_id: int
    parent_node_id: int | None | Unset = UNSET
    shared_origin_node_id: int | None | Unset = UNSET
    data_source_id: int | None | Unset = UNSET
    data_set_id: int | None | Unset = UNSET
    data_sink_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Node status, for example `ACTIVE`, `PAUSED` or `ERROR`. """
    project_id: int | None | Unset = UNSET
    flow_type: None | str | Unset = UNSET
    """ For example `batch` or `streaming`. """
    ingestion_mode: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    children: list[FlowNode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        origin_node_id = self.origin_node_id

        parent_node_id: int | None | Unset
        if isinstance(self.parent_node_id, Unset):
            parent_node_id = UNSET
        else:
            parent_node_id = self.parent_node_id

        shared_origin_node_id: int | None | Unset
        if isinstance(self.shared_origin_node_id, Unset):
            shared_origin_node_id = UNSET
        else:
            shared_origin_node_id = self.shared_origin_node_id

        data_source_id: int | None | Unset
        if isinstance(self.data_source_id, Unset):
            data_source_id = UNSET
        else:
            data_source_id = self.data_source_id

        data_set_id: int | None | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id

        data_sink_id: int | None | Unset
        if isinstance(self.data_sink_id, Unset):
            data_sink_id = UNSET
        else:
            data_sink_id = self.data_sink_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        flow_type: None | str | Unset
        if isinstance(self.flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = self.flow_type

        ingestion_mode: None | str | Unset
        if isinstance(self.ingestion_mode, Unset):
            ingestion_mode = UNSET
        else:
            ingestion_mode = self.ingestion_mode

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

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "origin_node_id": origin_node_id,
            }
        )
        if parent_node_id is not UNSET:
            field_dict["parent_node_id"] = parent_node_id
        if shared_origin_node_id is not UNSET:
            field_dict["shared_origin_node_id"] = shared_origin_node_id
        if data_source_id is not UNSET:
            field_dict["data_source_id"] = data_source_id
        if data_set_id is not UNSET:
            field_dict["data_set_id"] = data_set_id
        if data_sink_id is not UNSET:
            field_dict["data_sink_id"] = data_sink_id
        if status is not UNSET:
            field_dict["status"] = status
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if ingestion_mode is not UNSET:
            field_dict["ingestion_mode"] = ingestion_mode
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        origin_node_id = d.pop("origin_node_id")

        def _parse_parent_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_node_id = _parse_parent_node_id(d.pop("parent_node_id", UNSET))

        def _parse_shared_origin_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shared_origin_node_id = _parse_shared_origin_node_id(
            d.pop("shared_origin_node_id", UNSET)
        )

        def _parse_data_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_source_id = _parse_data_source_id(d.pop("data_source_id", UNSET))

        def _parse_data_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_set_id = _parse_data_set_id(d.pop("data_set_id", UNSET))

        def _parse_data_sink_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_sink_id = _parse_data_sink_id(d.pop("data_sink_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_flow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_type = _parse_flow_type(d.pop("flow_type", UNSET))

        def _parse_ingestion_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ingestion_mode = _parse_ingestion_mode(d.pop("ingestion_mode", UNSET))

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

        def _parse_children(data: object) -> list[FlowNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = FlowNode.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowNode] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        flow_node = cls(
            id=id,
            origin_node_id=origin_node_id,
            parent_node_id=parent_node_id,
            shared_origin_node_id=shared_origin_node_id,
            data_source_id=data_source_id,
            data_set_id=data_set_id,
            data_sink_id=data_sink_id,
            status=status,
            project_id=project_id,
            flow_type=flow_type,
            ingestion_mode=ingestion_mode,
            name=name,
            description=description,
            children=children,
        )

        flow_node.additional_properties = d
        return flow_node

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
