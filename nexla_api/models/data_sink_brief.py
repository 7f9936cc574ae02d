# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_status import ResourceStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="DataSinkBrief")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "owner_id",
        "org_id",
        "name",
        "status",
        "sink_type",
    }
)


@_attrs_define
class DataSinkBrief:
    """A destination as listed on the nexset it writes."""

    id: int
    owner_id: int | None = None
    org_id: int | None = None
    name: None | str = None
    status: None | ResourceStatus = None
    sink_type: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id: int | None
        owner_id = self.owner_id

        org_id: int | None
        org_id = self.org_id

        name: None | str
        name = self.name

        status: None | str
        if isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        sink_type: None | str
        sink_type = self.sink_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if sink_type is not None:
            field_dict["sink_type"] = sink_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        owner_id = src_dict.get("owner_id")

        org_id = src_dict.get("org_id")

        name = src_dict.get("name")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = ResourceStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        sink_type = src_dict.get("sink_type")

        data_sink_brief = cls(
            id,
            owner_id,
            org_id,
            name,
            status,
            sink_type,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_sink_brief.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_sink_brief

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
