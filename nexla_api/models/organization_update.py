from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_custodian_ref import OrgCustodianRef
    from ..models.org_member_create import OrgMemberCreate
    from ..models.org_owner_ref import OrgOwnerRef


T = TypeVar("T", bound="OrganizationUpdate")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_owner_ref import OrgOwnerRef  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        email_domain: None | str | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

        client_identifier: None | str | Unset
        if isinstance(self.client_identifier, Unset):
            client_identifier = UNSET
        else:
            client_identifier = self.client_identifier

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

        enable_nexla_password_login: bool | None | Unset
        if isinstance(self.enable_nexla_password_login, Unset):
            enable_nexla_password_login = UNSET
        else:
            enable_nexla_password_login = self.enable_nexla_password_login

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

        custodians: list[dict[str, Any]] | None | Unset
        if isinstance(self.custodians, Unset):
            custodians = UNSET
        elif isinstance(self.custodians, list):
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
        from ..models.org_custodian_ref import OrgCustodianRef  # noqa: PLC0415
        from ..models.org_member_create import OrgMemberCreate  # noqa: PLC0415
        from ..models.org_owner_ref import OrgOwnerRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_email_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_domain = _parse_email_domain(d.pop("email_domain", UNSET))

        def _parse_client_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_identifier = _parse_client_identifier(d.pop("client_identifier", UNSET))

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

        def _parse_enable_nexla_password_login(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_nexla_password_login = _parse_enable_nexla_password_login(
            d.pop("enable_nexla_password_login", UNSET)
        )

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

        def _parse_custodians(data: object) -> list[OrgCustodianRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custodians_type_0 = []
                _custodians_type_0 = data
                for custodians_type_0_item_data in _custodians_type_0:
                    custodians_type_0_item = OrgCustodianRef.from_dict(
                        custodians_type_0_item_data
                    )

                    custodians_type_0.append(custodians_type_0_item)

                return custodians_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrgCustodianRef] | None | Unset, data)

        custodians = _parse_custodians(d.pop("custodians", UNSET))

        organization_update = cls(
            name=name,
            description=description,
            email=email,
            email_domain=email_domain,
            client_identifier=client_identifier,
            owner_id=owner_id,
            owner=owner,
            billing_owner_id=billing_owner_id,
            billing_owner=billing_owner,
            enable_nexla_password_login=enable_nexla_password_login,
            members=members,
            custodians=custodians,
        )

        organization_update.additional_properties = d
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
