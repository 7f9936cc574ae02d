# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.account_summary_kind import AccountSummaryKind


T = TypeVar("T", bound="AccountSummary")
_KNOWN_FIELDS = frozenset(
    {
        "data_sources",
        "data_sets",
        "data_sinks",
        "data_maps",
    }
)


@_attrs_define
class AccountSummary:
    """How many resources of each kind a user has, as counters per kind (filled in with `expand=1`)."""

    data_sources: AccountSummaryKind | None = None
    data_sets: AccountSummaryKind | None = None
    data_sinks: AccountSummaryKind | None = None
    data_maps: AccountSummaryKind | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data_sources: dict[str, Any] | None
        if isinstance(self.data_sources, AccountSummaryKind):
            data_sources = self.data_sources.to_dict()
        else:
            data_sources = self.data_sources

        data_sets: dict[str, Any] | None
        if isinstance(self.data_sets, AccountSummaryKind):
            data_sets = self.data_sets.to_dict()
        else:
            data_sets = self.data_sets

        data_sinks: dict[str, Any] | None
        if isinstance(self.data_sinks, AccountSummaryKind):
            data_sinks = self.data_sinks.to_dict()
        else:
            data_sinks = self.data_sinks

        data_maps: dict[str, Any] | None
        if isinstance(self.data_maps, AccountSummaryKind):
            data_maps = self.data_maps.to_dict()
        else:
            data_maps = self.data_maps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_sources is not None:
            field_dict["data_sources"] = data_sources
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks
        if data_maps is not None:
            field_dict["data_maps"] = data_maps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_sources = src_dict.get("data_sources")
        if isinstance(data_sources, dict):
            try:
                data_sources_type_0 = AccountSummaryKind.from_dict(data_sources)

                data_sources = data_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sources", exc) from None

        data_sets = src_dict.get("data_sets")
        if isinstance(data_sets, dict):
            try:
                data_sets_type_0 = AccountSummaryKind.from_dict(data_sets)

                data_sets = data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sets", exc) from None

        data_sinks = src_dict.get("data_sinks")
        if isinstance(data_sinks, dict):
            try:
                data_sinks_type_0 = AccountSummaryKind.from_dict(data_sinks)

                data_sinks = data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sinks", exc) from None

        data_maps = src_dict.get("data_maps")
        if isinstance(data_maps, dict):
            try:
                data_maps_type_0 = AccountSummaryKind.from_dict(data_maps)

                data_maps = data_maps_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_maps", exc) from None

        account_summary = cls(
            data_sources,
            data_sets,
            data_sinks,
            data_maps,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_summary.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return account_summary

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
from ..models.account_summary_kind import AccountSummaryKind  # noqa: E402
