from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.org_membership_status import OrgMembershipStatus
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMember")


@_attrs_define
class OrgMember:
    """A member of an org. The admin flag's wire key is literally `is_admin?`."""

    id: int
    """ Id of the user. """
    full_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    is_admin: bool | None | Unset = UNSET
    """ Whether the member administers the org. """
    access_role: list[AccessRole] | None | Unset = UNSET
    """ The member's roles on the org. """
    org_membership_status: None | OrgMembershipStatus | Unset = UNSET
    user_status: None | Unset | UserStatus = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

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

        org_membership_status: None | str | Unset
        if isinstance(self.org_membership_status, Unset):
            org_membership_status = UNSET
        elif isinstance(self.org_membership_status, OrgMembershipStatus):
            org_membership_status = self.org_membership_status.value
        else:
            org_membership_status = self.org_membership_status

        user_status: None | str | Unset
        if isinstance(self.user_status, Unset):
            user_status = UNSET
        elif isinstance(self.user_status, UserStatus):
            user_status = self.user_status.value
        else:
            user_status = self.user_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if is_admin is not UNSET:
            field_dict["is_admin?"] = is_admin
        if access_role is not UNSET:
            field_dict["access_role"] = access_role
        if org_membership_status is not UNSET:
            field_dict["org_membership_status"] = org_membership_status
        if user_status is not UNSET:
            field_dict["user_status"] = user_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_is_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_admin = _parse_is_admin(d.pop("is_admin?", UNSET))

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

        def _parse_org_membership_status(
            data: object,
        ) -> None | OrgMembershipStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_membership_status_type_0 = OrgMembershipStatus(data)

                return org_membership_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgMembershipStatus | Unset, data)

        org_membership_status = _parse_org_membership_status(
            d.pop("org_membership_status", UNSET)
        )

        def _parse_user_status(data: object) -> None | Unset | UserStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_status_type_0 = UserStatus(data)

                return user_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatus, data)

        user_status = _parse_user_status(d.pop("user_status", UNSET))

        org_member = cls(
            id=id,
            full_name=full_name,
            email=email,
            is_admin=is_admin,
            access_role=access_role,
            org_membership_status=org_membership_status,
            user_status=user_status,
        )

        org_member.additional_properties = d
        return org_member

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
