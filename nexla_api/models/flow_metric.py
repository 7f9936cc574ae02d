# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowMetric")
_KNOWN_FIELDS = frozenset(
    {
        "origin_node_id",
        "run_id",
        "records",
        "size",
        "errors",
        "reporting_date",
    }
)


@_attrs_define
class FlowMetric:
    """Counters of one run of a flow."""

    origin_node_id: int
    run_id: int | None = None
    records: int | None = None
    size: int | None = None
    """ Bytes processed. """
    errors: int | None = None
    reporting_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        origin_node_id = self.origin_node_id

        run_id: int | None
        run_id = self.run_id

        records: int | None
        records = self.records

        size: int | None
        size = self.size

        errors: int | None
        errors = self.errors

        reporting_date: None | str
        if isinstance(self.reporting_date, datetime.datetime):
            reporting_date = self.reporting_date.isoformat()
        else:
            reporting_date = self.reporting_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin_node_id": origin_node_id,
            }
        )
        if run_id is not None:
            field_dict["run_id"] = run_id
        if records is not None:
            field_dict["records"] = records
        if size is not None:
            field_dict["size"] = size
        if errors is not None:
            field_dict["errors"] = errors
        if reporting_date is not None:
            field_dict["reporting_date"] = reporting_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        origin_node_id = src_dict["origin_node_id"]

        run_id = src_dict.get("run_id")

        records = src_dict.get("records")

        size = src_dict.get("size")

        errors = src_dict.get("errors")

        reporting_date = src_dict.get("reporting_date")
        if isinstance(reporting_date, str):
            try:
                reporting_date_type_0 = datetime.datetime.fromisoformat(reporting_date)

                reporting_date = reporting_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("reporting_date", exc) from None

        flow_metric = cls(
            origin_node_id,
            run_id,
            records,
            size,
            errors,
            reporting_date,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_metric.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_metric

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
