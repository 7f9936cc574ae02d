# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="WebhookResponse")
_KNOWN_FIELDS = frozenset(
    {
        "dataset_id",
        "processed",
    }
)


@_attrs_define
class WebhookResponse:
    """How many records were taken in, and by which nexset."""

    dataset_id: int | None = None
    """ The nexset that received the records. """
    processed: int | None = None
    """ Number of records accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dataset_id: int | None
        dataset_id = self.dataset_id

        processed: int | None
        processed = self.processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not None:
            field_dict["dataset_id"] = dataset_id
        if processed is not None:
            field_dict["processed"] = processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dataset_id = src_dict.get("dataset_id")

        processed = src_dict.get("processed")

        webhook_response = cls(
            dataset_id,
            processed,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            webhook_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return webhook_response

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
