from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_metrics_datasets_type_0 import DashboardMetricsDatasetsType0
    from ..models.dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0
    from ..models.dashboard_metrics_sources_type_0 import DashboardMetricsSourcesType0


T = TypeVar("T", bound="DashboardMetrics")


@_attrs_define
class DashboardMetrics:
    """Counters per resource kind, each keyed by resource id."""

    sources: DashboardMetricsSourcesType0 | None | Unset = UNSET
    datasets: DashboardMetricsDatasetsType0 | None | Unset = UNSET
    sinks: DashboardMetricsSinksType0 | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_metrics_datasets_type_0 import (
            DashboardMetricsDatasetsType0,  # noqa: PLC0415
        )
        from ..models.dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0  # noqa: PLC0415
        from ..models.dashboard_metrics_sources_type_0 import (
            DashboardMetricsSourcesType0,  # noqa: PLC0415
        )

        sources: dict[str, Any] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, DashboardMetricsSourcesType0):
            sources = self.sources.to_dict()
        else:
            sources = self.sources

        datasets: dict[str, Any] | None | Unset
        if isinstance(self.datasets, Unset):
            datasets = UNSET
        elif isinstance(self.datasets, DashboardMetricsDatasetsType0):
            datasets = self.datasets.to_dict()
        else:
            datasets = self.datasets

        sinks: dict[str, Any] | None | Unset
        if isinstance(self.sinks, Unset):
            sinks = UNSET
        elif isinstance(self.sinks, DashboardMetricsSinksType0):
            sinks = self.sinks.to_dict()
        else:
            sinks = self.sinks

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if sinks is not UNSET:
            field_dict["sinks"] = sinks
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_metrics_datasets_type_0 import (
            DashboardMetricsDatasetsType0,  # noqa: PLC0415
        )
        from ..models.dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0  # noqa: PLC0415
        from ..models.dashboard_metrics_sources_type_0 import (
            DashboardMetricsSourcesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_sources(data: object) -> DashboardMetricsSourcesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sources_type_0 = DashboardMetricsSourcesType0.from_dict(data)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardMetricsSourcesType0 | None | Unset, data)

        sources = _parse_sources(d.pop("sources", UNSET))

        def _parse_datasets(
            data: object,
        ) -> DashboardMetricsDatasetsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                datasets_type_0 = DashboardMetricsDatasetsType0.from_dict(data)

                return datasets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardMetricsDatasetsType0 | None | Unset, data)

        datasets = _parse_datasets(d.pop("datasets", UNSET))

        def _parse_sinks(data: object) -> DashboardMetricsSinksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sinks_type_0 = DashboardMetricsSinksType0.from_dict(data)

                return sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardMetricsSinksType0 | None | Unset, data)

        sinks = _parse_sinks(d.pop("sinks", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        dashboard_metrics = cls(
            sources=sources,
            datasets=datasets,
            sinks=sinks,
            start_time=start_time,
            end_time=end_time,
        )

        dashboard_metrics.additional_properties = d
        return dashboard_metrics

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
