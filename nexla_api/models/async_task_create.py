# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskCreate")
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "priority",
        "arguments",
    }
)


@_attrs_define
class AsyncTaskCreate:
    """A task to queue."""

    type_: str
    """ Task type, one of the names from `GET /async_tasks/types`. """
    priority: int | None | Unset = UNSET
    arguments: Any | Unset = UNSET
    """ Type-specific arguments (see `GET /async_tasks/explain_arguments/{task_type}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        priority: int | None | Unset
        priority = self.priority

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]

        priority = src_dict.get("priority", UNSET)

        arguments = src_dict.get("arguments", UNSET)

        async_task_create = cls(
            type_,
            priority,
            arguments,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            async_task_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return async_task_create

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
