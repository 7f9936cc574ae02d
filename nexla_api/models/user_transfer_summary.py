from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTransferSummary")


@_attrs_define
class UserTransferSummary:
    """Who gave resources to whom, in which org."""

    previous_owner_id: int | None | Unset = UNSET
    new_owner_id: int | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_owner_id: int | None | Unset
        if isinstance(self.previous_owner_id, Unset):
            previous_owner_id = UNSET
        else:
            previous_owner_id = self.previous_owner_id

        new_owner_id: int | None | Unset
        if isinstance(self.new_owner_id, Unset):
            new_owner_id = UNSET
        else:
            new_owner_id = self.new_owner_id

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_owner_id is not UNSET:
            field_dict["previous_owner_id"] = previous_owner_id
        if new_owner_id is not UNSET:
            field_dict["new_owner_id"] = new_owner_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_previous_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        previous_owner_id = _parse_previous_owner_id(d.pop("previous_owner_id", UNSET))

        def _parse_new_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_owner_id = _parse_new_owner_id(d.pop("new_owner_id", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        user_transfer_summary = cls(
            previous_owner_id=previous_owner_id,
            new_owner_id=new_owner_id,
            org_id=org_id,
        )

        user_transfer_summary.additional_properties = d
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
