# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowRunStatus")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "run_id",
        "origin_node_id",
    }
)


@_attrs_define
class FlowRunStatus:
    """Status of one run of a flow, as Nexla reports it (for example `{"status": "ok"}`)."""

    status: None | str = None
    message: None | str = None
    run_id: int | None = None
    origin_node_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        message: None | str
        message = self.message

        run_id: int | None
        run_id = self.run_id

        origin_node_id: int | None
        origin_node_id = self.origin_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if run_id is not None:
            field_dict["run_id"] = run_id
        if origin_node_id is not None:
            field_dict["origin_node_id"] = origin_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        run_id = src_dict.get("run_id")

        origin_node_id = src_dict.get("origin_node_id")

        flow_run_status = cls(
            status,
            message,
            run_id,
            origin_node_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_run_status.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_run_status

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
