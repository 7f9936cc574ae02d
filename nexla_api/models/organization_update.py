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
    from ..models.org_custodian_ref import OrgCustodianRef
    from ..models.org_member_create import OrgMemberCreate
    from ..models.org_owner_ref import OrgOwnerRef


T = TypeVar("T", bound="OrganizationUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "email",
        "email_domain",
        "client_identifier",
        "owner_id",
        "owner",
        "billing_owner_id",
        "billing_owner",
        "enable_nexla_password_login",
        "members",
        "custodians",
    }
)


@_attrs_define
class OrganizationUpdate:
    """Fields to change on an org; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    client_identifier: None | str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    """ Id of the new owner. """
    owner: None | OrgOwnerRef | Unset = UNSET
    billing_owner_id: int | None | Unset = UNSET
    billing_owner: None | OrgOwnerRef | Unset = UNSET
    enable_nexla_password_login: bool | None | Unset = UNSET
    members: list[OrgMemberCreate] | None | Unset = UNSET
    """ Users to add as members. """
    custodians: list[OrgCustodianRef] | None | Unset = UNSET
    """ Users to make custodians. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        email: None | str | Unset
        email = self.email

        email_domain: None | str | Unset
        email_domain = self.email_domain

        client_identifier: None | str | Unset
        client_identifier = self.client_identifier

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

        enable_nexla_password_login: bool | None | Unset
        enable_nexla_password_login = self.enable_nexla_password_login

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        custodians: list[dict[str, Any]] | None | Unset
        if isinstance(self.custodians, list):
            custodians = []
            for custodians_type_0_item_data in self.custodians:
                custodians_type_0_item = custodians_type_0_item_data.to_dict()
                custodians.append(custodians_type_0_item)

        else:
            custodians = self.custodians

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if client_identifier is not UNSET:
            field_dict["client_identifier"] = client_identifier
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if billing_owner_id is not UNSET:
            field_dict["billing_owner_id"] = billing_owner_id
        if billing_owner is not UNSET:
            field_dict["billing_owner"] = billing_owner
        if enable_nexla_password_login is not UNSET:
            field_dict["enable_nexla_password_login"] = enable_nexla_password_login
        if members is not UNSET:
            field_dict["members"] = members
        if custodians is not UNSET:
            field_dict["custodians"] = custodians

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        email = src_dict.get("email", UNSET)

        email_domain = src_dict.get("email_domain", UNSET)

        client_identifier = src_dict.get("client_identifier", UNSET)

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

        enable_nexla_password_login = src_dict.get("enable_nexla_password_login", UNSET)

        members = src_dict.get("members", UNSET)
        if isinstance(members, list):
            try:
                members_type_0 = [OrgMemberCreate.from_dict(item) for item in members]

                members = members_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("members", exc) from None

        custodians = src_dict.get("custodians", UNSET)
        if isinstance(custodians, list):
            try:
                custodians_type_0 = [
                    OrgCustodianRef.from_dict(item) for item in custodians
                ]

                custodians = custodians_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("custodians", exc) from None

        organization_update = cls(
            name,
            description,
            email,
            email_domain,
            client_identifier,
            owner_id,
            owner,
            billing_owner_id,
            billing_owner,
            enable_nexla_password_login,
            members,
            custodians,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            organization_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return organization_update

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
from ..models.org_custodian_ref import OrgCustodianRef  # noqa: E402
from ..models.org_member_create import OrgMemberCreate  # noqa: E402
from ..models.org_owner_ref import OrgOwnerRef  # noqa: E402
