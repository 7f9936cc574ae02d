# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.dashboard_metrics_datasets_type_0 import DashboardMetricsDatasetsType0
    from ..models.dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0
    from ..models.dashboard_metrics_sources_type_0 import DashboardMetricsSourcesType0


T = TypeVar("T", bound="DashboardMetrics")
_KNOWN_FIELDS = frozenset(
    {
        "sources",
        "datasets",
        "sinks",
        "start_time",
        "end_time",
    }
)


@_attrs_define
class DashboardMetrics:
    """Counters per resource kind, each keyed by resource id."""

    sources: DashboardMetricsSourcesType0 | None = None
    datasets: DashboardMetricsDatasetsType0 | None = None
    sinks: DashboardMetricsSinksType0 | None = None
    start_time: datetime.datetime | None = None
    end_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sources: dict[str, Any] | None
        if isinstance(self.sources, DashboardMetricsSourcesType0):
            sources = self.sources.to_dict()
        else:
            sources = self.sources

        datasets: dict[str, Any] | None
        if isinstance(self.datasets, DashboardMetricsDatasetsType0):
            datasets = self.datasets.to_dict()
        else:
            datasets = self.datasets

        sinks: dict[str, Any] | None
        if isinstance(self.sinks, DashboardMetricsSinksType0):
            sinks = self.sinks.to_dict()
        else:
            sinks = self.sinks

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not None:
            field_dict["sources"] = sources
        if datasets is not None:
            field_dict["datasets"] = datasets
        if sinks is not None:
            field_dict["sinks"] = sinks
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sources = src_dict.get("sources")
        if isinstance(sources, dict):
            try:
                sources_type_0 = DashboardMetricsSourcesType0.from_dict(sources)

                sources = sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("sources", exc) from None

        datasets = src_dict.get("datasets")
        if isinstance(datasets, dict):
            try:
                datasets_type_0 = DashboardMetricsDatasetsType0.from_dict(datasets)

                datasets = datasets_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("datasets", exc) from None

        sinks = src_dict.get("sinks")
        if isinstance(sinks, dict):
            try:
                sinks_type_0 = DashboardMetricsSinksType0.from_dict(sinks)

                sinks = sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("sinks", exc) from None

        start_time = src_dict.get("start_time")
        if isinstance(start_time, str):
            try:
                start_time_type_0 = datetime.datetime.fromisoformat(start_time)

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("start_time", exc) from None

        end_time = src_dict.get("end_time")
        if isinstance(end_time, str):
            try:
                end_time_type_0 = datetime.datetime.fromisoformat(end_time)

                end_time = end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("end_time", exc) from None

        dashboard_metrics = cls(
            sources,
            datasets,
            sinks,
            start_time,
            end_time,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            dashboard_metrics.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.dashboard_metrics_datasets_type_0 import DashboardMetricsDatasetsType0  # noqa: E402
from ..models.dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0  # noqa: E402
from ..models.dashboard_metrics_sources_type_0 import DashboardMetricsSourcesType0  # noqa: E402
