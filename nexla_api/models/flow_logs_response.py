# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.flow_logs_page import FlowLogsPage


T = TypeVar("T", bound="FlowLogsResponse")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "logs",
    }
)


@_attrs_define
class FlowLogsResponse:
    """Execution logs of one run."""

    status: int | None = None
    message: None | str = None
    logs: FlowLogsPage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: int | None
        status = self.status

        message: None | str
        message = self.message

        logs: dict[str, Any] | None
        if isinstance(self.logs, FlowLogsPage):
            logs = self.logs.to_dict()
        else:
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if logs is not None:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        logs = src_dict.get("logs")
        if isinstance(logs, dict):
            try:
                logs_type_0 = FlowLogsPage.from_dict(logs)

                logs = logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("logs", exc) from None

        flow_logs_response = cls(
            status,
            message,
            logs,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_logs_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_logs_response

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
from ..models.flow_logs_page import FlowLogsPage  # noqa: E402
