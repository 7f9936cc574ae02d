# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.self_signup_status import SelfSignupStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="SelfSignupRequest")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "status",
        "email",
        "full_name",
        "invite_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class SelfSignupRequest:
    """A sign-up request as administrators see it."""

    id: int
    status: None | SelfSignupStatus = None
    email: None | str = None
    full_name: None | str = None
    invite_id: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str
        if isinstance(self.status, SelfSignupStatus):
            status = self.status.value
        else:
            status = self.status

        email: None | str
        email = self.email

        full_name: None | str
        full_name = self.full_name

        invite_id: int | None
        invite_id = self.invite_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not None:
            field_dict["status"] = status
        if email is not None:
            field_dict["email"] = email
        if full_name is not None:
            field_dict["full_name"] = full_name
        if invite_id is not None:
            field_dict["invite_id"] = invite_id
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = SelfSignupStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        email = src_dict.get("email")

        full_name = src_dict.get("full_name")

        invite_id = src_dict.get("invite_id")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        self_signup_request = cls(
            id,
            status,
            email,
            full_name,
            invite_id,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            self_signup_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return self_signup_request

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
