from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMemberUpdate")


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

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        admin: bool | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        else:
            admin = self.admin

        access_role: list[str] | None | Unset
        if isinstance(self.access_role, Unset):
            access_role = UNSET
        elif isinstance(self.access_role, list):
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
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        def _parse_access_role(data: object) -> list[AccessRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_role_type_0 = []
                _access_role_type_0 = data
                for access_role_type_0_item_data in _access_role_type_0:
                    access_role_type_0_item = AccessRole(access_role_type_0_item_data)

                    access_role_type_0.append(access_role_type_0_item)

                return access_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessRole] | None | Unset, data)

        access_role = _parse_access_role(d.pop("access_role", UNSET))

        org_member_update = cls(
            id=id,
            email=email,
            full_name=full_name,
            admin=admin,
            access_role=access_role,
        )

        org_member_update.additional_properties = d
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
