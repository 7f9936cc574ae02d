# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMemberUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "email",
        "full_name",
        "admin",
        "access_role",
    }
)


@_attrs_define
class OrgMemberUpdate:
    """A member to add or change, named by `id` or `email` (with `full_name` to create a user that does not exist yet)."""

    id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    admin: bool | None | Unset = UNSET
    """ Make the member an org admin (or not). """
    access_role: list[AccessRole] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        id = self.id

        email: None | str | Unset
        email = self.email

        full_name: None | str | Unset
        full_name = self.full_name

        admin: bool | None | Unset
        admin = self.admin

        access_role: list[str] | None | Unset
        if isinstance(self.access_role, list):
            access_role = []
            for access_role_type_0_item_data in self.access_role:
                access_role_type_0_item = access_role_type_0_item_data.value
                access_role.append(access_role_type_0_item)

        else:
            access_role = self.access_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if admin is not UNSET:
            field_dict["admin"] = admin
        if access_role is not UNSET:
            field_dict["access_role"] = access_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        email = src_dict.get("email", UNSET)

        full_name = src_dict.get("full_name", UNSET)

        admin = src_dict.get("admin", UNSET)

        access_role = src_dict.get("access_role", UNSET)
        if isinstance(access_role, list):
            try:
                access_role_type_0 = [
                    AccessRole.from_wire(item) for item in access_role
                ]

                access_role = access_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_role", exc) from None

        org_member_update = cls(
            id,
            email,
            full_name,
            admin,
            access_role,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_member_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_member_update

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
