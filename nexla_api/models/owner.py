# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="Owner")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "full_name",
        "email",
        "email_verified_at",
    }
)


@_attrs_define
class Owner:
    """The user who owns a resource."""

    id: int
    full_name: None | str = None
    email: None | str = None
    email_verified_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name: None | str
        full_name = self.full_name

        email: None | str
        email = self.email

        email_verified_at: None | str
        if isinstance(self.email_verified_at, datetime.datetime):
            email_verified_at = self.email_verified_at.isoformat()
        else:
            email_verified_at = self.email_verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if full_name is not None:
            field_dict["full_name"] = full_name
        if email is not None:
            field_dict["email"] = email
        if email_verified_at is not None:
            field_dict["email_verified_at"] = email_verified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        full_name = src_dict.get("full_name")

        email = src_dict.get("email")

        email_verified_at = src_dict.get("email_verified_at")
        if isinstance(email_verified_at, str):
            try:
                email_verified_at_type_0 = datetime.datetime.fromisoformat(
                    email_verified_at
                )

                email_verified_at = email_verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("email_verified_at", exc) from None

        owner = cls(
            id,
            full_name,
            email,
            email_verified_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            owner.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return owner

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
