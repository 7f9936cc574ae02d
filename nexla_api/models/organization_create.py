# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_member_create import OrgMemberCreate
    from ..models.org_owner_ref import OrgOwnerRef


T = TypeVar("T", bound="OrganizationCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "email_domain",
        "description",
        "email",
        "owner_id",
        "owner",
        "billing_owner_id",
        "billing_owner",
        "account_tier_id",
        "members",
    }
)


@_attrs_define
class OrganizationCreate:
    """A new org. Name the owner by `owner_id` or by `owner` (full name and email); the billing owner likewise."""

    name: str
    email_domain: str
    """ Email domain of the org's users, for example `example.com`. """
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    owner: None | OrgOwnerRef | Unset = UNSET
    billing_owner_id: int | None | Unset = UNSET
    billing_owner: None | OrgOwnerRef | Unset = UNSET
    account_tier_id: int | None | Unset = UNSET
    members: list[OrgMemberCreate] | None | Unset = UNSET
    """ Users to add as members. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email_domain = self.email_domain

        description: None | str | Unset
        description = self.description

        email: None | str | Unset
        email = self.email

        owner_id: int | None | Unset
        owner_id = self.owner_id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, OrgOwnerRef):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        billing_owner_id: int | None | Unset
        billing_owner_id = self.billing_owner_id

        billing_owner: dict[str, Any] | None | Unset
        if isinstance(self.billing_owner, OrgOwnerRef):
            billing_owner = self.billing_owner.to_dict()
        else:
            billing_owner = self.billing_owner

        account_tier_id: int | None | Unset
        account_tier_id = self.account_tier_id

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email_domain": email_domain,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if billing_owner_id is not UNSET:
            field_dict["billing_owner_id"] = billing_owner_id
        if billing_owner is not UNSET:
            field_dict["billing_owner"] = billing_owner
        if account_tier_id is not UNSET:
            field_dict["account_tier_id"] = account_tier_id
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        email_domain = src_dict["email_domain"]

        description = src_dict.get("description", UNSET)

        email = src_dict.get("email", UNSET)

        owner_id = src_dict.get("owner_id", UNSET)

        owner = src_dict.get("owner", UNSET)
        if isinstance(owner, dict):
            try:
                owner_type_0 = OrgOwnerRef.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        billing_owner_id = src_dict.get("billing_owner_id", UNSET)

        billing_owner = src_dict.get("billing_owner", UNSET)
        if isinstance(billing_owner, dict):
            try:
                billing_owner_type_0 = OrgOwnerRef.from_dict(billing_owner)

                billing_owner = billing_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("billing_owner", exc) from None

        account_tier_id = src_dict.get("account_tier_id", UNSET)

        members = src_dict.get("members", UNSET)
        if isinstance(members, list):
            try:
                members_type_0 = [OrgMemberCreate.from_dict(item) for item in members]

                members = members_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("members", exc) from None

        organization_create = cls(
            name,
            email_domain,
            description,
            email,
            owner_id,
            owner,
            billing_owner_id,
            billing_owner,
            account_tier_id,
            members,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            organization_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return organization_create

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
from ..models.org_member_create import OrgMemberCreate  # noqa: E402
from ..models.org_owner_ref import OrgOwnerRef  # noqa: E402
