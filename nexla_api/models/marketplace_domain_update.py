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
    from ..models.marketplace_custodian_ref import MarketplaceCustodianRef


T = TypeVar("T", bound="MarketplaceDomainUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "parent_id",
        "org_id",
        "owner_id",
        "custodians",
    }
)


@_attrs_define
class MarketplaceDomainUpdate:
    """Fields to change on a marketplace domain; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    custodians: list[MarketplaceCustodianRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        parent_id: int | None | Unset
        parent_id = self.parent_id

        org_id: int | None | Unset
        org_id = self.org_id

        owner_id: int | None | Unset
        owner_id = self.owner_id

        custodians: list[dict[str, Any]] | None | Unset
        if isinstance(self.custodians, list):
            custodians = []
            for custodians_type_0_item_data in self.custodians:
                custodians_type_0_item = custodians_type_0_item_data.to_dict()
                custodians.append(custodians_type_0_item)

        else:
            custodians = self.custodians

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if custodians is not UNSET:
            field_dict["custodians"] = custodians

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        parent_id = src_dict.get("parent_id", UNSET)

        org_id = src_dict.get("org_id", UNSET)

        owner_id = src_dict.get("owner_id", UNSET)

        custodians = src_dict.get("custodians", UNSET)
        if isinstance(custodians, list):
            try:
                custodians_type_0 = [
                    MarketplaceCustodianRef.from_dict(item) for item in custodians
                ]

                custodians = custodians_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("custodians", exc) from None

        marketplace_domain_update = cls(
            name,
            description,
            parent_id,
            org_id,
            owner_id,
            custodians,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            marketplace_domain_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return marketplace_domain_update

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
from ..models.marketplace_custodian_ref import MarketplaceCustodianRef  # noqa: E402
