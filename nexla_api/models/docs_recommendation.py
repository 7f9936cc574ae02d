# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.docs_recommendation_output import DocsRecommendationOutput


T = TypeVar("T", bound="DocsRecommendation")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "recommendation",
        "output",
    }
)


@_attrs_define
class DocsRecommendation:
    """A documentation suggestion. The SDK reads `recommendation`; Nexla's reference puts the text in `output.response`
    instead, so both are declared.

    """

    status: None | str = None
    """ Outcome, for example `success`. """
    recommendation: None | str = None
    output: DocsRecommendationOutput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        recommendation: None | str
        recommendation = self.recommendation

        output: dict[str, Any] | None
        if isinstance(self.output, DocsRecommendationOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if recommendation is not None:
            field_dict["recommendation"] = recommendation
        if output is not None:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        recommendation = src_dict.get("recommendation")

        output = src_dict.get("output")
        if isinstance(output, dict):
            try:
                output_type_0 = DocsRecommendationOutput.from_dict(output)

                output = output_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("output", exc) from None

        docs_recommendation = cls(
            status,
            recommendation,
            output,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            docs_recommendation.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return docs_recommendation

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
from ..models.docs_recommendation_output import DocsRecommendationOutput  # noqa: E402
