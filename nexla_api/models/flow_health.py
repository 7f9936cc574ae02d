# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowHealth")
_KNOWN_FIELDS = frozenset(
    {
        "origin_node_id",
        "healthStatus",
        "latestErrorCount",
        "latestRecordCount",
        "latestRunId",
        "errorSummary",
        "updatedAtEpoch",
    }
)


@_attrs_define
class FlowHealth:
    """Health of one flow and the counts of its latest run."""

    origin_node_id: int | None = None
    health_status: None | str = None
    """ For example `GREEN`, `YELLOW` or `RED`. """
    latest_error_count: int | None = None
    latest_record_count: int | None = None
    latest_run_id: int | None = None
    error_summary: Any = None
    """ What went wrong in the latest run, as the server reports it. """
    updated_at_epoch: int | None = None
    """ When the entry was last updated, Unix epoch (unit not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        origin_node_id: int | None
        origin_node_id = self.origin_node_id

        health_status: None | str
        health_status = self.health_status

        latest_error_count: int | None
        latest_error_count = self.latest_error_count

        latest_record_count: int | None
        latest_record_count = self.latest_record_count

        latest_run_id: int | None
        latest_run_id = self.latest_run_id

        error_summary = self.error_summary

        updated_at_epoch: int | None
        updated_at_epoch = self.updated_at_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if origin_node_id is not None:
            field_dict["origin_node_id"] = origin_node_id
        if health_status is not None:
            field_dict["healthStatus"] = health_status
        if latest_error_count is not None:
            field_dict["latestErrorCount"] = latest_error_count
        if latest_record_count is not None:
            field_dict["latestRecordCount"] = latest_record_count
        if latest_run_id is not None:
            field_dict["latestRunId"] = latest_run_id
        if error_summary is not None:
            field_dict["errorSummary"] = error_summary
        if updated_at_epoch is not None:
            field_dict["updatedAtEpoch"] = updated_at_epoch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        origin_node_id = src_dict.get("origin_node_id")

        health_status = src_dict.get("healthStatus")

        latest_error_count = src_dict.get("latestErrorCount")

        latest_record_count = src_dict.get("latestRecordCount")

        latest_run_id = src_dict.get("latestRunId")

        error_summary = src_dict.get("errorSummary")

        updated_at_epoch = src_dict.get("updatedAtEpoch")

        flow_health = cls(
            origin_node_id,
            health_status,
            latest_error_count,
            latest_record_count,
            latest_run_id,
            error_summary,
            updated_at_epoch,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_health.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_health

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
