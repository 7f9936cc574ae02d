# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "parent_data_set_id",
        "has_custom_transform",
        "description",
        "transform_id",
        "transform",
        "output_schema_annotations",
        "output_schema_validation_enabled",
        "output_validation_schema",
        "data_sinks",
        "custom_config",
        "tags",
    }
)


@_attrs_define
class DataSetCreate:
    """A new nexset derived from `parent_data_set_id`. Give `transform_id` (a reusable record transform) with
    `has_custom_transform: true`, or an inline `transform`.

    """

    name: str
    parent_data_set_id: int
    has_custom_transform: bool
    """ True when the nexset applies the reusable transform named by `transform_id`. """
    description: None | str | Unset = UNSET
    transform_id: int | None | Unset = UNSET
    transform: Any | Unset = UNSET
    """ An inline transform definition, passed through as given. """
    output_schema_annotations: Any | Unset = UNSET
    """ Annotations (such as field descriptions) for the output schema. """
    output_schema_validation_enabled: bool | None | Unset = UNSET
    output_validation_schema: Any | Unset = UNSET
    data_sinks: list[Any | int] | None | Unset = UNSET
    """ Destinations to attach, each a destination id or a destination object. """
    custom_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_data_set_id = self.parent_data_set_id

        has_custom_transform = self.has_custom_transform

        description: None | str | Unset
        description = self.description

        transform_id: int | None | Unset
        transform_id = self.transform_id

        transform = self.transform

        output_schema_annotations = self.output_schema_annotations

        output_schema_validation_enabled: bool | None | Unset
        output_schema_validation_enabled = self.output_schema_validation_enabled

        output_validation_schema = self.output_validation_schema

        data_sinks: list[Any | int] | None | Unset
        if isinstance(self.data_sinks, list):
            data_sinks = []
            for data_sinks_type_0_item_data in self.data_sinks:
                data_sinks_type_0_item: Any | int
                data_sinks_type_0_item = data_sinks_type_0_item_data

                data_sinks.append(data_sinks_type_0_item)

        else:
            data_sinks = self.data_sinks

        custom_config = self.custom_config

        tags: list[str] | None | Unset
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parent_data_set_id": parent_data_set_id,
                "has_custom_transform": has_custom_transform,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if transform_id is not UNSET:
            field_dict["transform_id"] = transform_id
        if transform is not UNSET:
            field_dict["transform"] = transform
        if output_schema_annotations is not UNSET:
            field_dict["output_schema_annotations"] = output_schema_annotations
        if output_schema_validation_enabled is not UNSET:
            field_dict["output_schema_validation_enabled"] = (
                output_schema_validation_enabled
            )
        if output_validation_schema is not UNSET:
            field_dict["output_validation_schema"] = output_validation_schema
        if data_sinks is not UNSET:
            field_dict["data_sinks"] = data_sinks
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        parent_data_set_id = src_dict["parent_data_set_id"]

        has_custom_transform = src_dict["has_custom_transform"]

        description = src_dict.get("description", UNSET)

        transform_id = src_dict.get("transform_id", UNSET)

        transform = src_dict.get("transform", UNSET)

        output_schema_annotations = src_dict.get("output_schema_annotations", UNSET)

        output_schema_validation_enabled = src_dict.get(
            "output_schema_validation_enabled", UNSET
        )

        output_validation_schema = src_dict.get("output_validation_schema", UNSET)

        data_sinks = src_dict.get("data_sinks", UNSET)
        if isinstance(data_sinks, list):
            try:
                data_sinks_type_0 = []
                _data_sinks_type_0 = data_sinks
                for data_sinks_type_0_item_data in _data_sinks_type_0:
                    data_sinks_type_0_item = data_sinks_type_0_item_data

                    data_sinks_type_0.append(data_sinks_type_0_item)

                data_sinks = data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sinks", exc) from None

        custom_config = src_dict.get("custom_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        data_set_create = cls(
            name,
            parent_data_set_id,
            has_custom_transform,
            description,
            transform_id,
            transform,
            output_schema_annotations,
            output_schema_validation_enabled,
            output_validation_schema,
            data_sinks,
            custom_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_set_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_set_create

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
