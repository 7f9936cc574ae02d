# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="RunMetricsMeta")
_KNOWN_FIELDS = frozenset(
    {
        "currentPage",
        "pageCount",
        "totalCount",
    }
)


@_attrs_define
class RunMetricsMeta:
    """Paging of a run summary."""

    current_page: int | None = None
    page_count: int | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        current_page: int | None
        current_page = self.current_page

        page_count: int | None
        page_count = self.page_count

        total_count: int | None
        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not None:
            field_dict["currentPage"] = current_page
        if page_count is not None:
            field_dict["pageCount"] = page_count
        if total_count is not None:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        current_page = src_dict.get("currentPage")

        page_count = src_dict.get("pageCount")

        total_count = src_dict.get("totalCount")

        run_metrics_meta = cls(
            current_page,
            page_count,
            total_count,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            run_metrics_meta.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return run_metrics_meta

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
