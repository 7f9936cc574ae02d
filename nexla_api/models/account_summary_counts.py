# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryCounts")
_KNOWN_FIELDS = frozenset(
    {
        "total",
        "owner",
        "collaborator",
        "active",
        "paused",
        "draft",
    }
)


@_attrs_define
class AccountSummaryCounts:
    """Resource counts, by ownership and by status. Kinds without a status omit the status counts."""

    total: int | None | Unset = UNSET
    owner: int | None | Unset = UNSET
    """ Resources the user owns. """
    collaborator: int | None | Unset = UNSET
    """ Resources shared with the user. """
    active: int | None | Unset = UNSET
    paused: int | None | Unset = UNSET
    draft: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        total = self.total

        owner: int | None | Unset
        owner = self.owner

        collaborator: int | None | Unset
        collaborator = self.collaborator

        active: int | None | Unset
        active = self.active

        paused: int | None | Unset
        paused = self.paused

        draft: int | None | Unset
        draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if owner is not UNSET:
            field_dict["owner"] = owner
        if collaborator is not UNSET:
            field_dict["collaborator"] = collaborator
        if active is not UNSET:
            field_dict["active"] = active
        if paused is not UNSET:
            field_dict["paused"] = paused
        if draft is not UNSET:
            field_dict["draft"] = draft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict.get("total", UNSET)

        owner = src_dict.get("owner", UNSET)

        collaborator = src_dict.get("collaborator", UNSET)

        active = src_dict.get("active", UNSET)

        paused = src_dict.get("paused", UNSET)

        draft = src_dict.get("draft", UNSET)

        account_summary_counts = cls(
            total=total,
            owner=owner,
            collaborator=collaborator,
            active=active,
            paused=paused,
            draft=draft,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_summary_counts.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_FIELDS
            }
        return account_summary_counts

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
