from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_member_create import OrgMemberCreate
    from ..models.org_owner_ref import OrgOwnerRef


T = TypeVar("T", bound="OrganizationCreate")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_owner_ref import OrgOwnerRef  # noqa: PLC0415

        name = self.name

        email_domain = self.email_domain

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, OrgOwnerRef):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        billing_owner_id: int | None | Unset
        if isinstance(self.billing_owner_id, Unset):
            billing_owner_id = UNSET
        else:
            billing_owner_id = self.billing_owner_id

        billing_owner: dict[str, Any] | None | Unset
        if isinstance(self.billing_owner, Unset):
            billing_owner = UNSET
        elif isinstance(self.billing_owner, OrgOwnerRef):
            billing_owner = self.billing_owner.to_dict()
        else:
            billing_owner = self.billing_owner

        account_tier_id: int | None | Unset
        if isinstance(self.account_tier_id, Unset):
            account_tier_id = UNSET
        else:
            account_tier_id = self.account_tier_id

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
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
        from ..models.org_member_create import OrgMemberCreate  # noqa: PLC0415
        from ..models.org_owner_ref import OrgOwnerRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        email_domain = d.pop("email_domain")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_owner(data: object) -> None | OrgOwnerRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = OrgOwnerRef.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgOwnerRef | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_billing_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_owner_id = _parse_billing_owner_id(d.pop("billing_owner_id", UNSET))

        def _parse_billing_owner(data: object) -> None | OrgOwnerRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_owner_type_0 = OrgOwnerRef.from_dict(data)

                return billing_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgOwnerRef | Unset, data)

        billing_owner = _parse_billing_owner(d.pop("billing_owner", UNSET))

        def _parse_account_tier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_tier_id = _parse_account_tier_id(d.pop("account_tier_id", UNSET))

        def _parse_members(data: object) -> list[OrgMemberCreate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = OrgMemberCreate.from_dict(
                        members_type_0_item_data
                    )

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrgMemberCreate] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        organization_create = cls(
            name=name,
            email_domain=email_domain,
            description=description,
            email=email,
            owner_id=owner_id,
            owner=owner,
            billing_owner_id=billing_owner_id,
            billing_owner=billing_owner,
            account_tier_id=account_tier_id,
            members=members,
        )

        organization_create.additional_properties = d
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
