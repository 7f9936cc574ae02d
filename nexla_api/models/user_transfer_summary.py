# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="UserTransferSummary")
_KNOWN_FIELDS = frozenset(
    {
        "previous_owner_id",
        "new_owner_id",
        "org_id",
    }
)


@_attrs_define
class UserTransferSummary:
    """Who gave resources to whom, in which org."""

    previous_owner_id: int | None = None
    new_owner_id: int | None = None
    org_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        previous_owner_id: int | None
        previous_owner_id = self.previous_owner_id

        new_owner_id: int | None
        new_owner_id = self.new_owner_id

        org_id: int | None
        org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_owner_id is not None:
            field_dict["previous_owner_id"] = previous_owner_id
        if new_owner_id is not None:
            field_dict["new_owner_id"] = new_owner_id
        if org_id is not None:
            field_dict["org_id"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        previous_owner_id = src_dict.get("previous_owner_id")

        new_owner_id = src_dict.get("new_owner_id")

        org_id = src_dict.get("org_id")

        user_transfer_summary = cls(
            previous_owner_id,
            new_owner_id,
            org_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            user_transfer_summary.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return user_transfer_summary

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
