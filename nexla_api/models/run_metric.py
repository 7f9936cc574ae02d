# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="RunMetric")
_KNOWN_FIELDS = frozenset(
    {
        "runId",
        "lastWritten",
        "dataSetId",
        "records",
        "size",
        "errors",
    }
)


@_attrs_define
class RunMetric:
    """Counters of one run (or one write time) of a resource."""

    run_id: int | None = None
    last_written: int | None = None
    """ When the group was last written, Unix epoch milliseconds. """
    data_set_id: int | None = None
    records: int | None = None
    size: int | None = None
    """ Bytes processed. """
    errors: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        run_id: int | None
        run_id = self.run_id

        last_written: int | None
        last_written = self.last_written

        data_set_id: int | None
        data_set_id = self.data_set_id

        records: int | None
        records = self.records

        size: int | None
        size = self.size

        errors: int | None
        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not None:
            field_dict["runId"] = run_id
        if last_written is not None:
            field_dict["lastWritten"] = last_written
        if data_set_id is not None:
            field_dict["dataSetId"] = data_set_id
        if records is not None:
            field_dict["records"] = records
        if size is not None:
            field_dict["size"] = size
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run_id = src_dict.get("runId")

        last_written = src_dict.get("lastWritten")

        data_set_id = src_dict.get("dataSetId")

        records = src_dict.get("records")

        size = src_dict.get("size")

        errors = src_dict.get("errors")

        run_metric = cls(
            run_id,
            last_written,
            data_set_id,
            records,
            size,
            errors,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            run_metric.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return run_metric

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
