# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.run_metric import RunMetric
    from ..models.run_metrics_meta import RunMetricsMeta


T = TypeVar("T", bound="RunMetricsPage")
_KNOWN_FIELDS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class RunMetricsPage:
    """One page of per-run counters."""

    data: list[RunMetric] | None = None
    meta: None | RunMetricsMeta = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        meta: dict[str, Any] | None
        if isinstance(self.meta, RunMetricsMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not None:
            field_dict["data"] = data
        if meta is not None:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = [RunMetric.from_dict(item) for item in data]

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data", exc) from None

        meta = src_dict.get("meta")
        if isinstance(meta, dict):
            try:
                meta_type_0 = RunMetricsMeta.from_dict(meta)

                meta = meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("meta", exc) from None

        run_metrics_page = cls(
            data,
            meta,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            run_metrics_page.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return run_metrics_page

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
from ..models.run_metric import RunMetric  # noqa: E402
from ..models.run_metrics_meta import RunMetricsMeta  # noqa: E402
