# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_logs_page import FlowLogsPage


T = TypeVar("T", bound="FlowLogsResponse")
_KNOWN_FIELDS = frozenset(
    {
        "logs",
        "status",
        "message",
    }
)


@_attrs_define
class FlowLogsResponse:
    """Execution logs of one run."""

    logs: FlowLogsPage
    """ One page of log entries. """
    status: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        logs = self.logs.to_dict()

        status: int | None | Unset
        status = self.status

        message: None | str | Unset
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        logs = FlowLogsPage.from_dict(src_dict["logs"])

        status = src_dict.get("status", UNSET)

        message = src_dict.get("message", UNSET)

        flow_logs_response = cls(
            logs=logs,
            status=status,
            message=message,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_logs_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_FIELDS
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
