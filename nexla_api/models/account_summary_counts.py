# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

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

    total: int | None = None
    owner: int | None = None
    """ Resources the user owns. """
    collaborator: int | None = None
    """ Resources shared with the user. """
    active: int | None = None
    paused: int | None = None
    draft: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total: int | None
        total = self.total

        owner: int | None
        owner = self.owner

        collaborator: int | None
        collaborator = self.collaborator

        active: int | None
        active = self.active

        paused: int | None
        paused = self.paused

        draft: int | None
        draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not None:
            field_dict["total"] = total
        if owner is not None:
            field_dict["owner"] = owner
        if collaborator is not None:
            field_dict["collaborator"] = collaborator
        if active is not None:
            field_dict["active"] = active
        if paused is not None:
            field_dict["paused"] = paused
        if draft is not None:
            field_dict["draft"] = draft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict.get("total")

        owner = src_dict.get("owner")

        collaborator = src_dict.get("collaborator")

        active = src_dict.get("active")

        paused = src_dict.get("paused")

        draft = src_dict.get("draft")

        account_summary_counts = cls(
            total,
            owner,
            collaborator,
            active,
            paused,
            draft,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_summary_counts.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
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
