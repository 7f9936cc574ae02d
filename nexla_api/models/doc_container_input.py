# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocContainerInput")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "text",
        "description",
        "doc_type",
    }
)


@_attrs_define
class DocContainerInput:
    """A document to attach."""

    name: str
    text: str
    description: None | str | Unset = UNSET
    doc_type: None | str | Unset = "md"
    """ Format of `text`, for example `md` (the default). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        description: None | str | Unset
        description = self.description

        doc_type: None | str | Unset
        doc_type = self.doc_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "text": text,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if doc_type is not UNSET:
            field_dict["doc_type"] = doc_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        text = src_dict["text"]

        description = src_dict.get("description", UNSET)

        doc_type = src_dict.get("doc_type", UNSET)

        doc_container_input = cls(
            name,
            text,
            description,
            doc_type,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            doc_container_input.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return doc_container_input

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
