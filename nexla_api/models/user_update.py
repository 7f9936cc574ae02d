# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..models.user_tier import UserTier
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_admin_grant import UserAdminGrant


T = TypeVar("T", bound="UserUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "email",
        "status",
        "user_tier_id",
        "user_tier",
        "password",
        "password_confirmation",
        "password_current",
        "tos_signed_at",
        "admin",
    }
)


@_attrs_define
class UserUpdate:
    """Fields to change on a user; absent fields are left alone."""

    name: None | str | Unset = UNSET
    """ New display name (the field is `name` here, not `full_name`). """
    email: None | str | Unset = UNSET
    status: None | Unset | UserStatus = UNSET
    user_tier_id: int | None | Unset = UNSET
    user_tier: None | Unset | UserTier = UNSET
    password: None | str | Unset = UNSET
    password_confirmation: None | str | Unset = UNSET
    password_current: None | str | Unset = UNSET
    """ The current password, needed to change one's own password. """
    tos_signed_at: datetime.datetime | None | Unset = UNSET
    admin: bool | list[UserAdminGrant] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        email: None | str | Unset
        email = self.email

        status: None | str | Unset
        if isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        user_tier_id: int | None | Unset
        user_tier_id = self.user_tier_id

        user_tier: None | str | Unset
        if isinstance(self.user_tier, UserTier):
            user_tier = self.user_tier.value
        else:
            user_tier = self.user_tier

        password: None | str | Unset
        password = self.password

        password_confirmation: None | str | Unset
        password_confirmation = self.password_confirmation

        password_current: None | str | Unset
        password_current = self.password_current

        tos_signed_at: None | str | Unset
        if isinstance(self.tos_signed_at, datetime.datetime):
            tos_signed_at = self.tos_signed_at.isoformat()
        else:
            tos_signed_at = self.tos_signed_at

        admin: bool | list[dict[str, Any]] | None | str | Unset
        if isinstance(self.admin, list):
            admin = []
            for componentsschemas_user_admin_type_2_item_data in self.admin:
                componentsschemas_user_admin_type_2_item = (
                    componentsschemas_user_admin_type_2_item_data.to_dict()
                )
                admin.append(componentsschemas_user_admin_type_2_item)

        else:
            admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if user_tier_id is not UNSET:
            field_dict["user_tier_id"] = user_tier_id
        if user_tier is not UNSET:
            field_dict["user_tier"] = user_tier
        if password is not UNSET:
            field_dict["password"] = password
        if password_confirmation is not UNSET:
            field_dict["password_confirmation"] = password_confirmation
        if password_current is not UNSET:
            field_dict["password_current"] = password_current
        if tos_signed_at is not UNSET:
            field_dict["tos_signed_at"] = tos_signed_at
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        email = src_dict.get("email", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = UserStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        user_tier_id = src_dict.get("user_tier_id", UNSET)

        user_tier = src_dict.get("user_tier", UNSET)
        if isinstance(user_tier, str):
            try:
                user_tier_type_0 = UserTier.from_wire(user_tier)

                user_tier = user_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("user_tier", exc) from None

        password = src_dict.get("password", UNSET)

        password_confirmation = src_dict.get("password_confirmation", UNSET)

        password_current = src_dict.get("password_current", UNSET)

        tos_signed_at = src_dict.get("tos_signed_at", UNSET)
        if isinstance(tos_signed_at, str):
            try:
                tos_signed_at_type_0 = datetime.datetime.fromisoformat(tos_signed_at)

                tos_signed_at = tos_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("tos_signed_at", exc) from None

        admin = src_dict.get("admin", UNSET)
        if isinstance(admin, list):
            try:
                componentsschemas_user_admin_type_2 = [
                    UserAdminGrant.from_dict(item) for item in admin
                ]

                admin = componentsschemas_user_admin_type_2
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("admin", exc) from None

        user_update = cls(
            name,
            email,
            status,
            user_tier_id,
            user_tier,
            password,
            password_confirmation,
            password_current,
            tos_signed_at,
            admin,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            user_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return user_update

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


# Imported after the class so that models referring to each other load in any order.
from ..models.user_admin_grant import UserAdminGrant  # noqa: E402
