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


T = TypeVar("T", bound="DataSourceCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "source_type",
        "description",
        "data_credentials_id",
        "source_config",
        "vendor_endpoint_id",
        "ingest_method",
        "template_config",
        "tags",
    }
)


@_attrs_define
class DataSourceCreate:
    """A new source. Core connectors take `source_config` and a credential; templated API connectors take
    `vendor_endpoint_id` and `template_config`.

    """

    name: str
    source_type: str
    """ Connector type, for example `s3`, `postgres` or `rest`. """
    description: None | str | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    source_config: ConnectorConfig | dict[str, Any] | None | Unset = UNSET
    """ Connector-specific configuration, passed through as given. """
    vendor_endpoint_id: int | None | Unset = UNSET
    ingest_method: None | str | Unset = UNSET
    template_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_type = self.source_type

        description: None | str | Unset
        description = self.description

        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        source_config = (
            self.source_config
            if isinstance(self.source_config, Unset)
            else wire_config(self.source_config)
        )

        vendor_endpoint_id: int | None | Unset
        vendor_endpoint_id = self.vendor_endpoint_id

        ingest_method: None | str | Unset
        ingest_method = self.ingest_method

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
                "source_type": source_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if source_config is not UNSET:
            field_dict["source_config"] = source_config
        if vendor_endpoint_id is not UNSET:
            field_dict["vendor_endpoint_id"] = vendor_endpoint_id
        if ingest_method is not UNSET:
            field_dict["ingest_method"] = ingest_method
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        source_type = src_dict["source_type"]

        description = src_dict.get("description", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        source_config = src_dict.get("source_config", UNSET)

        vendor_endpoint_id = src_dict.get("vendor_endpoint_id", UNSET)

        ingest_method = src_dict.get("ingest_method", UNSET)

        template_config = src_dict.get("template_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        data_source_create = cls(
            name,
            source_type,
            description,
            data_credentials_id,
            source_config,
            vendor_endpoint_id,
            ingest_method,
            template_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_source_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_source_create

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
