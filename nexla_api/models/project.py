from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.project_data_flow import ProjectDataFlow


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: a named group of flows. `flows` and `data_flows` list the links to the flows it holds."""

    id: int
    name: str
    description: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: list[AccessRole] | None | Unset = UNSET
    """ The caller's roles on the project. """
    flows: list[ProjectDataFlow] | None | Unset = UNSET
    data_flows: list[ProjectDataFlow] | None | Unset = UNSET
    flows_count: int | None | Unset = UNSET
    client_identifier: None | str | Unset = UNSET
    client_url: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    copied_from_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        elif isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

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

        flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, list):
            flows = []
            for flows_type_0_item_data in self.flows:
                flows_type_0_item = flows_type_0_item_data.to_dict()
                flows.append(flows_type_0_item)

        else:
            flows = self.flows

        data_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_flows, Unset):
            data_flows = UNSET
        elif isinstance(self.data_flows, list):
            data_flows = []
            for data_flows_type_0_item_data in self.data_flows:
                data_flows_type_0_item = data_flows_type_0_item_data.to_dict()
                data_flows.append(data_flows_type_0_item)

        else:
            data_flows = self.data_flows

        flows_count: int | None | Unset
        if isinstance(self.flows_count, Unset):
            flows_count = UNSET
        else:
            flows_count = self.flows_count

        client_identifier: None | str | Unset
        if isinstance(self.client_identifier, Unset):
            client_identifier = UNSET
        else:
            client_identifier = self.client_identifier

        client_url: None | str | Unset
        if isinstance(self.client_url, Unset):
            client_url = UNSET
        else:
            client_url = self.client_url

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        copied_from_id: int | None | Unset
        if isinstance(self.copied_from_id, Unset):
            copied_from_id = UNSET
        else:
            copied_from_id = self.copied_from_id

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if flows is not UNSET:
            field_dict["flows"] = flows
        if data_flows is not UNSET:
            field_dict["data_flows"] = data_flows
        if flows_count is not UNSET:
            field_dict["flows_count"] = flows_count
        if client_identifier is not UNSET:
            field_dict["client_identifier"] = client_identifier
        if client_url is not UNSET:
            field_dict["client_url"] = client_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if copied_from_id is not UNSET:
            field_dict["copied_from_id"] = copied_from_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.project_data_flow import ProjectDataFlow  # noqa: PLC0415

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

        def _parse_owner(data: object) -> None | Owner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Owner.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Owner | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_org(data: object) -> None | OrgRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                org_type_0 = OrgRef.from_dict(data)

                return org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgRef | Unset, data)

        org = _parse_org(d.pop("org", UNSET))

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

        def _parse_flows(data: object) -> list[ProjectDataFlow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                flows_type_0 = []
                _flows_type_0 = data
                for flows_type_0_item_data in _flows_type_0:
                    flows_type_0_item = ProjectDataFlow.from_dict(
                        flows_type_0_item_data
                    )

                    flows_type_0.append(flows_type_0_item)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectDataFlow] | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

        def _parse_data_flows(data: object) -> list[ProjectDataFlow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_flows_type_0 = []
                _data_flows_type_0 = data
                for data_flows_type_0_item_data in _data_flows_type_0:
                    data_flows_type_0_item = ProjectDataFlow.from_dict(
                        data_flows_type_0_item_data
                    )

                    data_flows_type_0.append(data_flows_type_0_item)

                return data_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectDataFlow] | None | Unset, data)

        data_flows = _parse_data_flows(d.pop("data_flows", UNSET))

        def _parse_flows_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flows_count = _parse_flows_count(d.pop("flows_count", UNSET))

        def _parse_client_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_identifier = _parse_client_identifier(d.pop("client_identifier", UNSET))

        def _parse_client_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_url = _parse_client_url(d.pop("client_url", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_copied_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id", UNSET))

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

        project = cls(
            id=id,
            name=name,
            description=description,
            owner=owner,
            org=org,
            access_roles=access_roles,
            flows=flows,
            data_flows=data_flows,
            flows_count=flows_count,
            client_identifier=client_identifier,
            client_url=client_url,
            tags=tags,
            copied_from_id=copied_from_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        project.additional_properties = d
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
