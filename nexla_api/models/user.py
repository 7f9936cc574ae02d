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

if TYPE_CHECKING:
    from ..models.account_summary import AccountSummary
    from ..models.org_membership import OrgMembership
    from ..models.user_default_org import UserDefaultOrg


T = TypeVar("T", bound="User")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "email",
        "full_name",
        "super_user",
        "impersonated",
        "default_org",
        "user_tier",
        "status",
        "account_locked",
        "org_memberships",
        "api_key",
        "account_summary",
        "email_verified_at",
        "tos_signed_at",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class User:
    """A Nexla user. `account_summary` is only filled in when the user is fetched with `expand=1`."""

    id: int
    email: str
    full_name: str
    super_user: bool | None = None
    """ Whether the user is a Nexla administrator. Some replies spell the key `superUser`; that form is kept in the
    additional properties. """
    impersonated: bool | None = None
    """ Whether the session acts on the user's behalf (impersonation). """
    default_org: None | UserDefaultOrg = None
    user_tier: None | UserTier = None
    status: None | UserStatus = None
    account_locked: bool | None = None
    org_memberships: list[OrgMembership] | None = None
    """ The orgs the user belongs to. """
    api_key: None | str = None
    account_summary: AccountSummary | None = None
    email_verified_at: datetime.datetime | None = None
    tos_signed_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        full_name = self.full_name

        super_user: bool | None
        super_user = self.super_user

        impersonated: bool | None
        impersonated = self.impersonated

        default_org: dict[str, Any] | None
        if isinstance(self.default_org, UserDefaultOrg):
            default_org = self.default_org.to_dict()
        else:
            default_org = self.default_org

        user_tier: None | str
        if isinstance(self.user_tier, UserTier):
            user_tier = self.user_tier.value
        else:
            user_tier = self.user_tier

        status: None | str
        if isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        account_locked: bool | None
        account_locked = self.account_locked

        org_memberships: list[dict[str, Any]] | None
        if isinstance(self.org_memberships, list):
            org_memberships = []
            for org_memberships_type_0_item_data in self.org_memberships:
                org_memberships_type_0_item = org_memberships_type_0_item_data.to_dict()
                org_memberships.append(org_memberships_type_0_item)

        else:
            org_memberships = self.org_memberships

        api_key: None | str
        api_key = self.api_key

        account_summary: dict[str, Any] | None
        if isinstance(self.account_summary, AccountSummary):
            account_summary = self.account_summary.to_dict()
        else:
            account_summary = self.account_summary

        email_verified_at: None | str
        if isinstance(self.email_verified_at, datetime.datetime):
            email_verified_at = self.email_verified_at.isoformat()
        else:
            email_verified_at = self.email_verified_at

        tos_signed_at: None | str
        if isinstance(self.tos_signed_at, datetime.datetime):
            tos_signed_at = self.tos_signed_at.isoformat()
        else:
            tos_signed_at = self.tos_signed_at

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
                "id": id,
                "email": email,
                "full_name": full_name,
            }
        )
        if super_user is not None:
            field_dict["super_user"] = super_user
        if impersonated is not None:
            field_dict["impersonated"] = impersonated
        if default_org is not None:
            field_dict["default_org"] = default_org
        if user_tier is not None:
            field_dict["user_tier"] = user_tier
        if status is not None:
            field_dict["status"] = status
        if account_locked is not None:
            field_dict["account_locked"] = account_locked
        if org_memberships is not None:
            field_dict["org_memberships"] = org_memberships
        if api_key is not None:
            field_dict["api_key"] = api_key
        if account_summary is not None:
            field_dict["account_summary"] = account_summary
        if email_verified_at is not None:
            field_dict["email_verified_at"] = email_verified_at
        if tos_signed_at is not None:
            field_dict["tos_signed_at"] = tos_signed_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        email = src_dict["email"]

        full_name = src_dict["full_name"]

        super_user = src_dict.get("super_user")

        impersonated = src_dict.get("impersonated")

        default_org = src_dict.get("default_org")
        if isinstance(default_org, dict):
            try:
                default_org_type_0 = UserDefaultOrg.from_dict(default_org)

                default_org = default_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("default_org", exc) from None

        user_tier = src_dict.get("user_tier")
        if isinstance(user_tier, str):
            try:
                user_tier_type_0 = UserTier.from_wire(user_tier)

                user_tier = user_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("user_tier", exc) from None

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = UserStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        account_locked = src_dict.get("account_locked")

        org_memberships = src_dict.get("org_memberships")
        if isinstance(org_memberships, list):
            try:
                org_memberships_type_0 = [
                    OrgMembership.from_dict(item) for item in org_memberships
                ]

                org_memberships = org_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org_memberships", exc) from None

        api_key = src_dict.get("api_key")

        account_summary = src_dict.get("account_summary")
        if isinstance(account_summary, dict):
            try:
                account_summary_type_0 = AccountSummary.from_dict(account_summary)

                account_summary = account_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("account_summary", exc) from None

        email_verified_at = src_dict.get("email_verified_at")
        if isinstance(email_verified_at, str):
            try:
                email_verified_at_type_0 = datetime.datetime.fromisoformat(
                    email_verified_at
                )

                email_verified_at = email_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("email_verified_at", exc) from None

        tos_signed_at = src_dict.get("tos_signed_at")
        if isinstance(tos_signed_at, str):
            try:
                tos_signed_at_type_0 = datetime.datetime.fromisoformat(tos_signed_at)

                tos_signed_at = tos_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("tos_signed_at", exc) from None

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

        user = cls(
            id,
            email,
            full_name,
            super_user,
            impersonated,
            default_org,
            user_tier,
            status,
            account_locked,
            org_memberships,
            api_key,
            account_summary,
            email_verified_at,
            tos_signed_at,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            user.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.account_summary import AccountSummary  # noqa: E402
from ..models.org_membership import OrgMembership  # noqa: E402
from ..models.user_default_org import UserDefaultOrg  # noqa: E402
