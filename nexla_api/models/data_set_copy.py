# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetCopy")
_KNOWN_FIELDS = frozenset(
    {
        "copy_access_controls",
        "owner_id",
        "org_id",
    }
)


@_attrs_define
class DataSetCopy:
    """How to copy a nexset; every field is optional."""

    copy_access_controls: bool | None | Unset = UNSET
    """ Give the copy the original's accessors. """
    owner_id: int | None | Unset = UNSET
    """ User who will own the copy (the caller when left out). """
    org_id: int | None | Unset = UNSET
    """ Org the copy will belong to (the caller's when left out). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        copy_access_controls: bool | None | Unset
        copy_access_controls = self.copy_access_controls

        owner_id: int | None | Unset
        owner_id = self.owner_id

        org_id: int | None | Unset
        org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy_access_controls is not UNSET:
            field_dict["copy_access_controls"] = copy_access_controls
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        copy_access_controls = src_dict.get("copy_access_controls", UNSET)

        owner_id = src_dict.get("owner_id", UNSET)

        org_id = src_dict.get("org_id", UNSET)

        data_set_copy = cls(
            copy_access_controls,
            owner_id,
            org_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_set_copy.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_set_copy

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
