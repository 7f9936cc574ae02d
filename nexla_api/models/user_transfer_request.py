# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET

T = TypeVar("T", bound="UserTransferRequest")
_KNOWN_FIELDS = frozenset(
    {
        "org_id",
        "delegate_owner_id",
    }
)


@_attrs_define
class UserTransferRequest:
    """Whose resources go where."""

    org_id: int
    """ The org whose resources to transfer. """
    delegate_owner_id: int
    """ The user who becomes their owner. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        delegate_owner_id = self.delegate_owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "delegate_owner_id": delegate_owner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        org_id = src_dict["org_id"]

        delegate_owner_id = src_dict["delegate_owner_id"]

        user_transfer_request = cls(
            org_id,
            delegate_owner_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            user_transfer_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return user_transfer_request

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
