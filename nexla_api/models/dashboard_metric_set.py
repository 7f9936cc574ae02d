# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="DashboardMetricSet")
_KNOWN_FIELDS = frozenset(
    {
        "records",
        "size",
        "errors",
        "status",
    }
)


@_attrs_define
class DashboardMetricSet:
    """Counters of one resource."""

    records: int | None = None
    size: int | None = None
    """ Bytes processed. """
    errors: int | None = None
    status: None | str = None
    """ For example `OK`, `WARNING` or `ERROR`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records: int | None
        records = self.records

        size: int | None
        size = self.size

        errors: int | None
        errors = self.errors

        status: None | str
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records is not None:
            field_dict["records"] = records
        if size is not None:
            field_dict["size"] = size
        if errors is not None:
            field_dict["errors"] = errors
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        records = src_dict.get("records")

        size = src_dict.get("size")

        errors = src_dict.get("errors")

        status = src_dict.get("status")

        dashboard_metric_set = cls(
            records,
            size,
            errors,
            status,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            dashboard_metric_set.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return dashboard_metric_set

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
