# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeContainerCodeOp")
_KNOWN_FIELDS = frozenset(
    {
        "operation",
        "spec",
    }
)


@_attrs_define
class CodeContainerCodeOp:
    """One step of the code, for example a Jolt operation with its spec, or a script with `spec.language`, `spec.encoding`
    and `spec.script`.

    """

    operation: None | str | Unset = UNSET
    spec: Any | Unset = UNSET
    """ The step's settings; their shape depends on the operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        operation: None | str | Unset
        operation = self.operation

        spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        operation = src_dict.get("operation", UNSET)

        spec = src_dict.get("spec", UNSET)

        code_container_code_op = cls(
            operation,
            spec,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            code_container_code_op.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return code_container_code_op

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
