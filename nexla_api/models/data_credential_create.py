from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCredentialCreate")


@_attrs_define
class DataCredentialCreate:
    """A new credential. Core connectors carry their secrets in `credentials`; templated API connectors use `vendor_id`,
    `auth_template_id` and `template_config` instead.

    """

    name: str
    credentials_type: str
    """ Connector type the credential is for, for example `s3`, `postgres` or `rest`. """
    description: None | str | Unset = UNSET
    credentials: Any | Unset = UNSET
    """ Connector-specific secrets and connection settings, passed through as given. Needed for every core
    connector. """
    vendor_id: int | None | Unset = UNSET
    auth_template_id: int | None | Unset = UNSET
    template_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials_type = self.credentials_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        credentials = self.credentials

        vendor_id: int | None | Unset
        if isinstance(self.vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = self.vendor_id

        auth_template_id: int | None | Unset
        if isinstance(self.auth_template_id, Unset):
            auth_template_id = UNSET
        else:
            auth_template_id = self.auth_template_id

        template_config = self.template_config

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        credentials_type = d.pop("credentials_type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        credentials = d.pop("credentials", UNSET)

        def _parse_vendor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vendor_id = _parse_vendor_id(d.pop("vendor_id", UNSET))

        def _parse_auth_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auth_template_id = _parse_auth_template_id(d.pop("auth_template_id", UNSET))

        template_config = d.pop("template_config", UNSET)

        data_credential_create = cls(
            name=name,
            credentials_type=credentials_type,
            description=description,
            credentials=credentials,
            vendor_id=vendor_id,
            auth_template_id=auth_template_id,
            template_config=template_config,
        )

        data_credential_create.additional_properties = d
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
