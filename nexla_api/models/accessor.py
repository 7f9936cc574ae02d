# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.accessor_type import AccessorType
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Accessor")
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "access_roles",
        "id",
        "email",
        "name",
        "org_id",
        "client_identifier",
        "email_domain",
    }
)


@_attrs_define
class Accessor:
    """One grant. A `USER` is named by `id` or `email` (plus `org_id` for a user of another org); a `TEAM` by `id` or
    `name`; an `ORG` by `id`, `client_identifier` or `email_domain`.

    """

    type_: AccessorType
    """ Kind of accessor. """
    access_roles: list[AccessRole]
    id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    client_identifier: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        access_roles = []
        for access_roles_item_data in self.access_roles:
            access_roles_item = access_roles_item_data.value
            access_roles.append(access_roles_item)

        id: int | None | Unset
        id = self.id

        email: None | str | Unset
        email = self.email

        name: None | str | Unset
        name = self.name

        org_id: int | None | Unset
        org_id = self.org_id

        client_identifier: None | str | Unset
        client_identifier = self.client_identifier

        email_domain: None | str | Unset
        email_domain = self.email_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "access_roles": access_roles,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if client_identifier is not UNSET:
            field_dict["client_identifier"] = client_identifier
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = AccessorType.from_wire(src_dict["type"])

        access_roles = [AccessRole.from_wire(item) for item in src_dict["access_roles"]]

        id = src_dict.get("id", UNSET)

        email = src_dict.get("email", UNSET)

        name = src_dict.get("name", UNSET)

        org_id = src_dict.get("org_id", UNSET)

        client_identifier = src_dict.get("client_identifier", UNSET)

        email_domain = src_dict.get("email_domain", UNSET)

        accessor = cls(
            type_,
            access_roles,
            id,
            email,
            name,
            org_id,
            client_identifier,
            email_domain,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            accessor.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return accessor

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
