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
    from ..models.connector import Connector
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="DataCredential")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "credentials_type",
        "description",
        "owner",
        "org",
        "access_roles",
        "managed",
        "connector",
        "credentials_version",
        "verified_status",
        "verified_at",
        "credentials_non_secure_data",
        "api_keys",
        "template_config",
        "vendor",
        "auth_template",
        "referenced_resource_ids",
        "copied_from_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class DataCredential:
    """A credential as Nexla returns it. Secrets are never returned; the parts that are safe to show are in
    `credentials_non_secure_data`.

    """

    id: int
    name: str
    credentials_type: str
    description: None | str = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: list[AccessRole] | None = None
    managed: bool | None = None
    connector: Connector | None = None
    credentials_version: None | str = None
    verified_status: None | str = None
    """ Outcome of the last verification, for example `VERIFIED`, `UNVERIFIED` or `FAILED`. """
    verified_at: datetime.datetime | None = None
    credentials_non_secure_data: Any = None
    """ The non-secret part of the connection settings (host, bucket, user name...). """
    api_keys: Any = None
    template_config: Any = None
    vendor: Any = None
    auth_template: Any = None
    referenced_resource_ids: Any = None
    """ Ids of the resources that use this credential, as lists of integer ids keyed by resource kind. """
    copied_from_id: int | None = None
    tags: list[str] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        credentials_type = self.credentials_type

        description: None | str
        description = self.description

        owner: dict[str, Any] | None
        if isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None
        if isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        access_roles: list[str] | None
        if isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        managed: bool | None
        managed = self.managed

        connector: dict[str, Any] | None
        if isinstance(self.connector, Connector):
            connector = self.connector.to_dict()
        else:
            connector = self.connector

        credentials_version: None | str
        credentials_version = self.credentials_version

        verified_status: None | str
        verified_status = self.verified_status

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        credentials_non_secure_data = self.credentials_non_secure_data

        api_keys = self.api_keys

        template_config = self.template_config

        vendor = self.vendor

        auth_template = self.auth_template

        referenced_resource_ids = self.referenced_resource_ids

        copied_from_id: int | None
        copied_from_id = self.copied_from_id

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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
                "credentials_type": credentials_type,
            }
        )
        if description is not None:
            field_dict["description"] = description
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if managed is not None:
            field_dict["managed"] = managed
        if connector is not None:
            field_dict["connector"] = connector
        if credentials_version is not None:
            field_dict["credentials_version"] = credentials_version
        if verified_status is not None:
            field_dict["verified_status"] = verified_status
        if verified_at is not None:
            field_dict["verified_at"] = verified_at
        if credentials_non_secure_data is not None:
            field_dict["credentials_non_secure_data"] = credentials_non_secure_data
        if api_keys is not None:
            field_dict["api_keys"] = api_keys
        if template_config is not None:
            field_dict["template_config"] = template_config
        if vendor is not None:
            field_dict["vendor"] = vendor
        if auth_template is not None:
            field_dict["auth_template"] = auth_template
        if referenced_resource_ids is not None:
            field_dict["referenced_resource_ids"] = referenced_resource_ids
        if copied_from_id is not None:
            field_dict["copied_from_id"] = copied_from_id
        if tags is not None:
            field_dict["tags"] = tags
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        credentials_type = src_dict["credentials_type"]

        description = src_dict.get("description")

        owner = src_dict.get("owner")
        if isinstance(owner, dict):
            try:
                owner_type_0 = Owner.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        org = src_dict.get("org")
        if isinstance(org, dict):
            try:
                org_type_0 = OrgRef.from_dict(org)

                org = org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org", exc) from None

        access_roles = src_dict.get("access_roles")
        if isinstance(access_roles, list):
            try:
                access_roles_type_0 = [
                    AccessRole.from_wire(item) for item in access_roles
                ]

                access_roles = access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_roles", exc) from None

        managed = src_dict.get("managed")

        connector = src_dict.get("connector")
        if isinstance(connector, dict):
            try:
                connector_type_0 = Connector.from_dict(connector)

                connector = connector_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("connector", exc) from None

        credentials_version = src_dict.get("credentials_version")

        verified_status = src_dict.get("verified_status")

        verified_at = src_dict.get("verified_at")
        if isinstance(verified_at, str):
            try:
                verified_at_type_0 = datetime.datetime.fromisoformat(verified_at)

                verified_at = verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("verified_at", exc) from None

        credentials_non_secure_data = src_dict.get("credentials_non_secure_data")

        api_keys = src_dict.get("api_keys")

        template_config = src_dict.get("template_config")

        vendor = src_dict.get("vendor")

        auth_template = src_dict.get("auth_template")

        referenced_resource_ids = src_dict.get("referenced_resource_ids")

        copied_from_id = src_dict.get("copied_from_id")

        tags = src_dict.get("tags")

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

        data_credential = cls(
            id,
            name,
            credentials_type,
            description,
            owner,
            org,
            access_roles,
            managed,
            connector,
            credentials_version,
            verified_status,
            verified_at,
            credentials_non_secure_data,
            api_keys,
            template_config,
            vendor,
            auth_template,
            referenced_resource_ids,
            copied_from_id,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_credential.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_credential

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
from ..models.connector import Connector  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
