# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.accessor_type import AccessorType
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="AccessorEntry")
_KNOWN_FIELDS = frozenset(
    {
        "access_roles",
        "type",
        "id",
        "email",
        "name",
        "org_id",
        "client_identifier",
        "email_domain",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class AccessorEntry:
    """A user, team or org holding roles on a resource."""

    access_roles: list[AccessRole]
    type_: AccessorType | None = None
    id: int | None = None
    email: None | str = None
    name: None | str = None
    org_id: int | None = None
    client_identifier: None | str = None
    email_domain: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_roles = []
        for access_roles_item_data in self.access_roles:
            access_roles_item = access_roles_item_data.value
            access_roles.append(access_roles_item)

        type_: None | str
        if isinstance(self.type_, AccessorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None
        id = self.id

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        org_id: int | None
        org_id = self.org_id

        client_identifier: None | str
        client_identifier = self.client_identifier

        email_domain: None | str
        email_domain = self.email_domain

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_roles": access_roles,
            }
        )
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if email is not None:
            field_dict["email"] = email
        if name is not None:
            field_dict["name"] = name
        if org_id is not None:
            field_dict["org_id"] = org_id
        if client_identifier is not None:
            field_dict["client_identifier"] = client_identifier
        if email_domain is not None:
            field_dict["email_domain"] = email_domain
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        access_roles = [AccessRole.from_wire(item) for item in src_dict["access_roles"]]

        type_ = src_dict.get("type")
        if isinstance(type_, str):
            try:
                type_type_0 = AccessorType.from_wire(type_)

                type_ = type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("type", exc) from None

        id = src_dict.get("id")

        email = src_dict.get("email")

        name = src_dict.get("name")

        org_id = src_dict.get("org_id")

        client_identifier = src_dict.get("client_identifier")

        email_domain = src_dict.get("email_domain")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        accessor_entry = cls(
            access_roles,
            type_,
            id,
            email,
            name,
            org_id,
            client_identifier,
            email_domain,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            accessor_entry.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return accessor_entry

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
