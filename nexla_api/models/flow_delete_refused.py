# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowDeleteRefused")
_KNOWN_FIELDS = frozenset(
    {
        "message",
        "data_sources",
        "data_sets",
        "data_sinks",
    }
)


@_attrs_define
class FlowDeleteRefused:
    """Why a flow could not be deleted: `message`, and the active resources of the flow that block it, as lists of their
    ids per resource kind.

    """

    message: None | str = None
    data_sources: list[int] | None = None
    data_sets: list[int] | None = None
    data_sinks: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message: None | str
        message = self.message

        data_sources: list[int] | None
        if isinstance(self.data_sources, list):
            data_sources = self.data_sources

        else:
            data_sources = self.data_sources

        data_sets: list[int] | None
        if isinstance(self.data_sets, list):
            data_sets = self.data_sets

        else:
            data_sets = self.data_sets

        data_sinks: list[int] | None
        if isinstance(self.data_sinks, list):
            data_sinks = self.data_sinks

        else:
            data_sinks = self.data_sinks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not None:
            field_dict["message"] = message
        if data_sources is not None:
            field_dict["data_sources"] = data_sources
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict.get("message")

        data_sources = src_dict.get("data_sources")

        data_sets = src_dict.get("data_sets")

        data_sinks = src_dict.get("data_sinks")

        flow_delete_refused = cls(
            message,
            data_sources,
            data_sets,
            data_sinks,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_delete_refused.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_delete_refused

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
