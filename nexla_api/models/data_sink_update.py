# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.connectors import wire_config
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..runtime.connectors import ConnectorConfig


T = TypeVar("T", bound="DataSinkUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "data_set_id",
        "data_credentials_id",
        "sink_config",
        "tags",
    }
)


@_attrs_define
class DataSinkUpdate:
    """Fields to change on a destination; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data_set_id: int | None | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    sink_config: ConnectorConfig | dict[str, Any] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    """ Labels such as an environment (`env:prod`); replaces the existing list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        data_set_id: int | None | Unset
        data_set_id = self.data_set_id

        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        sink_config = (
            self.sink_config
            if isinstance(self.sink_config, Unset)
            else wire_config(self.sink_config)
        )

        tags: list[str] | None | Unset
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["data_set_id"] = data_set_id
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if sink_config is not UNSET:
            field_dict["sink_config"] = sink_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        data_set_id = src_dict.get("data_set_id", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        sink_config = src_dict.get("sink_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        data_sink_update = cls(
            name,
            description,
            data_set_id,
            data_credentials_id,
            sink_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_sink_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_sink_update

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
