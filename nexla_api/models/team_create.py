# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_ref import TeamMemberRef


T = TypeVar("T", bound="TeamCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "members",
    }
)


@_attrs_define
class TeamCreate:
    """A new team."""

    name: str
    description: None | str | Unset = UNSET
    members: list[TeamMemberRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        description = self.description

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        members = src_dict.get("members", UNSET)
        if isinstance(members, list):
            try:
                members_type_0 = [TeamMemberRef.from_dict(item) for item in members]

                members = members_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("members", exc) from None

        team_create = cls(
            name,
            description,
            members,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            team_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return team_create

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


# Imported after the class so that models referring to each other load in any order.
from ..models.team_member_ref import TeamMemberRef  # noqa: E402
