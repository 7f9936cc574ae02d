# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="ErrorBody")
_KNOWN_FIELDS = frozenset(
    {
        "message",
        "error",
        "status",
        "resource_type",
        "resource_id",
        "retry_after",
        "errors",
    }
)


@_attrs_define
class ErrorBody:
    """Body of every error reply. Nexla fills `message` (older endpoints `error`); `resource_type`/`resource_id` name the
    resource when the error is about one.

    """

    message: None | str = None
    error: None | str = None
    status: int | None = None
    resource_type: None | str = None
    resource_id: int | None = None
    retry_after: int | None = None
    errors: list[FieldError] | None = None
    """ Field-level validation failures, when the server reports them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message: None | str
        message = self.message

        error: None | str
        error = self.error

        status: int | None
        status = self.status

        resource_type: None | str
        resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        retry_after: int | None
        retry_after = self.retry_after

        errors: list[dict[str, Any]] | None
        if isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not None:
            field_dict["message"] = message
        if error is not None:
            field_dict["error"] = error
        if status is not None:
            field_dict["status"] = status
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if retry_after is not None:
            field_dict["retry_after"] = retry_after
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict.get("message")

        error = src_dict.get("error")

        status = src_dict.get("status")

        resource_type = src_dict.get("resource_type")

        resource_id = src_dict.get("resource_id")

        retry_after = src_dict.get("retry_after")

        errors = src_dict.get("errors")
        if isinstance(errors, list):
            try:
                errors_type_0 = [FieldError.from_dict(item) for item in errors]

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("errors", exc) from None

        error_body = cls(
            message,
            error,
            status,
            resource_type,
            resource_id,
            retry_after,
            errors,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            error_body.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return error_body

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
from ..models.field_error import FieldError  # noqa: E402
