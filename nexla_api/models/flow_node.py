# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowNode")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "origin_node_id",
        "parent_node_id",
        "shared_origin_node_id",
        "data_source_id",
        "data_set_id",
        "data_sink_id",
        "status",
        "project_id",
        "flow_type",
        "ingestion_mode",
        "name",
        "description",
        "children",
    }
)


@_attrs_define
class FlowNode:
    """A node of a flow tree. Exactly one of `data_source_id`, `data_set_id` and `data_sink_id` names the resource behind
    it.

    """

    id: int
    origin_node_id: int
    parent_node_id: int | None = None
    shared_origin_node_id: int | None = None
    data_source_id: int | None = None
    data_set_id: int | None = None
    data_sink_id: int | None = None
    status: None | str = None
    """ Node status, for example `ACTIVE`, `PAUSED` or `ERROR`. """
    project_id: int | None = None
    flow_type: None | str = None
    """ For example `batch` or `streaming`. """
    ingestion_mode: None | str = None
    name: None | str = None
    description: None | str = None
    children: list[FlowNode] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        origin_node_id = self.origin_node_id

        parent_node_id: int | None
        parent_node_id = self.parent_node_id

        shared_origin_node_id: int | None
        shared_origin_node_id = self.shared_origin_node_id

        data_source_id: int | None
        data_source_id = self.data_source_id

        data_set_id: int | None
        data_set_id = self.data_set_id

        data_sink_id: int | None
        data_sink_id = self.data_sink_id

        status: None | str
        status = self.status

        project_id: int | None
        project_id = self.project_id

        flow_type: None | str
        flow_type = self.flow_type

        ingestion_mode: None | str
        ingestion_mode = self.ingestion_mode

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        children: list[dict[str, Any]] | None
        if isinstance(self.children, list):
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
        if parent_node_id is not None:
            field_dict["parent_node_id"] = parent_node_id
        if shared_origin_node_id is not None:
            field_dict["shared_origin_node_id"] = shared_origin_node_id
        if data_source_id is not None:
            field_dict["data_source_id"] = data_source_id
        if data_set_id is not None:
            field_dict["data_set_id"] = data_set_id
        if data_sink_id is not None:
            field_dict["data_sink_id"] = data_sink_id
        if status is not None:
            field_dict["status"] = status
        if project_id is not None:
            field_dict["project_id"] = project_id
        if flow_type is not None:
            field_dict["flow_type"] = flow_type
        if ingestion_mode is not None:
            field_dict["ingestion_mode"] = ingestion_mode
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if children is not None:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        origin_node_id = src_dict["origin_node_id"]

        parent_node_id = src_dict.get("parent_node_id")

        shared_origin_node_id = src_dict.get("shared_origin_node_id")

        data_source_id = src_dict.get("data_source_id")

        data_set_id = src_dict.get("data_set_id")

        data_sink_id = src_dict.get("data_sink_id")

        status = src_dict.get("status")

        project_id = src_dict.get("project_id")

        flow_type = src_dict.get("flow_type")

        ingestion_mode = src_dict.get("ingestion_mode")

        name = src_dict.get("name")

        description = src_dict.get("description")

        children = src_dict.get("children")
        if isinstance(children, list):
            try:
                children_type_0 = [FlowNode.from_dict(item) for item in children]

                children = children_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("children", exc) from None

        flow_node = cls(
            id,
            origin_node_id,
            parent_node_id,
            shared_origin_node_id,
            data_source_id,
            data_set_id,
            data_sink_id,
            status,
            project_id,
            flow_type,
            ingestion_mode,
            name,
            description,
            children,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_node.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
