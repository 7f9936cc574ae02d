# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowMetricsSummary")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "metrics",
    }
)


@_attrs_define
class FlowMetricsSummary:
    """Flow counters summed over a period."""

    status: int | None = None
    message: None | str = None
    metrics: Any = None
    """ The counters, as the server reports them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: int | None
        status = self.status

        message: None | str
        message = self.message

        metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if metrics is not None:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        metrics = src_dict.get("metrics")

        flow_metrics_summary = cls(
            status,
            message,
            metrics,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_metrics_summary.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_metrics_summary

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
