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
    from ..models.account_summary import AccountSummary
    from ..models.org_membership import OrgMembership
    from ..models.user_default_org import UserDefaultOrg


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Nexla user. `account_summary` is only filled in when the user is fetched with `expand=1`."""

    id: int
    email: str
    full_name: str
    super_user: bool | None | Unset = UNSET
    """ Whether the user is a Nexla administrator. Some replies spell the key `superUser`; that form is kept in the
    additional properties. """
    impersonated: bool | None | Unset = UNSET
    """ Whether the session acts on the user's behalf (impersonation). """
    default_org: None | Unset | UserDefaultOrg = UNSET
    user_tier: None | Unset | UserTier = UNSET
    status: None | Unset | UserStatus = UNSET
    account_locked: bool | None | Unset = UNSET
    org_memberships: list[OrgMembership] | None | Unset = UNSET
    """ The orgs the user belongs to. """
    api_key: None | str | Unset = UNSET
    account_summary: AccountSummary | None | Unset = UNSET
    email_verified_at: datetime.datetime | None | Unset = UNSET
    tos_signed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_summary import AccountSummary  # noqa: PLC0415
        from ..models.user_default_org import UserDefaultOrg  # noqa: PLC0415

        id = self.id

        email = self.email

        full_name = self.full_name

        super_user: bool | None | Unset
        if isinstance(self.super_user, Unset):
            super_user = UNSET
        else:
            super_user = self.super_user

        impersonated: bool | None | Unset
        if isinstance(self.impersonated, Unset):
            impersonated = UNSET
        else:
            impersonated = self.impersonated

        default_org: dict[str, Any] | None | Unset
        if isinstance(self.default_org, Unset):
            default_org = UNSET
        elif isinstance(self.default_org, UserDefaultOrg):
            default_org = self.default_org.to_dict()
        else:
            default_org = self.default_org

        user_tier: None | str | Unset
        if isinstance(self.user_tier, Unset):
            user_tier = UNSET
        elif isinstance(self.user_tier, UserTier):
            user_tier = self.user_tier.value
        else:
            user_tier = self.user_tier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        account_locked: bool | None | Unset
        if isinstance(self.account_locked, Unset):
            account_locked = UNSET
        else:
            account_locked = self.account_locked

        org_memberships: list[dict[str, Any]] | None | Unset
        if isinstance(self.org_memberships, Unset):
            org_memberships = UNSET
        elif isinstance(self.org_memberships, list):
            org_memberships = []
            for org_memberships_type_0_item_data in self.org_memberships:
                org_memberships_type_0_item = org_memberships_type_0_item_data.to_dict()
                org_memberships.append(org_memberships_type_0_item)

        else:
            org_memberships = self.org_memberships

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        account_summary: dict[str, Any] | None | Unset
        if isinstance(self.account_summary, Unset):
            account_summary = UNSET
        elif isinstance(self.account_summary, AccountSummary):
            account_summary = self.account_summary.to_dict()
        else:
            account_summary = self.account_summary

        email_verified_at: None | str | Unset
        if isinstance(self.email_verified_at, Unset):
            email_verified_at = UNSET
        elif isinstance(self.email_verified_at, datetime.datetime):
            email_verified_at = self.email_verified_at.isoformat()
        else:
            email_verified_at = self.email_verified_at

        tos_signed_at: None | str | Unset
        if isinstance(self.tos_signed_at, Unset):
            tos_signed_at = UNSET
        elif isinstance(self.tos_signed_at, datetime.datetime):
            tos_signed_at = self.tos_signed_at.isoformat()
        else:
            tos_signed_at = self.tos_signed_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "full_name": full_name,
            }
        )
        if super_user is not UNSET:
            field_dict["super_user"] = super_user
        if impersonated is not UNSET:
            field_dict["impersonated"] = impersonated
        if default_org is not UNSET:
            field_dict["default_org"] = default_org
        if user_tier is not UNSET:
            field_dict["user_tier"] = user_tier
        if status is not UNSET:
            field_dict["status"] = status
        if account_locked is not UNSET:
            field_dict["account_locked"] = account_locked
        if org_memberships is not UNSET:
            field_dict["org_memberships"] = org_memberships
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if account_summary is not UNSET:
            field_dict["account_summary"] = account_summary
        if email_verified_at is not UNSET:
            field_dict["email_verified_at"] = email_verified_at
        if tos_signed_at is not UNSET:
            field_dict["tos_signed_at"] = tos_signed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_summary import AccountSummary  # noqa: PLC0415
        from ..models.org_membership import OrgMembership  # noqa: PLC0415
        from ..models.user_default_org import UserDefaultOrg  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        full_name = d.pop("full_name")

        def _parse_super_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        super_user = _parse_super_user(d.pop("super_user", UNSET))

        def _parse_impersonated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        impersonated = _parse_impersonated(d.pop("impersonated", UNSET))

        def _parse_default_org(data: object) -> None | Unset | UserDefaultOrg:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_org_type_0 = UserDefaultOrg.from_dict(data)

                return default_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserDefaultOrg, data)

        default_org = _parse_default_org(d.pop("default_org", UNSET))

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

        def _parse_account_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        account_locked = _parse_account_locked(d.pop("account_locked", UNSET))

        def _parse_org_memberships(data: object) -> list[OrgMembership] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                org_memberships_type_0 = []
                _org_memberships_type_0 = data
                for org_memberships_type_0_item_data in _org_memberships_type_0:
                    org_memberships_type_0_item = OrgMembership.from_dict(
                        org_memberships_type_0_item_data
                    )

                    org_memberships_type_0.append(org_memberships_type_0_item)

                return org_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrgMembership] | None | Unset, data)

        org_memberships = _parse_org_memberships(d.pop("org_memberships", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_account_summary(data: object) -> AccountSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_summary_type_0 = AccountSummary.from_dict(data)

                return account_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountSummary | None | Unset, data)

        account_summary = _parse_account_summary(d.pop("account_summary", UNSET))

        def _parse_email_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return email_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_verified_at = _parse_email_verified_at(d.pop("email_verified_at", UNSET))

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

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        user = cls(
            id=id,
            email=email,
            full_name=full_name,
            super_user=super_user,
            impersonated=impersonated,
            default_org=default_org,
            user_tier=user_tier,
            status=status,
            account_locked=account_locked,
            org_memberships=org_memberships,
            api_key=api_key,
            account_summary=account_summary,
            email_verified_at=email_verified_at,
            tos_signed_at=tos_signed_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        user.additional_properties = d
        return user

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
