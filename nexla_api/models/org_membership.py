from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_membership_status import OrgMembershipStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgMembership")


@_attrs_define
class OrgMembership:
    """A user's membership of one org. The admin flag's wire key is literally `is_admin?` (some replies use `isAdmin`, kept
    in the additional properties).

    """

    id: int
    """ Id of the org. """
    name: None | str | Unset = UNSET
    """ Name of the org. """
    is_admin: bool | None | Unset = UNSET
    """ Whether the user administers this org. """
    org_membership_status: None | OrgMembershipStatus | Unset = UNSET
    api_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        org_membership_status: None | str | Unset
        if isinstance(self.org_membership_status, Unset):
            org_membership_status = UNSET
        elif isinstance(self.org_membership_status, OrgMembershipStatus):
            org_membership_status = self.org_membership_status.value
        else:
            org_membership_status = self.org_membership_status

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_admin is not UNSET:
            field_dict["is_admin?"] = is_admin
        if org_membership_status is not UNSET:
            field_dict["org_membership_status"] = org_membership_status
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_is_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_admin = _parse_is_admin(d.pop("is_admin?", UNSET))

        def _parse_org_membership_status(
            data: object,
        ) -> None | OrgMembershipStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_membership_status_type_0 = OrgMembershipStatus(data)

                return org_membership_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgMembershipStatus | Unset, data)

        org_membership_status = _parse_org_membership_status(
            d.pop("org_membership_status", UNSET)
        )

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        org_membership = cls(
            id=id,
            name=name,
            is_admin=is_admin,
            org_membership_status=org_membership_status,
            api_key=api_key,
        )

        org_membership.additional_properties = d
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
