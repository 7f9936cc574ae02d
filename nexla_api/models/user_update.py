from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..models.user_tier import UserTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_admin_grant import UserAdminGrant


T = TypeVar("T", bound="UserUpdate")


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

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        user_tier_id: int | None | Unset
        if isinstance(self.user_tier_id, Unset):
            user_tier_id = UNSET
        else:
            user_tier_id = self.user_tier_id

        user_tier: None | str | Unset
        if isinstance(self.user_tier, Unset):
            user_tier = UNSET
        elif isinstance(self.user_tier, UserTier):
            user_tier = self.user_tier.value
        else:
            user_tier = self.user_tier

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        password_confirmation: None | str | Unset
        if isinstance(self.password_confirmation, Unset):
            password_confirmation = UNSET
        else:
            password_confirmation = self.password_confirmation

        password_current: None | str | Unset
        if isinstance(self.password_current, Unset):
            password_current = UNSET
        else:
            password_current = self.password_current

        tos_signed_at: None | str | Unset
        if isinstance(self.tos_signed_at, Unset):
            tos_signed_at = UNSET
        elif isinstance(self.tos_signed_at, datetime.datetime):
            tos_signed_at = self.tos_signed_at.isoformat()
        else:
            tos_signed_at = self.tos_signed_at

        admin: bool | list[dict[str, Any]] | None | str | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        elif isinstance(self.admin, list):
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
        from ..models.user_admin_grant import UserAdminGrant  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_status(data: object) -> None | Unset | UserStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = UserStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_user_tier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_tier_id = _parse_user_tier_id(d.pop("user_tier_id", UNSET))

        def _parse_user_tier(data: object) -> None | Unset | UserTier:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_tier_type_0 = UserTier(data)

                return user_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTier, data)

        user_tier = _parse_user_tier(d.pop("user_tier", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_password_confirmation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_confirmation = _parse_password_confirmation(
            d.pop("password_confirmation", UNSET)
        )

        def _parse_password_current(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_current = _parse_password_current(d.pop("password_current", UNSET))

        def _parse_tos_signed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tos_signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return tos_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tos_signed_at = _parse_tos_signed_at(d.pop("tos_signed_at", UNSET))

        def _parse_admin(
            data: object,
        ) -> bool | list[UserAdminGrant] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_user_admin_type_2 = []
                _componentsschemas_user_admin_type_2 = data
                for (
                    componentsschemas_user_admin_type_2_item_data
                ) in _componentsschemas_user_admin_type_2:
                    componentsschemas_user_admin_type_2_item = UserAdminGrant.from_dict(
                        componentsschemas_user_admin_type_2_item_data
                    )

                    componentsschemas_user_admin_type_2.append(
                        componentsschemas_user_admin_type_2_item
                    )

                return componentsschemas_user_admin_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[UserAdminGrant] | None | str | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        user_update = cls(
            name=name,
            email=email,
            status=status,
            user_tier_id=user_tier_id,
            user_tier=user_tier,
            password=password,
            password_confirmation=password_confirmation,
            password_current=password_current,
            tos_signed_at=tos_signed_at,
            admin=admin,
        )

        user_update.additional_properties = d
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
