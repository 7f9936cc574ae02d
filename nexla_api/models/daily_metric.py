# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="DailyMetric")
_KNOWN_FIELDS = frozenset(
    {
        "time",
        "records",
        "size",
        "errors",
    }
)


@_attrs_define
class DailyMetric:
    """Counters of one day."""

    time: datetime.date | None = None
    """ The day, `YYYY-MM-DD`. """
    records: int | None = None
    size: int | None = None
    """ Bytes processed. """
    errors: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time: None | str
        if isinstance(self.time, datetime.date):
            time = self.time.isoformat()
        else:
            time = self.time

        records: int | None
        records = self.records

        size: int | None
        size = self.size

        errors: int | None
        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not None:
            field_dict["time"] = time
        if records is not None:
            field_dict["records"] = records
        if size is not None:
            field_dict["size"] = size
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        time = src_dict.get("time")
        if isinstance(time, str):
            try:
                time_type_0 = datetime.date.fromisoformat(time)

                time = time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("time", exc) from None

        records = src_dict.get("records")

        size = src_dict.get("size")

        errors = src_dict.get("errors")

        daily_metric = cls(
            time,
            records,
            size,
            errors,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            daily_metric.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return daily_metric

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
