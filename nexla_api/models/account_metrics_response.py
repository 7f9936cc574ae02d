# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.account_metric import AccountMetric


T = TypeVar("T", bound="AccountMetricsResponse")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "metrics",
    }
)


@_attrs_define
class AccountMetricsResponse:
    """Account-wide totals."""

    status: int | None = None
    metrics: list[AccountMetric] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: int | None
        status = self.status

        metrics: list[dict[str, Any]] | None
        if isinstance(self.metrics, list):
            metrics = []
            for metrics_type_0_item_data in self.metrics:
                metrics_type_0_item = metrics_type_0_item_data.to_dict()
                metrics.append(metrics_type_0_item)

        else:
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if metrics is not None:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        metrics = src_dict.get("metrics")
        if isinstance(metrics, list):
            try:
                metrics_type_0 = [AccountMetric.from_dict(item) for item in metrics]

                metrics = metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("metrics", exc) from None

        account_metrics_response = cls(
            status,
            metrics,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_metrics_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return account_metrics_response

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
from ..models.account_metric import AccountMetric  # noqa: E402
