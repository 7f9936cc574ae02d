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


T = TypeVar("T", bound="DataSinkCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "sink_type",
        "data_set_id",
        "data_credentials_id",
        "description",
        "sink_config",
        "vendor_endpoint_id",
        "template_config",
        "tags",
    }
)


@_attrs_define
class DataSinkCreate:
    """A new destination for the nexset `data_set_id`. Core connectors take `sink_config`; templated API connectors take
    `vendor_endpoint_id` and `template_config`.

    """

    name: str
    sink_type: str
    """ Connector type, for example `s3`, `snowflake` or `rest`. """
    data_set_id: int
    """ The nexset to write out. """
    data_credentials_id: int
    """ The credential to write with. """
    description: None | str | Unset = UNSET
    sink_config: ConnectorConfig | dict[str, Any] | None | Unset = UNSET
    """ Connector-specific configuration, passed through as given. Needed for every core connector. """
    vendor_endpoint_id: int | None | Unset = UNSET
    template_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    """ Labels such as an environment (`env:prod`); replaces the existing list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sink_type = self.sink_type

        data_set_id = self.data_set_id

        data_credentials_id = self.data_credentials_id

        description: None | str | Unset
        description = self.description

        sink_config = (
            self.sink_config
            if isinstance(self.sink_config, Unset)
            else wire_config(self.sink_config)
        )

        vendor_endpoint_id: int | None | Unset
        vendor_endpoint_id = self.vendor_endpoint_id

        template_config = self.template_config

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
                "sink_type": sink_type,
                "data_set_id": data_set_id,
                "data_credentials_id": data_credentials_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sink_config is not UNSET:
            field_dict["sink_config"] = sink_config
        if vendor_endpoint_id is not UNSET:
            field_dict["vendor_endpoint_id"] = vendor_endpoint_id
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        sink_type = src_dict["sink_type"]

        data_set_id = src_dict["data_set_id"]

        data_credentials_id = src_dict["data_credentials_id"]

        description = src_dict.get("description", UNSET)

        sink_config = src_dict.get("sink_config", UNSET)

        vendor_endpoint_id = src_dict.get("vendor_endpoint_id", UNSET)

        template_config = src_dict.get("template_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        data_sink_create = cls(
            name,
            sink_type,
            data_set_id,
            data_credentials_id,
            description,
            sink_config,
            vendor_endpoint_id,
            template_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_sink_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_sink_create

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
