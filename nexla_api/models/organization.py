# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.org_tier import OrgTier
    from ..models.user import User


T = TypeVar("T", bound="Organization")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "email_domain",
        "email",
        "client_identifier",
        "org_webhook_host",
        "default_cluster_id",
        "cluster_id",
        "new_cluster_id",
        "cluster_status",
        "status",
        "access_roles",
        "owner",
        "billing_owner",
        "admins",
        "org_tier",
        "account_tier",
        "account_tier_name",
        "account_tier_display_name",
        "members_default_access_role",
        "default_reusable_code_container_access_role",
        "require_org_admin_to_publish",
        "require_org_admin_to_subscribe",
        "enable_nexla_password_login",
        "email_domain_verified_at",
        "name_verified_at",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Organization:
    """An org as `/orgs` returns it. `owner`, `billing_owner` and `admins` are full users. The tier is `org_tier` in the
    official reference and `account_tier` in the SDK; both keys are declared.

    """

    id: int
    name: str
    description: None | str = None
    email_domain: None | str = None
    email: None | str = None
    client_identifier: None | str = None
    org_webhook_host: None | str = None
    """ Host that serves the org's webhook sources. """
    default_cluster_id: int | None = None
    cluster_id: int | None = None
    new_cluster_id: int | None = None
    cluster_status: None | str = None
    status: None | str = None
    """ Org status, for example `ACTIVE`. """
    access_roles: list[AccessRole] | None = None
    """ The caller's roles on the org. """
    owner: None | User = None
    billing_owner: None | User = None
    admins: list[User] | None = None
    org_tier: None | OrgTier = None
    account_tier: None | OrgTier = None
    account_tier_name: None | str = None
    account_tier_display_name: None | str = None
    members_default_access_role: None | str = None
    """ Role new members get on the org's shared resources. """
    default_reusable_code_container_access_role: None | str = None
    require_org_admin_to_publish: bool | None = None
    require_org_admin_to_subscribe: bool | None = None
    enable_nexla_password_login: bool | None = None
    """ Whether members may sign in with a Nexla password (not only single sign-on). """
    email_domain_verified_at: datetime.datetime | None = None
    name_verified_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        email_domain: None | str
        email_domain = self.email_domain

        email: None | str
        email = self.email

        client_identifier: None | str
        client_identifier = self.client_identifier

        org_webhook_host: None | str
        org_webhook_host = self.org_webhook_host

        default_cluster_id: int | None
        default_cluster_id = self.default_cluster_id

        cluster_id: int | None
        cluster_id = self.cluster_id

        new_cluster_id: int | None
        new_cluster_id = self.new_cluster_id

        cluster_status: None | str
        cluster_status = self.cluster_status

        status: None | str
        status = self.status

        access_roles: list[str] | None
        if isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        owner: dict[str, Any] | None
        if isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        billing_owner: dict[str, Any] | None
        if isinstance(self.billing_owner, User):
            billing_owner = self.billing_owner.to_dict()
        else:
            billing_owner = self.billing_owner

        admins: list[dict[str, Any]] | None
        if isinstance(self.admins, list):
            admins = []
            for admins_type_0_item_data in self.admins:
                admins_type_0_item = admins_type_0_item_data.to_dict()
                admins.append(admins_type_0_item)

        else:
            admins = self.admins

        org_tier: dict[str, Any] | None
        if isinstance(self.org_tier, OrgTier):
            org_tier = self.org_tier.to_dict()
        else:
            org_tier = self.org_tier

        account_tier: dict[str, Any] | None
        if isinstance(self.account_tier, OrgTier):
            account_tier = self.account_tier.to_dict()
        else:
            account_tier = self.account_tier

        account_tier_name: None | str
        account_tier_name = self.account_tier_name

        account_tier_display_name: None | str
        account_tier_display_name = self.account_tier_display_name

        members_default_access_role: None | str
        members_default_access_role = self.members_default_access_role

        default_reusable_code_container_access_role: None | str
        default_reusable_code_container_access_role = (
            self.default_reusable_code_container_access_role
        )

        require_org_admin_to_publish: bool | None
        require_org_admin_to_publish = self.require_org_admin_to_publish

        require_org_admin_to_subscribe: bool | None
        require_org_admin_to_subscribe = self.require_org_admin_to_subscribe

        enable_nexla_password_login: bool | None
        enable_nexla_password_login = self.enable_nexla_password_login

        email_domain_verified_at: None | str
        if isinstance(self.email_domain_verified_at, datetime.datetime):
            email_domain_verified_at = self.email_domain_verified_at.isoformat()
        else:
            email_domain_verified_at = self.email_domain_verified_at

        name_verified_at: None | str
        if isinstance(self.name_verified_at, datetime.datetime):
            name_verified_at = self.name_verified_at.isoformat()
        else:
            name_verified_at = self.name_verified_at

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
                "name": name,
            }
        )
        if description is not None:
            field_dict["description"] = description
        if email_domain is not None:
            field_dict["email_domain"] = email_domain
        if email is not None:
            field_dict["email"] = email
        if client_identifier is not None:
            field_dict["client_identifier"] = client_identifier
        if org_webhook_host is not None:
            field_dict["org_webhook_host"] = org_webhook_host
        if default_cluster_id is not None:
            field_dict["default_cluster_id"] = default_cluster_id
        if cluster_id is not None:
            field_dict["cluster_id"] = cluster_id
        if new_cluster_id is not None:
            field_dict["new_cluster_id"] = new_cluster_id
        if cluster_status is not None:
            field_dict["cluster_status"] = cluster_status
        if status is not None:
            field_dict["status"] = status
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if owner is not None:
            field_dict["owner"] = owner
        if billing_owner is not None:
            field_dict["billing_owner"] = billing_owner
        if admins is not None:
            field_dict["admins"] = admins
        if org_tier is not None:
            field_dict["org_tier"] = org_tier
        if account_tier is not None:
            field_dict["account_tier"] = account_tier
        if account_tier_name is not None:
            field_dict["account_tier_name"] = account_tier_name
        if account_tier_display_name is not None:
            field_dict["account_tier_display_name"] = account_tier_display_name
        if members_default_access_role is not None:
            field_dict["members_default_access_role"] = members_default_access_role
        if default_reusable_code_container_access_role is not None:
            field_dict["default_reusable_code_container_access_role"] = (
                default_reusable_code_container_access_role
            )
        if require_org_admin_to_publish is not None:
            field_dict["require_org_admin_to_publish"] = require_org_admin_to_publish
        if require_org_admin_to_subscribe is not None:
            field_dict["require_org_admin_to_subscribe"] = (
                require_org_admin_to_subscribe
            )
        if enable_nexla_password_login is not None:
            field_dict["enable_nexla_password_login"] = enable_nexla_password_login
        if email_domain_verified_at is not None:
            field_dict["email_domain_verified_at"] = email_domain_verified_at
        if name_verified_at is not None:
            field_dict["name_verified_at"] = name_verified_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict.get("description")

        email_domain = src_dict.get("email_domain")

        email = src_dict.get("email")

        client_identifier = src_dict.get("client_identifier")

        org_webhook_host = src_dict.get("org_webhook_host")

        default_cluster_id = src_dict.get("default_cluster_id")

        cluster_id = src_dict.get("cluster_id")

        new_cluster_id = src_dict.get("new_cluster_id")

        cluster_status = src_dict.get("cluster_status")

        status = src_dict.get("status")

        access_roles = src_dict.get("access_roles")
        if isinstance(access_roles, list):
            try:
                access_roles_type_0 = [
                    AccessRole.from_wire(item) for item in access_roles
                ]

                access_roles = access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_roles", exc) from None

        owner = src_dict.get("owner")
        if isinstance(owner, dict):
            try:
                owner_type_0 = User.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        billing_owner = src_dict.get("billing_owner")
        if isinstance(billing_owner, dict):
            try:
                billing_owner_type_0 = User.from_dict(billing_owner)

                billing_owner = billing_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("billing_owner", exc) from None

        admins = src_dict.get("admins")
        if isinstance(admins, list):
            try:
                admins_type_0 = [User.from_dict(item) for item in admins]

                admins = admins_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("admins", exc) from None

        org_tier = src_dict.get("org_tier")
        if isinstance(org_tier, dict):
            try:
                org_tier_type_0 = OrgTier.from_dict(org_tier)

                org_tier = org_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org_tier", exc) from None

        account_tier = src_dict.get("account_tier")
        if isinstance(account_tier, dict):
            try:
                account_tier_type_0 = OrgTier.from_dict(account_tier)

                account_tier = account_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("account_tier", exc) from None

        account_tier_name = src_dict.get("account_tier_name")

        account_tier_display_name = src_dict.get("account_tier_display_name")

        members_default_access_role = src_dict.get("members_default_access_role")

        default_reusable_code_container_access_role = src_dict.get(
            "default_reusable_code_container_access_role"
        )

        require_org_admin_to_publish = src_dict.get("require_org_admin_to_publish")

        require_org_admin_to_subscribe = src_dict.get("require_org_admin_to_subscribe")

        enable_nexla_password_login = src_dict.get("enable_nexla_password_login")

        email_domain_verified_at = src_dict.get("email_domain_verified_at")
        if isinstance(email_domain_verified_at, str):
            try:
                email_domain_verified_at_type_0 = datetime.datetime.fromisoformat(
                    email_domain_verified_at
                )

                email_domain_verified_at = email_domain_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("email_domain_verified_at", exc) from None

        name_verified_at = src_dict.get("name_verified_at")
        if isinstance(name_verified_at, str):
            try:
                name_verified_at_type_0 = datetime.datetime.fromisoformat(
                    name_verified_at
                )

                name_verified_at = name_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("name_verified_at", exc) from None

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

        organization = cls(
            id,
            name,
            description,
            email_domain,
            email,
            client_identifier,
            org_webhook_host,
            default_cluster_id,
            cluster_id,
            new_cluster_id,
            cluster_status,
            status,
            access_roles,
            owner,
            billing_owner,
            admins,
            org_tier,
            account_tier,
            account_tier_name,
            account_tier_display_name,
            members_default_access_role,
            default_reusable_code_container_access_role,
            require_org_admin_to_publish,
            require_org_admin_to_subscribe,
            enable_nexla_password_login,
            email_domain_verified_at,
            name_verified_at,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            organization.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.org_tier import OrgTier  # noqa: E402
from ..models.user import User  # noqa: E402
