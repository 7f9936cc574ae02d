# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowLogsMeta")
_KNOWN_FIELDS = frozenset(
    {
        "org_id",
        "run_id",
        "current_page",
        "pages_count",
        "total_count",
    }
)


@_attrs_define
class FlowLogsMeta:
    """Paging of a run's logs."""

    org_id: int | None = None
    run_id: int | None = None
    current_page: int | None = None
    pages_count: int | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        org_id: int | None
        org_id = self.org_id

        run_id: int | None
        run_id = self.run_id

        current_page: int | None
        current_page = self.current_page

        pages_count: int | None
        pages_count = self.pages_count

        total_count: int | None
        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not None:
            field_dict["org_id"] = org_id
        if run_id is not None:
            field_dict["run_id"] = run_id
        if current_page is not None:
            field_dict["current_page"] = current_page
        if pages_count is not None:
            field_dict["pages_count"] = pages_count
        if total_count is not None:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        org_id = src_dict.get("org_id")

        run_id = src_dict.get("run_id")

        current_page = src_dict.get("current_page")

        pages_count = src_dict.get("pages_count")

        total_count = src_dict.get("total_count")

        flow_logs_meta = cls(
            org_id,
            run_id,
            current_page,
            pages_count,
            total_count,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_logs_meta.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_logs_meta

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
