# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="ProbeResult")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "connection_verified",
        "timestamp",
        "request_id",
        "output",
    }
)


@_attrs_define
class ProbeResult:
    """Outcome of a credential check. A background check (`async=true`) answers with its `request_id` and a status until it
    finishes.

    """

    status: None | str = None
    """ For example `success` when the connection works. """
    message: None | str = None
    connection_verified: bool | None = None
    timestamp: None | str = None
    """ When the check ran, as the server reports it. """
    request_id: int | None = None
    """ Id of the background check, to poll it with. """
    output: Any = None
    """ Connector-specific details of the check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        message: None | str
        message = self.message

        connection_verified: bool | None
        connection_verified = self.connection_verified

        timestamp: None | str
        timestamp = self.timestamp

        request_id: int | None
        request_id = self.request_id

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if connection_verified is not None:
            field_dict["connection_verified"] = connection_verified
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if request_id is not None:
            field_dict["request_id"] = request_id
        if output is not None:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        connection_verified = src_dict.get("connection_verified")

        timestamp = src_dict.get("timestamp")

        request_id = src_dict.get("request_id")

        output = src_dict.get("output")

        probe_result = cls(
            status,
            message,
            connection_verified,
            timestamp,
            request_id,
            output,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            probe_result.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return probe_result

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
