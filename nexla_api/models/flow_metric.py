from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowMetric")


@_attrs_define
class FlowMetric:
    """Counters of one run of a flow."""

    origin_node_id: int
    run_id: int | None | Unset = UNSET
    records: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    """ Bytes processed. """
    errors: int | None | Unset = UNSET
    reporting_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_node_id = self.origin_node_id

        run_id: int | None | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        records: int | None | Unset
        if isinstance(self.records, Unset):
            records = UNSET
        else:
            records = self.records

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        errors: int | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        reporting_date: None | str | Unset
        if isinstance(self.reporting_date, Unset):
            reporting_date = UNSET
        elif isinstance(self.reporting_date, datetime.datetime):
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
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if records is not UNSET:
            field_dict["records"] = records
        if size is not UNSET:
            field_dict["size"] = size
        if errors is not UNSET:
            field_dict["errors"] = errors
        if reporting_date is not UNSET:
            field_dict["reporting_date"] = reporting_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin_node_id = d.pop("origin_node_id")

        def _parse_run_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        records = _parse_records(d.pop("records", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_errors(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_reporting_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reporting_date_type_0 = datetime.datetime.fromisoformat(data)

                return reporting_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reporting_date = _parse_reporting_date(d.pop("reporting_date", UNSET))

        flow_metric = cls(
            origin_node_id=origin_node_id,
            run_id=run_id,
            records=records,
            size=size,
            errors=errors,
            reporting_date=reporting_date,
        )

        flow_metric.additional_properties = d
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
