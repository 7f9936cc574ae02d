# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.resource_status import ResourceStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.connector import Connector
    from ..models.data_credential import DataCredential
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.sink_data_map import SinkDataMap
    from ..models.sink_data_set import SinkDataSet


T = TypeVar("T", bound="DataSink")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "status",
        "sink_type",
        "template_config",
        "connector_type",
        "description",
        "owner",
        "org",
        "access_roles",
        "managed",
        "connector",
        "data_set_id",
        "data_set",
        "data_map_id",
        "data_map",
        "data_source_id",
        "data_credentials_id",
        "data_credentials",
        "sink_format",
        "sink_config",
        "sink_schedule",
        "in_memory",
        "copied_from_id",
        "flow_type",
        "has_template",
        "vendor_endpoint",
        "vendor",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class DataSink:
    """A destination as Nexla returns it."""

    id: int
    name: str
    status: ResourceStatus
    """ Lifecycle status of a source, nexset or destination. """
    sink_type: str
    template_config: Any = None
    """ Settings of a templatized connector (its vendor endpoint's template), when it is one. """
    connector_type: None | str = None
    description: None | str = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: list[AccessRole] | None = None
    managed: bool | None = None
    connector: Connector | None = None
    data_set_id: int | None = None
    data_set: None | SinkDataSet = None
    data_map_id: int | None = None
    data_map: None | SinkDataMap = None
    data_source_id: int | None = None
    data_credentials_id: int | None = None
    data_credentials: DataCredential | None = None
    sink_format: None | str = None
    """ Output format, for example `json`, `csv` or `parquet`. """
    sink_config: Any = None
    """ Connector-specific configuration. """
    sink_schedule: None | str = None
    in_memory: bool | None = None
    copied_from_id: int | None = None
    flow_type: None | str = None
    has_template: bool | None = None
    vendor_endpoint: Any = None
    vendor: Any = None
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

        status = self.status.value

        sink_type = self.sink_type

        template_config = self.template_config

        connector_type: None | str
        connector_type = self.connector_type

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

        data_set_id: int | None
        data_set_id = self.data_set_id

        data_set: dict[str, Any] | None
        if isinstance(self.data_set, SinkDataSet):
            data_set = self.data_set.to_dict()
        else:
            data_set = self.data_set

        data_map_id: int | None
        data_map_id = self.data_map_id

        data_map: dict[str, Any] | None
        if isinstance(self.data_map, SinkDataMap):
            data_map = self.data_map.to_dict()
        else:
            data_map = self.data_map

        data_source_id: int | None
        data_source_id = self.data_source_id

        data_credentials_id: int | None
        data_credentials_id = self.data_credentials_id

        data_credentials: dict[str, Any] | None
        if isinstance(self.data_credentials, DataCredential):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        sink_format: None | str
        sink_format = self.sink_format

        sink_config = self.sink_config

        sink_schedule: None | str
        sink_schedule = self.sink_schedule

        in_memory: bool | None
        in_memory = self.in_memory

        copied_from_id: int | None
        copied_from_id = self.copied_from_id

        flow_type: None | str
        flow_type = self.flow_type

        has_template: bool | None
        has_template = self.has_template

        vendor_endpoint = self.vendor_endpoint

        vendor = self.vendor

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
                "status": status,
                "sink_type": sink_type,
            }
        )
        if template_config is not None:
            field_dict["template_config"] = template_config
        if connector_type is not None:
            field_dict["connector_type"] = connector_type
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
        if data_set_id is not None:
            field_dict["data_set_id"] = data_set_id
        if data_set is not None:
            field_dict["data_set"] = data_set
        if data_map_id is not None:
            field_dict["data_map_id"] = data_map_id
        if data_map is not None:
            field_dict["data_map"] = data_map
        if data_source_id is not None:
            field_dict["data_source_id"] = data_source_id
        if data_credentials_id is not None:
            field_dict["data_credentials_id"] = data_credentials_id
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials
        if sink_format is not None:
            field_dict["sink_format"] = sink_format
        if sink_config is not None:
            field_dict["sink_config"] = sink_config
        if sink_schedule is not None:
            field_dict["sink_schedule"] = sink_schedule
        if in_memory is not None:
            field_dict["in_memory"] = in_memory
        if copied_from_id is not None:
            field_dict["copied_from_id"] = copied_from_id
        if flow_type is not None:
            field_dict["flow_type"] = flow_type
        if has_template is not None:
            field_dict["has_template"] = has_template
        if vendor_endpoint is not None:
            field_dict["vendor_endpoint"] = vendor_endpoint
        if vendor is not None:
            field_dict["vendor"] = vendor
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

        status = ResourceStatus.from_wire(src_dict["status"])

        sink_type = src_dict["sink_type"]

        template_config = src_dict.get("template_config")

        connector_type = src_dict.get("connector_type")

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

        data_set_id = src_dict.get("data_set_id")

        data_set = src_dict.get("data_set")
        if isinstance(data_set, dict):
            try:
                data_set_type_0 = SinkDataSet.from_dict(data_set)

                data_set = data_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_set", exc) from None

        data_map_id = src_dict.get("data_map_id")

        data_map = src_dict.get("data_map")
        if isinstance(data_map, dict):
            try:
                data_map_type_0 = SinkDataMap.from_dict(data_map)

                data_map = data_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_map", exc) from None

        data_source_id = src_dict.get("data_source_id")

        data_credentials_id = src_dict.get("data_credentials_id")

        data_credentials = src_dict.get("data_credentials")
        if isinstance(data_credentials, dict):
            try:
                data_credentials_type_0 = DataCredential.from_dict(data_credentials)

                data_credentials = data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_credentials", exc) from None

        sink_format = src_dict.get("sink_format")

        sink_config = src_dict.get("sink_config")

        sink_schedule = src_dict.get("sink_schedule")

        in_memory = src_dict.get("in_memory")

        copied_from_id = src_dict.get("copied_from_id")

        flow_type = src_dict.get("flow_type")

        has_template = src_dict.get("has_template")

        vendor_endpoint = src_dict.get("vendor_endpoint")

        vendor = src_dict.get("vendor")

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

        data_sink = cls(
            id,
            name,
            status,
            sink_type,
            template_config,
            connector_type,
            description,
            owner,
            org,
            access_roles,
            managed,
            connector,
            data_set_id,
            data_set,
            data_map_id,
            data_map,
            data_source_id,
            data_credentials_id,
            data_credentials,
            sink_format,
            sink_config,
            sink_schedule,
            in_memory,
            copied_from_id,
            flow_type,
            has_template,
            vendor_endpoint,
            vendor,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_sink.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_sink

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
from ..models.data_credential import DataCredential  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
from ..models.sink_data_map import SinkDataMap  # noqa: E402
from ..models.sink_data_set import SinkDataSet  # noqa: E402
