# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.org_membership_status import OrgMembershipStatus
from ..models.user_status import UserStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="OrgMember")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "full_name",
        "email",
        "is_admin?",
        "access_role",
        "org_membership_status",
        "user_status",
    }
)


@_attrs_define
class OrgMember:
    """A member of an org. The admin flag's wire key is literally `is_admin?`."""

    id: int
    """ Id of the user. """
    full_name: None | str = None
    email: None | str = None
    is_admin: bool | None = None
    """ Whether the member administers the org. """
    access_role: list[AccessRole] | None = None
    """ The member's roles on the org. """
    org_membership_status: None | OrgMembershipStatus = None
    user_status: None | UserStatus = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name: None | str
        full_name = self.full_name

        email: None | str
        email = self.email

        is_admin: bool | None
        is_admin = self.is_admin

        access_role: list[str] | None
        if isinstance(self.access_role, list):
            access_role = []
            for access_role_type_0_item_data in self.access_role:
                access_role_type_0_item = access_role_type_0_item_data.value
                access_role.append(access_role_type_0_item)

        else:
            access_role = self.access_role

        org_membership_status: None | str
        if isinstance(self.org_membership_status, OrgMembershipStatus):
            org_membership_status = self.org_membership_status.value
        else:
            org_membership_status = self.org_membership_status

        user_status: None | str
        if isinstance(self.user_status, UserStatus):
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
        if full_name is not None:
            field_dict["full_name"] = full_name
        if email is not None:
            field_dict["email"] = email
        if is_admin is not None:
            field_dict["is_admin?"] = is_admin
        if access_role is not None:
            field_dict["access_role"] = access_role
        if org_membership_status is not None:
            field_dict["org_membership_status"] = org_membership_status
        if user_status is not None:
            field_dict["user_status"] = user_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        full_name = src_dict.get("full_name")

        email = src_dict.get("email")

        is_admin = src_dict.get("is_admin?")

        access_role = src_dict.get("access_role")
        if isinstance(access_role, list):
            try:
                access_role_type_0 = [
                    AccessRole.from_wire(item) for item in access_role
                ]

                access_role = access_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_role", exc) from None

        org_membership_status = src_dict.get("org_membership_status")
        if isinstance(org_membership_status, str):
            try:
                org_membership_status_type_0 = OrgMembershipStatus.from_wire(
                    org_membership_status
                )

                org_membership_status = org_membership_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org_membership_status", exc) from None

        user_status = src_dict.get("user_status")
        if isinstance(user_status, str):
            try:
                user_status_type_0 = UserStatus.from_wire(user_status)

                user_status = user_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("user_status", exc) from None

        org_member = cls(
            id,
            full_name,
            email,
            is_admin,
            access_role,
            org_membership_status,
            user_status,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_member.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
