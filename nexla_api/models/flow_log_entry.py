# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowLogEntry")
_KNOWN_FIELDS = frozenset(
    {
        "timestamp",
        "log",
        "log_type",
        "severity",
        "resource_id",
        "resource_type",
        "run_id",
        "details",
    }
)


@_attrs_define
class FlowLogEntry:
    """One log line or event of a run."""

    timestamp: int | None = None
    """ Unix epoch milliseconds. """
    log: None | str = None
    """ The message text. """
    log_type: None | str = None
    """ Kind of entry, for example `LOG`, `EVENT` or `SUMMARY`. """
    severity: None | str = None
    """ For example `INFO`, `WARNING` or `ERROR`. """
    resource_id: int | None = None
    resource_type: None | str = None
    """ Kind of resource that wrote the entry, `SOURCE`, `DATASET` or `SINK`. """
    run_id: int | None = None
    details: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | None
        timestamp = self.timestamp

        log: None | str
        log = self.log

        log_type: None | str
        log_type = self.log_type

        severity: None | str
        severity = self.severity

        resource_id: int | None
        resource_id = self.resource_id

        resource_type: None | str
        resource_type = self.resource_type

        run_id: int | None
        run_id = self.run_id

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if log is not None:
            field_dict["log"] = log
        if log_type is not None:
            field_dict["log_type"] = log_type
        if severity is not None:
            field_dict["severity"] = severity
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if run_id is not None:
            field_dict["run_id"] = run_id
        if details is not None:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        timestamp = src_dict.get("timestamp")

        log = src_dict.get("log")

        log_type = src_dict.get("log_type")

        severity = src_dict.get("severity")

        resource_id = src_dict.get("resource_id")

        resource_type = src_dict.get("resource_type")

        run_id = src_dict.get("run_id")

        details = src_dict.get("details")

        flow_log_entry = cls(
            timestamp,
            log,
            log_type,
            severity,
            resource_id,
            resource_type,
            run_id,
            details,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_log_entry.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_log_entry

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
