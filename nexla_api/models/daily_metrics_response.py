# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.daily_metric import DailyMetric


T = TypeVar("T", bound="DailyMetricsResponse")
_KNOWN_FIELDS = frozenset(
    {
        "metrics",
        "status",
    }
)


@_attrs_define
class DailyMetricsResponse:
    """Daily counters of a resource."""

    metrics: list[DailyMetric]
    status: int | None = None
    """ HTTP-like status code echoed in the body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        status: int | None
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        metrics = [DailyMetric.from_dict(item) for item in src_dict["metrics"]]

        status = src_dict.get("status")

        daily_metrics_response = cls(
            metrics,
            status,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            daily_metrics_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return daily_metrics_response

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
from ..models.daily_metric import DailyMetric  # noqa: E402
