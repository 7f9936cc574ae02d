from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector import Connector
    from ..models.data_credential import DataCredential
    from ..models.data_set_brief import DataSetBrief
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.run_info import RunInfo


T = TypeVar("T", bound="DataSource")


@_attrs_define
class DataSource:
    """A source as Nexla returns it."""

    id: int
    name: str
    status: ResourceStatus
    """ Lifecycle status of a source, nexset or destination. """
    source_type: str
    connector_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: list[AccessRole] | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    auto_generated: bool | None | Unset = UNSET
    connector: Connector | None | Unset = UNSET
    ingest_method: None | str | Unset = UNSET
    source_format: None | str | Unset = UNSET
    source_config: Any | Unset = UNSET
    """ Connector-specific configuration. """
    poll_schedule: None | str | Unset = UNSET
    code_container_id: int | None | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    data_credentials: DataCredential | None | Unset = UNSET
    data_sets: list[DataSetBrief] | None | Unset = UNSET
    """ Nexsets discovered from this source (filled in with `expand=1`). """
    api_keys: Any | Unset = UNSET
    run_ids: list[RunInfo] | None | Unset = UNSET
    copied_from_id: int | None | Unset = UNSET
    flow_type: None | str | Unset = UNSET
    has_template: bool | None | Unset = UNSET
    vendor_endpoint: Any | Unset = UNSET
    vendor: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connector import Connector  # noqa: PLC0415
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        name = self.name

        status = self.status.value

        source_type = self.source_type

        connector_type: None | str | Unset
        if isinstance(self.connector_type, Unset):
            connector_type = UNSET
        else:
            connector_type = self.connector_type

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

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        auto_generated: bool | None | Unset
        if isinstance(self.auto_generated, Unset):
            auto_generated = UNSET
        else:
            auto_generated = self.auto_generated

        connector: dict[str, Any] | None | Unset
        if isinstance(self.connector, Unset):
            connector = UNSET
        elif isinstance(self.connector, Connector):
            connector = self.connector.to_dict()
        else:
            connector = self.connector

        ingest_method: None | str | Unset
        if isinstance(self.ingest_method, Unset):
            ingest_method = UNSET
        else:
            ingest_method = self.ingest_method

        source_format: None | str | Unset
        if isinstance(self.source_format, Unset):
            source_format = UNSET
        else:
            source_format = self.source_format

        source_config = self.source_config

        poll_schedule: None | str | Unset
        if isinstance(self.poll_schedule, Unset):
            poll_schedule = UNSET
        else:
            poll_schedule = self.poll_schedule

        code_container_id: int | None | Unset
        if isinstance(self.code_container_id, Unset):
            code_container_id = UNSET
        else:
            code_container_id = self.code_container_id

        data_credentials_id: int | None | Unset
        if isinstance(self.data_credentials_id, Unset):
            data_credentials_id = UNSET
        else:
            data_credentials_id = self.data_credentials_id

        data_credentials: dict[str, Any] | None | Unset
        if isinstance(self.data_credentials, Unset):
            data_credentials = UNSET
        elif isinstance(self.data_credentials, DataCredential):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        data_sets: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_sets, Unset):
            data_sets = UNSET
        elif isinstance(self.data_sets, list):
            data_sets = []
            for data_sets_type_0_item_data in self.data_sets:
                data_sets_type_0_item = data_sets_type_0_item_data.to_dict()
                data_sets.append(data_sets_type_0_item)

        else:
            data_sets = self.data_sets

        api_keys = self.api_keys

        run_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.run_ids, Unset):
            run_ids = UNSET
        elif isinstance(self.run_ids, list):
            run_ids = []
            for run_ids_type_0_item_data in self.run_ids:
                run_ids_type_0_item = run_ids_type_0_item_data.to_dict()
                run_ids.append(run_ids_type_0_item)

        else:
            run_ids = self.run_ids

        copied_from_id: int | None | Unset
        if isinstance(self.copied_from_id, Unset):
            copied_from_id = UNSET
        else:
            copied_from_id = self.copied_from_id

        flow_type: None | str | Unset
        if isinstance(self.flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = self.flow_type

        has_template: bool | None | Unset
        if isinstance(self.has_template, Unset):
            has_template = UNSET
        else:
            has_template = self.has_template

        vendor_endpoint = self.vendor_endpoint

        vendor = self.vendor

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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
                "status": status,
                "source_type": source_type,
            }
        )
        if connector_type is not UNSET:
            field_dict["connector_type"] = connector_type
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if managed is not UNSET:
            field_dict["managed"] = managed
        if auto_generated is not UNSET:
            field_dict["auto_generated"] = auto_generated
        if connector is not UNSET:
            field_dict["connector"] = connector
        if ingest_method is not UNSET:
            field_dict["ingest_method"] = ingest_method
        if source_format is not UNSET:
            field_dict["source_format"] = source_format
        if source_config is not UNSET:
            field_dict["source_config"] = source_config
        if poll_schedule is not UNSET:
            field_dict["poll_schedule"] = poll_schedule
        if code_container_id is not UNSET:
            field_dict["code_container_id"] = code_container_id
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if data_credentials is not UNSET:
            field_dict["data_credentials"] = data_credentials
        if data_sets is not UNSET:
            field_dict["data_sets"] = data_sets
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if copied_from_id is not UNSET:
            field_dict["copied_from_id"] = copied_from_id
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if has_template is not UNSET:
            field_dict["has_template"] = has_template
        if vendor_endpoint is not UNSET:
            field_dict["vendor_endpoint"] = vendor_endpoint
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector import Connector  # noqa: PLC0415
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.data_set_brief import DataSetBrief  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.run_info import RunInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = ResourceStatus(d.pop("status"))

        source_type = d.pop("source_type")

        def _parse_connector_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connector_type = _parse_connector_type(d.pop("connector_type", UNSET))

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

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        def _parse_auto_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_generated = _parse_auto_generated(d.pop("auto_generated", UNSET))

        def _parse_connector(data: object) -> Connector | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connector_type_0 = Connector.from_dict(data)

                return connector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Connector | None | Unset, data)

        connector = _parse_connector(d.pop("connector", UNSET))

        def _parse_ingest_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ingest_method = _parse_ingest_method(d.pop("ingest_method", UNSET))

        def _parse_source_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_format = _parse_source_format(d.pop("source_format", UNSET))

        source_config = d.pop("source_config", UNSET)

        def _parse_poll_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poll_schedule = _parse_poll_schedule(d.pop("poll_schedule", UNSET))

        def _parse_code_container_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code_container_id = _parse_code_container_id(d.pop("code_container_id", UNSET))

        def _parse_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_credentials_id = _parse_data_credentials_id(
            d.pop("data_credentials_id", UNSET)
        )

        def _parse_data_credentials(data: object) -> DataCredential | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_credentials_type_0 = DataCredential.from_dict(data)

                return data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCredential | None | Unset, data)

        data_credentials = _parse_data_credentials(d.pop("data_credentials", UNSET))

        def _parse_data_sets(data: object) -> list[DataSetBrief] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sets_type_0 = []
                _data_sets_type_0 = data
                for data_sets_type_0_item_data in _data_sets_type_0:
                    data_sets_type_0_item = DataSetBrief.from_dict(
                        data_sets_type_0_item_data
                    )

                    data_sets_type_0.append(data_sets_type_0_item)

                return data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSetBrief] | None | Unset, data)

        data_sets = _parse_data_sets(d.pop("data_sets", UNSET))

        api_keys = d.pop("api_keys", UNSET)

        def _parse_run_ids(data: object) -> list[RunInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                run_ids_type_0 = []
                _run_ids_type_0 = data
                for run_ids_type_0_item_data in _run_ids_type_0:
                    run_ids_type_0_item = RunInfo.from_dict(run_ids_type_0_item_data)

                    run_ids_type_0.append(run_ids_type_0_item)

                return run_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunInfo] | None | Unset, data)

        run_ids = _parse_run_ids(d.pop("run_ids", UNSET))

        def _parse_copied_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id", UNSET))

        def _parse_flow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_type = _parse_flow_type(d.pop("flow_type", UNSET))

        def _parse_has_template(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_template = _parse_has_template(d.pop("has_template", UNSET))

        vendor_endpoint = d.pop("vendor_endpoint", UNSET)

        vendor = d.pop("vendor", UNSET)

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

        data_source = cls(
            id=id,
            name=name,
            status=status,
            source_type=source_type,
            connector_type=connector_type,
            description=description,
            owner=owner,
            org=org,
            access_roles=access_roles,
            managed=managed,
            auto_generated=auto_generated,
            connector=connector,
            ingest_method=ingest_method,
            source_format=source_format,
            source_config=source_config,
            poll_schedule=poll_schedule,
            code_container_id=code_container_id,
            data_credentials_id=data_credentials_id,
            data_credentials=data_credentials,
            data_sets=data_sets,
            api_keys=api_keys,
            run_ids=run_ids,
            copied_from_id=copied_from_id,
            flow_type=flow_type,
            has_template=has_template,
            vendor_endpoint=vendor_endpoint,
            vendor=vendor,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        data_source.additional_properties = d
        return data_source

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
