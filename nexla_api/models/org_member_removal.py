# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMemberRemoval")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "email",
        "delegate_owner_id",
    }
)


@_attrs_define
class OrgMemberRemoval:
    """A member to remove, named by `id` or `email`."""

    id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    delegate_owner_id: int | None | Unset = UNSET
    """ User who takes over the resources the removed member owns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        id = self.id

        email: None | str | Unset
        email = self.email

        delegate_owner_id: int | None | Unset
        delegate_owner_id = self.delegate_owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if delegate_owner_id is not UNSET:
            field_dict["delegate_owner_id"] = delegate_owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        email = src_dict.get("email", UNSET)

        delegate_owner_id = src_dict.get("delegate_owner_id", UNSET)

        org_member_removal = cls(
            id,
            email,
            delegate_owner_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_member_removal.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_member_removal

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
