from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_tier import OrgTier
    from ..models.user import User


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An org as `/orgs` returns it. `owner`, `billing_owner` and `admins` are full users. The tier is `org_tier` in the
    official reference and `account_tier` in the SDK; both keys are declared.

    """

    id: int
    name: str
    description: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    client_identifier: None | str | Unset = UNSET
    org_webhook_host: None | str | Unset = UNSET
    """ Host that serves the org's webhook sources. """
    default_cluster_id: int | None | Unset = UNSET
    cluster_id: int | None | Unset = UNSET
    new_cluster_id: int | None | Unset = UNSET
    cluster_status: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Org status, for example `ACTIVE`. """
    access_roles: list[AccessRole] | None | Unset = UNSET
    """ The caller's roles on the org. """
    owner: None | Unset | User = UNSET
    billing_owner: None | Unset | User = UNSET
    admins: list[User] | None | Unset = UNSET
    org_tier: None | OrgTier | Unset = UNSET
    account_tier: None | OrgTier | Unset = UNSET
    account_tier_name: None | str | Unset = UNSET
    account_tier_display_name: None | str | Unset = UNSET
    members_default_access_role: None | str | Unset = UNSET
    """ Role new members get on the org's shared resources. """
    default_reusable_code_container_access_role: None | str | Unset = UNSET
    require_org_admin_to_publish: bool | None | Unset = UNSET
    require_org_admin_to_subscribe: bool | None | Unset = UNSET
    enable_nexla_password_login: bool | None | Unset = UNSET
    """ Whether members may sign in with a Nexla password (not only single sign-on). """
    email_domain_verified_at: datetime.datetime | None | Unset = UNSET
    name_verified_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_tier import OrgTier  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email_domain: None | str | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        client_identifier: None | str | Unset
        if isinstance(self.client_identifier, Unset):
            client_identifier = UNSET
        else:
            client_identifier = self.client_identifier

        org_webhook_host: None | str | Unset
        if isinstance(self.org_webhook_host, Unset):
            org_webhook_host = UNSET
        else:
            org_webhook_host = self.org_webhook_host

        default_cluster_id: int | None | Unset
        if isinstance(self.default_cluster_id, Unset):
            default_cluster_id = UNSET
        else:
            default_cluster_id = self.default_cluster_id

        cluster_id: int | None | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        new_cluster_id: int | None | Unset
        if isinstance(self.new_cluster_id, Unset):
            new_cluster_id = UNSET
        else:
            new_cluster_id = self.new_cluster_id

        cluster_status: None | str | Unset
        if isinstance(self.cluster_status, Unset):
            cluster_status = UNSET
        else:
            cluster_status = self.cluster_status

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        access_roles: list[str] | None | Unset
        if isinstance(self.access_roles, Unset):
            access_roles = UNSET
        elif isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        billing_owner: dict[str, Any] | None | Unset
        if isinstance(self.billing_owner, Unset):
            billing_owner = UNSET
        elif isinstance(self.billing_owner, User):
            billing_owner = self.billing_owner.to_dict()
        else:
            billing_owner = self.billing_owner

        admins: list[dict[str, Any]] | None | Unset
        if isinstance(self.admins, Unset):
            admins = UNSET
        elif isinstance(self.admins, list):
            admins = []
            for admins_type_0_item_data in self.admins:
                admins_type_0_item = admins_type_0_item_data.to_dict()
                admins.append(admins_type_0_item)

        else:
            admins = self.admins

        org_tier: dict[str, Any] | None | Unset
        if isinstance(self.org_tier, Unset):
            org_tier = UNSET
        elif isinstance(self.org_tier, OrgTier):
            org_tier = self.org_tier.to_dict()
        else:
            org_tier = self.org_tier

        account_tier: dict[str, Any] | None | Unset
        if isinstance(self.account_tier, Unset):
            account_tier = UNSET
        elif isinstance(self.account_tier, OrgTier):
            account_tier = self.account_tier.to_dict()
        else:
            account_tier = self.account_tier

        account_tier_name: None | str | Unset
        if isinstance(self.account_tier_name, Unset):
            account_tier_name = UNSET
        else:
            account_tier_name = self.account_tier_name

        account_tier_display_name: None | str | Unset
        if isinstance(self.account_tier_display_name, Unset):
            account_tier_display_name = UNSET
        else:
            account_tier_display_name = self.account_tier_display_name

        members_default_access_role: None | str | Unset
        if isinstance(self.members_default_access_role, Unset):
            members_default_access_role = UNSET
        else:
            members_default_access_role = self.members_default_access_role

        default_reusable_code_container_access_role: None | str | Unset
        if isinstance(self.default_reusable_code_container_access_role, Unset):
            default_reusable_code_container_access_role = UNSET
        else:
            default_reusable_code_container_access_role = (
                self.default_reusable_code_container_access_role
            )

        require_org_admin_to_publish: bool | None | Unset
        if isinstance(self.require_org_admin_to_publish, Unset):
            require_org_admin_to_publish = UNSET
        else:
            require_org_admin_to_publish = self.require_org_admin_to_publish

        require_org_admin_to_subscribe: bool | None | Unset
        if isinstance(self.require_org_admin_to_subscribe, Unset):
            require_org_admin_to_subscribe = UNSET
        else:
            require_org_admin_to_subscribe = self.require_org_admin_to_subscribe

        enable_nexla_password_login: bool | None | Unset
        if isinstance(self.enable_nexla_password_login, Unset):
            enable_nexla_password_login = UNSET
        else:
            enable_nexla_password_login = self.enable_nexla_password_login

        email_domain_verified_at: None | str | Unset
        if isinstance(self.email_domain_verified_at, Unset):
            email_domain_verified_at = UNSET
        elif isinstance(self.email_domain_verified_at, datetime.datetime):
            email_domain_verified_at = self.email_domain_verified_at.isoformat()
        else:
            email_domain_verified_at = self.email_domain_verified_at

        name_verified_at: None | str | Unset
        if isinstance(self.name_verified_at, Unset):
            name_verified_at = UNSET
        elif isinstance(self.name_verified_at, datetime.datetime):
            name_verified_at = self.name_verified_at.isoformat()
        else:
            name_verified_at = self.name_verified_at

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
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if email is not UNSET:
            field_dict["email"] = email
        if client_identifier is not UNSET:
            field_dict["client_identifier"] = client_identifier
        if org_webhook_host is not UNSET:
            field_dict["org_webhook_host"] = org_webhook_host
        if default_cluster_id is not UNSET:
            field_dict["default_cluster_id"] = default_cluster_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if new_cluster_id is not UNSET:
            field_dict["new_cluster_id"] = new_cluster_id
        if cluster_status is not UNSET:
            field_dict["cluster_status"] = cluster_status
        if status is not UNSET:
            field_dict["status"] = status
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if owner is not UNSET:
            field_dict["owner"] = owner
        if billing_owner is not UNSET:
            field_dict["billing_owner"] = billing_owner
        if admins is not UNSET:
            field_dict["admins"] = admins
        if org_tier is not UNSET:
            field_dict["org_tier"] = org_tier
        if account_tier is not UNSET:
            field_dict["account_tier"] = account_tier
        if account_tier_name is not UNSET:
            field_dict["account_tier_name"] = account_tier_name
        if account_tier_display_name is not UNSET:
            field_dict["account_tier_display_name"] = account_tier_display_name
        if members_default_access_role is not UNSET:
            field_dict["members_default_access_role"] = members_default_access_role
        if default_reusable_code_container_access_role is not UNSET:
            field_dict["default_reusable_code_container_access_role"] = (
                default_reusable_code_container_access_role
            )
        if require_org_admin_to_publish is not UNSET:
            field_dict["require_org_admin_to_publish"] = require_org_admin_to_publish
        if require_org_admin_to_subscribe is not UNSET:
            field_dict["require_org_admin_to_subscribe"] = (
                require_org_admin_to_subscribe
            )
        if enable_nexla_password_login is not UNSET:
            field_dict["enable_nexla_password_login"] = enable_nexla_password_login
        if email_domain_verified_at is not UNSET:
            field_dict["email_domain_verified_at"] = email_domain_verified_at
        if name_verified_at is not UNSET:
            field_dict["name_verified_at"] = name_verified_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_tier import OrgTier  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_email_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_domain = _parse_email_domain(d.pop("email_domain", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_client_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_identifier = _parse_client_identifier(d.pop("client_identifier", UNSET))

        def _parse_org_webhook_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_webhook_host = _parse_org_webhook_host(d.pop("org_webhook_host", UNSET))

        def _parse_default_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_cluster_id = _parse_default_cluster_id(
            d.pop("default_cluster_id", UNSET)
        )

        def _parse_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_new_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_cluster_id = _parse_new_cluster_id(d.pop("new_cluster_id", UNSET))

        def _parse_cluster_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_status = _parse_cluster_status(d.pop("cluster_status", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_access_roles(data: object) -> list[AccessRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_roles_type_0 = []
                _access_roles_type_0 = data
                for access_roles_type_0_item_data in _access_roles_type_0:
                    access_roles_type_0_item = AccessRole(access_roles_type_0_item_data)

                    access_roles_type_0.append(access_roles_type_0_item)

                return access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessRole] | None | Unset, data)

        access_roles = _parse_access_roles(d.pop("access_roles", UNSET))

        def _parse_owner(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = User.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_billing_owner(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_owner_type_0 = User.from_dict(data)

                return billing_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        billing_owner = _parse_billing_owner(d.pop("billing_owner", UNSET))

        def _parse_admins(data: object) -> list[User] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                admins_type_0 = []
                _admins_type_0 = data
                for admins_type_0_item_data in _admins_type_0:
                    admins_type_0_item = User.from_dict(admins_type_0_item_data)

                    admins_type_0.append(admins_type_0_item)

                return admins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[User] | None | Unset, data)

        admins = _parse_admins(d.pop("admins", UNSET))

        def _parse_org_tier(data: object) -> None | OrgTier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                org_tier_type_0 = OrgTier.from_dict(data)

                return org_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgTier | Unset, data)

        org_tier = _parse_org_tier(d.pop("org_tier", UNSET))

        def _parse_account_tier(data: object) -> None | OrgTier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_tier_type_0 = OrgTier.from_dict(data)

                return account_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgTier | Unset, data)

        account_tier = _parse_account_tier(d.pop("account_tier", UNSET))

        def _parse_account_tier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_tier_name = _parse_account_tier_name(d.pop("account_tier_name", UNSET))

        def _parse_account_tier_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_tier_display_name = _parse_account_tier_display_name(
            d.pop("account_tier_display_name", UNSET)
        )

        def _parse_members_default_access_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        members_default_access_role = _parse_members_default_access_role(
            d.pop("members_default_access_role", UNSET)
        )

        def _parse_default_reusable_code_container_access_role(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_reusable_code_container_access_role = (
            _parse_default_reusable_code_container_access_role(
                d.pop("default_reusable_code_container_access_role", UNSET)
            )
        )

        def _parse_require_org_admin_to_publish(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_org_admin_to_publish = _parse_require_org_admin_to_publish(
            d.pop("require_org_admin_to_publish", UNSET)
        )

        def _parse_require_org_admin_to_subscribe(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_org_admin_to_subscribe = _parse_require_org_admin_to_subscribe(
            d.pop("require_org_admin_to_subscribe", UNSET)
        )

        def _parse_enable_nexla_password_login(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_nexla_password_login = _parse_enable_nexla_password_login(
            d.pop("enable_nexla_password_login", UNSET)
        )

        def _parse_email_domain_verified_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_domain_verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return email_domain_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_domain_verified_at = _parse_email_domain_verified_at(
            d.pop("email_domain_verified_at", UNSET)
        )

        def _parse_name_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return name_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        name_verified_at = _parse_name_verified_at(d.pop("name_verified_at", UNSET))

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

        organization = cls(
            id=id,
            name=name,
            description=description,
            email_domain=email_domain,
            email=email,
            client_identifier=client_identifier,
            org_webhook_host=org_webhook_host,
            default_cluster_id=default_cluster_id,
            cluster_id=cluster_id,
            new_cluster_id=new_cluster_id,
            cluster_status=cluster_status,
            status=status,
            access_roles=access_roles,
            owner=owner,
            billing_owner=billing_owner,
            admins=admins,
            org_tier=org_tier,
            account_tier=account_tier,
            account_tier_name=account_tier_name,
            account_tier_display_name=account_tier_display_name,
            members_default_access_role=members_default_access_role,
            default_reusable_code_container_access_role=default_reusable_code_container_access_role,
            require_org_admin_to_publish=require_org_admin_to_publish,
            require_org_admin_to_subscribe=require_org_admin_to_subscribe,
            enable_nexla_password_login=enable_nexla_password_login,
            email_domain_verified_at=email_domain_verified_at,
            name_verified_at=name_verified_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        organization.additional_properties = d
        return organization

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
