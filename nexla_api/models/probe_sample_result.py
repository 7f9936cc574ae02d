# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="ProbeSampleResult")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "connection_type",
        "output",
        "request_id",
        "progress",
        "request_started_at",
        "request_completed_at",
    }
)


@_attrs_define
class ProbeSampleResult:
    """A sample read. `output` holds the records and their detected schema (or the raw reply of an API connector:
    `contentType`, `statusCode`, `response`). A background probe answers with `request_id` and a status until it
    finishes.

    """

    status: None | str = None
    """ For example `ok`. """
    message: None | str = None
    connection_type: None | str = None
    output: Any = None
    """ The sample; its shape depends on the connector. """
    request_id: int | None = None
    """ Id of the background probe, to poll it with. """
    progress: float | None = None
    request_started_at: datetime.datetime | None = None
    request_completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        message: None | str
        message = self.message

        connection_type: None | str
        connection_type = self.connection_type

        output = self.output

        request_id: int | None
        request_id = self.request_id

        progress: float | None
        progress = self.progress

        request_started_at: None | str
        if isinstance(self.request_started_at, datetime.datetime):
            request_started_at = self.request_started_at.isoformat()
        else:
            request_started_at = self.request_started_at

        request_completed_at: None | str
        if isinstance(self.request_completed_at, datetime.datetime):
            request_completed_at = self.request_completed_at.isoformat()
        else:
            request_completed_at = self.request_completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if connection_type is not None:
            field_dict["connection_type"] = connection_type
        if output is not None:
            field_dict["output"] = output
        if request_id is not None:
            field_dict["request_id"] = request_id
        if progress is not None:
            field_dict["progress"] = progress
        if request_started_at is not None:
            field_dict["request_started_at"] = request_started_at
        if request_completed_at is not None:
            field_dict["request_completed_at"] = request_completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        connection_type = src_dict.get("connection_type")

        output = src_dict.get("output")

        request_id = src_dict.get("request_id")

        progress = src_dict.get("progress")

        request_started_at = src_dict.get("request_started_at")
        if isinstance(request_started_at, str):
            try:
                request_started_at_type_0 = datetime.datetime.fromisoformat(
                    request_started_at
                )

                request_started_at = request_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("request_started_at", exc) from None

        request_completed_at = src_dict.get("request_completed_at")
        if isinstance(request_completed_at, str):
            try:
                request_completed_at_type_0 = datetime.datetime.fromisoformat(
                    request_completed_at
                )

                request_completed_at = request_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("request_completed_at", exc) from None

        probe_sample_result = cls(
            status,
            message,
            connection_type,
            output,
            request_id,
            progress,
            request_started_at,
            request_completed_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            probe_sample_result.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return probe_sample_result

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
