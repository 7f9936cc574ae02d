# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="DocsRecommendationOutput")
_KNOWN_FIELDS = frozenset(
    {
        "response",
        "statusCode",
        "errorMessage",
    }
)


@_attrs_define
class DocsRecommendationOutput:
    """The model call behind a documentation suggestion."""

    response: None | str = None
    status_code: int | None = None
    error_message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        response: None | str
        response = self.response

        status_code: int | None
        status_code = self.status_code

        error_message: None | str
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not None:
            field_dict["response"] = response
        if status_code is not None:
            field_dict["statusCode"] = status_code
        if error_message is not None:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        response = src_dict.get("response")

        status_code = src_dict.get("statusCode")

        error_message = src_dict.get("errorMessage")

        docs_recommendation_output = cls(
            response,
            status_code,
            error_message,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            docs_recommendation_output.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return docs_recommendation_output

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
