# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.dashboard_metric_set import DashboardMetricSet


T = TypeVar("T", bound="DashboardMetricsSinksType0")


@_attrs_define
class DashboardMetricsSinksType0:
    additional_properties: dict[str, DashboardMetricSet] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dashboard_metrics_sinks_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = DashboardMetricSet.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        dashboard_metrics_sinks_type_0.additional_properties = additional_properties
        return dashboard_metrics_sinks_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DashboardMetricSet:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DashboardMetricSet) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other load in any order.
from ..models.dashboard_metric_set import DashboardMetricSet  # noqa: E402
