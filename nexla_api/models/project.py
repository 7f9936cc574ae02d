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
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.project_data_flow import ProjectDataFlow


T = TypeVar("T", bound="Project")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "owner",
        "org",
        "access_roles",
        "flows",
        "data_flows",
        "flows_count",
        "client_identifier",
        "client_url",
        "tags",
        "copied_from_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Project:
    """A project: a named group of flows. `flows` and `data_flows` list the links to the flows it holds."""

    id: int
    name: str
    description: None | str = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: list[AccessRole] | None = None
    """ The caller's roles on the project. """
    flows: list[ProjectDataFlow] | None = None
    data_flows: list[ProjectDataFlow] | None = None
    flows_count: int | None = None
    client_identifier: None | str = None
    client_url: None | str = None
    tags: list[str] | None = None
    copied_from_id: int | None = None
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

        flows: list[dict[str, Any]] | None
        if isinstance(self.flows, list):
            flows = []
            for flows_type_0_item_data in self.flows:
                flows_type_0_item = flows_type_0_item_data.to_dict()
                flows.append(flows_type_0_item)

        else:
            flows = self.flows

        data_flows: list[dict[str, Any]] | None
        if isinstance(self.data_flows, list):
            data_flows = []
            for data_flows_type_0_item_data in self.data_flows:
                data_flows_type_0_item = data_flows_type_0_item_data.to_dict()
                data_flows.append(data_flows_type_0_item)

        else:
            data_flows = self.data_flows

        flows_count: int | None
        flows_count = self.flows_count

        client_identifier: None | str
        client_identifier = self.client_identifier

        client_url: None | str
        client_url = self.client_url

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        copied_from_id: int | None
        copied_from_id = self.copied_from_id

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
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if flows is not None:
            field_dict["flows"] = flows
        if data_flows is not None:
            field_dict["data_flows"] = data_flows
        if flows_count is not None:
            field_dict["flows_count"] = flows_count
        if client_identifier is not None:
            field_dict["client_identifier"] = client_identifier
        if client_url is not None:
            field_dict["client_url"] = client_url
        if tags is not None:
            field_dict["tags"] = tags
        if copied_from_id is not None:
            field_dict["copied_from_id"] = copied_from_id
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

        flows = src_dict.get("flows")
        if isinstance(flows, list):
            try:
                flows_type_0 = [ProjectDataFlow.from_dict(item) for item in flows]

                flows = flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("flows", exc) from None

        data_flows = src_dict.get("data_flows")
        if isinstance(data_flows, list):
            try:
                data_flows_type_0 = [
                    ProjectDataFlow.from_dict(item) for item in data_flows
                ]

                data_flows = data_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_flows", exc) from None

        flows_count = src_dict.get("flows_count")

        client_identifier = src_dict.get("client_identifier")

        client_url = src_dict.get("client_url")

        tags = src_dict.get("tags")

        copied_from_id = src_dict.get("copied_from_id")

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

        project = cls(
            id,
            name,
            description,
            owner,
            org,
            access_roles,
            flows,
            data_flows,
            flows_count,
            client_identifier,
            client_url,
            tags,
            copied_from_id,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            project.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return project

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
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
from ..models.project_data_flow import ProjectDataFlow  # noqa: E402
