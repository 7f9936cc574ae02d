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
    from ..models.account_metric_data import AccountMetricData


T = TypeVar("T", bound="AccountMetric")
_KNOWN_FIELDS = frozenset(
    {
        "data",
        "start_time",
        "end_time",
    }
)


@_attrs_define
class AccountMetric:
    """Totals over one time span."""

    data: AccountMetricData | None = None
    start_time: datetime.datetime | None = None
    end_time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None
        if isinstance(self.data, AccountMetricData):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if data is not None:
            field_dict["data"] = data
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = src_dict.get("data")
        if isinstance(data, dict):
            try:
                data_type_0 = AccountMetricData.from_dict(data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data", exc) from None

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

        account_metric = cls(
            data,
            start_time,
            end_time,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_metric.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return account_metric

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
from ..models.account_metric_data import AccountMetricData  # noqa: E402
