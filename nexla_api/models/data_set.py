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
    from ..models.data_set_brief import DataSetBrief
    from ..models.data_sink_brief import DataSinkBrief
    from ..models.data_source import DataSource
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="DataSet")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "status",
        "owner",
        "org",
        "access_roles",
        "flow_type",
        "version",
        "data_source_id",
        "data_source",
        "parent_data_sets",
        "data_sinks",
        "transform_id",
        "transform",
        "source_schema",
        "output_schema",
        "copied_from_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class DataSet:
    """A nexset as Nexla returns it."""

    id: int
    name: None | str = None
    description: None | str = None
    status: None | ResourceStatus = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: list[AccessRole] | None = None
    flow_type: None | str = None
    version: int | None = None
    data_source_id: int | None = None
    """ The source the nexset was discovered from; null for derived nexsets. """
    data_source: DataSource | None = None
    parent_data_sets: list[DataSetBrief] | None = None
    """ The nexsets this one is derived from. """
    data_sinks: list[DataSinkBrief] | None = None
    """ Destinations that write this nexset out. """
    transform_id: int | None = None
    transform: Any = None
    """ The transform the nexset applies (filled in with `expand=1`). """
    source_schema: Any = None
    """ Schema of the incoming records. """
    output_schema: Any = None
    """ Schema of the records the nexset emits. """
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

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        status: None | str
        if isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

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

        flow_type: None | str
        flow_type = self.flow_type

        version: int | None
        version = self.version

        data_source_id: int | None
        data_source_id = self.data_source_id

        data_source: dict[str, Any] | None
        if isinstance(self.data_source, DataSource):
            data_source = self.data_source.to_dict()
        else:
            data_source = self.data_source

        parent_data_sets: list[dict[str, Any]] | None
        if isinstance(self.parent_data_sets, list):
            parent_data_sets = []
            for parent_data_sets_type_0_item_data in self.parent_data_sets:
                parent_data_sets_type_0_item = (
                    parent_data_sets_type_0_item_data.to_dict()
                )
                parent_data_sets.append(parent_data_sets_type_0_item)

        else:
            parent_data_sets = self.parent_data_sets

        data_sinks: list[dict[str, Any]] | None
        if isinstance(self.data_sinks, list):
            data_sinks = []
            for data_sinks_type_0_item_data in self.data_sinks:
                data_sinks_type_0_item = data_sinks_type_0_item_data.to_dict()
                data_sinks.append(data_sinks_type_0_item)

        else:
            data_sinks = self.data_sinks

        transform_id: int | None
        transform_id = self.transform_id

        transform = self.transform

        source_schema = self.source_schema

        output_schema = self.output_schema

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
            }
        )
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if status is not None:
            field_dict["status"] = status
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if flow_type is not None:
            field_dict["flow_type"] = flow_type
        if version is not None:
            field_dict["version"] = version
        if data_source_id is not None:
            field_dict["data_source_id"] = data_source_id
        if data_source is not None:
            field_dict["data_source"] = data_source
        if parent_data_sets is not None:
            field_dict["parent_data_sets"] = parent_data_sets
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks
        if transform_id is not None:
            field_dict["transform_id"] = transform_id
        if transform is not None:
            field_dict["transform"] = transform
        if source_schema is not None:
            field_dict["source_schema"] = source_schema
        if output_schema is not None:
            field_dict["output_schema"] = output_schema
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

        name = src_dict.get("name")

        description = src_dict.get("description")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = ResourceStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

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

        flow_type = src_dict.get("flow_type")

        version = src_dict.get("version")

        data_source_id = src_dict.get("data_source_id")

        data_source = src_dict.get("data_source")
        if isinstance(data_source, dict):
            try:
                data_source_type_0 = DataSource.from_dict(data_source)

                data_source = data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_source", exc) from None

        parent_data_sets = src_dict.get("parent_data_sets")
        if isinstance(parent_data_sets, list):
            try:
                parent_data_sets_type_0 = [
                    DataSetBrief.from_dict(item) for item in parent_data_sets
                ]

                parent_data_sets = parent_data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("parent_data_sets", exc) from None

        data_sinks = src_dict.get("data_sinks")
        if isinstance(data_sinks, list):
            try:
                data_sinks_type_0 = [
                    DataSinkBrief.from_dict(item) for item in data_sinks
                ]

                data_sinks = data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sinks", exc) from None

        transform_id = src_dict.get("transform_id")

        transform = src_dict.get("transform")

        source_schema = src_dict.get("source_schema")

        output_schema = src_dict.get("output_schema")

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

        data_set = cls(
            id,
            name,
            description,
            status,
            owner,
            org,
            access_roles,
            flow_type,
            version,
            data_source_id,
            data_source,
            parent_data_sets,
            data_sinks,
            transform_id,
            transform,
            source_schema,
            output_schema,
            copied_from_id,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_set.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_set

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
from ..models.data_set_brief import DataSetBrief  # noqa: E402
from ..models.data_sink_brief import DataSinkBrief  # noqa: E402
from ..models.data_source import DataSource  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
