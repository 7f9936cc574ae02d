# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_membership_status import OrgMembershipStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="OrgMembership")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "is_admin?",
        "org_membership_status",
        "api_key",
    }
)


@_attrs_define
class OrgMembership:
    """A user's membership of one org. The admin flag's wire key is literally `is_admin?` (some replies use `isAdmin`, kept
    in the additional properties).

    """

    id: int
    """ Id of the org. """
    name: None | str = None
    """ Name of the org. """
    is_admin: bool | None = None
    """ Whether the user administers this org. """
    org_membership_status: None | OrgMembershipStatus = None
    api_key: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        is_admin: bool | None
        is_admin = self.is_admin

        org_membership_status: None | str
        if isinstance(self.org_membership_status, OrgMembershipStatus):
            org_membership_status = self.org_membership_status.value
        else:
            org_membership_status = self.org_membership_status

        api_key: None | str
        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not None:
            field_dict["name"] = name
        if is_admin is not None:
            field_dict["is_admin?"] = is_admin
        if org_membership_status is not None:
            field_dict["org_membership_status"] = org_membership_status
        if api_key is not None:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        is_admin = src_dict.get("is_admin?")

        org_membership_status = src_dict.get("org_membership_status")
        if isinstance(org_membership_status, str):
            try:
                org_membership_status_type_0 = OrgMembershipStatus.from_wire(
                    org_membership_status
                )

                org_membership_status = org_membership_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org_membership_status", exc) from None

        api_key = src_dict.get("api_key")

        org_membership = cls(
            id,
            name,
            is_admin,
            org_membership_status,
            api_key,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_membership.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_membership

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
