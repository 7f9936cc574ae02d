from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowHealth")


@_attrs_define
class FlowHealth:
    """Health of one flow and the counts of its latest run."""

    origin_node_id: int | None | Unset = UNSET
    health_status: None | str | Unset = UNSET
    """ For example `GREEN`, `YELLOW` or `RED`. """
    latest_error_count: int | None | Unset = UNSET
    latest_record_count: int | None | Unset = UNSET
    latest_run_id: int | None | Unset = UNSET
    error_summary: Any | Unset = UNSET
    """ What went wrong in the latest run, as the server reports it. """
    updated_at_epoch: int | None | Unset = UNSET
    """ When the entry was last updated, Unix epoch (unit not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_node_id: int | None | Unset
        if isinstance(self.origin_node_id, Unset):
            origin_node_id = UNSET
        else:
            origin_node_id = self.origin_node_id

        health_status: None | str | Unset
        if isinstance(self.health_status, Unset):
            health_status = UNSET
        else:
            health_status = self.health_status

        latest_error_count: int | None | Unset
        if isinstance(self.latest_error_count, Unset):
            latest_error_count = UNSET
        else:
            latest_error_count = self.latest_error_count

        latest_record_count: int | None | Unset
        if isinstance(self.latest_record_count, Unset):
            latest_record_count = UNSET
        else:
            latest_record_count = self.latest_record_count

        latest_run_id: int | None | Unset
        if isinstance(self.latest_run_id, Unset):
            latest_run_id = UNSET
        else:
            latest_run_id = self.latest_run_id

        error_summary = self.error_summary

        updated_at_epoch: int | None | Unset
        if isinstance(self.updated_at_epoch, Unset):
            updated_at_epoch = UNSET
        else:
            updated_at_epoch = self.updated_at_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if origin_node_id is not UNSET:
            field_dict["origin_node_id"] = origin_node_id
        if health_status is not UNSET:
            field_dict["healthStatus"] = health_status
        if latest_error_count is not UNSET:
            field_dict["latestErrorCount"] = latest_error_count
        if latest_record_count is not UNSET:
            field_dict["latestRecordCount"] = latest_record_count
        if latest_run_id is not UNSET:
            field_dict["latestRunId"] = latest_run_id
        if error_summary is not UNSET:
            field_dict["errorSummary"] = error_summary
        if updated_at_epoch is not UNSET:
            field_dict["updatedAtEpoch"] = updated_at_epoch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_origin_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        origin_node_id = _parse_origin_node_id(d.pop("origin_node_id", UNSET))

        def _parse_health_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_status = _parse_health_status(d.pop("healthStatus", UNSET))

        def _parse_latest_error_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_error_count = _parse_latest_error_count(d.pop("latestErrorCount", UNSET))

        def _parse_latest_record_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_record_count = _parse_latest_record_count(
            d.pop("latestRecordCount", UNSET)
        )

        def _parse_latest_run_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_run_id = _parse_latest_run_id(d.pop("latestRunId", UNSET))

        error_summary = d.pop("errorSummary", UNSET)

        def _parse_updated_at_epoch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at_epoch = _parse_updated_at_epoch(d.pop("updatedAtEpoch", UNSET))

        flow_health = cls(
            origin_node_id=origin_node_id,
            health_status=health_status,
            latest_error_count=latest_error_count,
            latest_record_count=latest_record_count,
            latest_run_id=latest_run_id,
            error_summary=error_summary,
            updated_at_epoch=updated_at_epoch,
        )

        flow_health.additional_properties = d
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
