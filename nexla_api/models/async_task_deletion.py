# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="AsyncTaskDeletion")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "code",
        "message",
    }
)


@_attrs_define
class AsyncTaskDeletion:
    """Reply to deleting a task, for example `{"status": "deleted"}`."""

    status: None | str = None
    code: int | None = None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        code: int | None
        code = self.code

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if code is not None:
            field_dict["code"] = code
        if message is not None:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        code = src_dict.get("code")

        message = src_dict.get("message")

        async_task_deletion = cls(
            status,
            code,
            message,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            async_task_deletion.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return async_task_deletion

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
