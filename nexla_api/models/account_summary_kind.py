# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.account_summary_counts import AccountSummaryCounts


T = TypeVar("T", bound="AccountSummaryKind")
_KNOWN_FIELDS = frozenset(
    {
        "counts",
    }
)


@_attrs_define
class AccountSummaryKind:
    """The counters of one kind of resource."""

    counts: AccountSummaryCounts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, Any] | None
        if isinstance(self.counts, AccountSummaryCounts):
            counts = self.counts.to_dict()
        else:
            counts = self.counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if counts is not None:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        counts = src_dict.get("counts")
        if isinstance(counts, dict):
            try:
                counts_type_0 = AccountSummaryCounts.from_dict(counts)

                counts = counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("counts", exc) from None

        account_summary_kind = cls(
            counts,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            account_summary_kind.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return account_summary_kind

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
from ..models.account_summary_counts import AccountSummaryCounts  # noqa: E402
