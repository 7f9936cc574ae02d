from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSinkCreate")


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
    sink_config: Any | Unset = UNSET
    """ Connector-specific configuration, passed through as given. Needed for every core connector. """
    vendor_endpoint_id: int | None | Unset = UNSET
    template_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sink_type = self.sink_type

        data_set_id = self.data_set_id

        data_credentials_id = self.data_credentials_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        sink_config = self.sink_config

        vendor_endpoint_id: int | None | Unset
        if isinstance(self.vendor_endpoint_id, Unset):
            vendor_endpoint_id = UNSET
        else:
            vendor_endpoint_id = self.vendor_endpoint_id

        template_config = self.template_config

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        sink_type = d.pop("sink_type")

        data_set_id = d.pop("data_set_id")

        data_credentials_id = d.pop("data_credentials_id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        sink_config = d.pop("sink_config", UNSET)

        def _parse_vendor_endpoint_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vendor_endpoint_id = _parse_vendor_endpoint_id(
            d.pop("vendor_endpoint_id", UNSET)
        )

        template_config = d.pop("template_config", UNSET)

        data_sink_create = cls(
            name=name,
            sink_type=sink_type,
            data_set_id=data_set_id,
            data_credentials_id=data_credentials_id,
            description=description,
            sink_config=sink_config,
            vendor_endpoint_id=vendor_endpoint_id,
            template_config=template_config,
        )

        data_sink_create.additional_properties = d
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
