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


T = TypeVar("T", bound="DataCredentialCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "credentials_type",
        "description",
        "credentials",
        "vendor_id",
        "auth_template_id",
        "template_config",
        "tags",
    }
)


@_attrs_define
class DataCredentialCreate:
    """A new credential. Core connectors carry their secrets in `credentials`; templated API connectors use `vendor_id`,
    `auth_template_id` and `template_config` instead.

    """

    name: str
    credentials_type: str
    """ Connector type the credential is for, for example `s3`, `postgres` or `rest`. """
    description: None | str | Unset = UNSET
    credentials: ConnectorConfig | dict[str, Any] | None | Unset = UNSET
    """ Connector-specific secrets and connection settings, passed through as given. Needed for every core
    connector. """
    vendor_id: int | None | Unset = UNSET
    auth_template_id: int | None | Unset = UNSET
    template_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    """ Labels such as an environment (`env:prod`); replaces the existing list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials_type = self.credentials_type

        description: None | str | Unset
        description = self.description

        credentials = (
            self.credentials
            if isinstance(self.credentials, Unset)
            else wire_config(self.credentials)
        )

        vendor_id: int | None | Unset
        vendor_id = self.vendor_id

        auth_template_id: int | None | Unset
        auth_template_id = self.auth_template_id

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
                "credentials_type": credentials_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if auth_template_id is not UNSET:
            field_dict["auth_template_id"] = auth_template_id
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        credentials_type = src_dict["credentials_type"]

        description = src_dict.get("description", UNSET)

        credentials = src_dict.get("credentials", UNSET)

        vendor_id = src_dict.get("vendor_id", UNSET)

        auth_template_id = src_dict.get("auth_template_id", UNSET)

        template_config = src_dict.get("template_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        data_credential_create = cls(
            name,
            credentials_type,
            description,
            credentials,
            vendor_id,
            auth_template_id,
            template_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_credential_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_credential_create

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
