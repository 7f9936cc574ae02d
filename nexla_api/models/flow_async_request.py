# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="FlowAsyncRequest")
_KNOWN_FIELDS = frozenset(
    {
        "request_id",
        "status",
        "progress",
        "result",
        "request_started_at",
        "request_stopped_at",
        "request_completed_at",
    }
)


@_attrs_define
class FlowAsyncRequest:
    """Status of a flow operation queued with `async=1`."""

    request_id: int
    status: None | str = None
    """ Request state, for example `pending`, `running` or `completed`. """
    progress: float | None = None
    result: Any = None
    request_started_at: datetime.datetime | None = None
    request_stopped_at: datetime.datetime | None = None
    request_completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: None | str
        status = self.status

        progress: float | None
        progress = self.progress

        result = self.result

        request_started_at: None | str
        if isinstance(self.request_started_at, datetime.datetime):
            request_started_at = self.request_started_at.isoformat()
        else:
            request_started_at = self.request_started_at

        request_stopped_at: None | str
        if isinstance(self.request_stopped_at, datetime.datetime):
            request_stopped_at = self.request_stopped_at.isoformat()
        else:
            request_stopped_at = self.request_stopped_at

        request_completed_at: None | str
        if isinstance(self.request_completed_at, datetime.datetime):
            request_completed_at = self.request_completed_at.isoformat()
        else:
            request_completed_at = self.request_completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if status is not None:
            field_dict["status"] = status
        if progress is not None:
            field_dict["progress"] = progress
        if result is not None:
            field_dict["result"] = result
        if request_started_at is not None:
            field_dict["request_started_at"] = request_started_at
        if request_stopped_at is not None:
            field_dict["request_stopped_at"] = request_stopped_at
        if request_completed_at is not None:
            field_dict["request_completed_at"] = request_completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        request_id = src_dict["request_id"]

        status = src_dict.get("status")

        progress = src_dict.get("progress")

        result = src_dict.get("result")

        request_started_at = src_dict.get("request_started_at")
        if isinstance(request_started_at, str):
            try:
                request_started_at_type_0 = datetime.datetime.fromisoformat(
                    request_started_at
                )

                request_started_at = request_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("request_started_at", exc) from None

        request_stopped_at = src_dict.get("request_stopped_at")
        if isinstance(request_stopped_at, str):
            try:
                request_stopped_at_type_0 = datetime.datetime.fromisoformat(
                    request_stopped_at
                )

                request_stopped_at = request_stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("request_stopped_at", exc) from None

        request_completed_at = src_dict.get("request_completed_at")
        if isinstance(request_completed_at, str):
            try:
                request_completed_at_type_0 = datetime.datetime.fromisoformat(
                    request_completed_at
                )

                request_completed_at = request_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("request_completed_at", exc) from None

        flow_async_request = cls(
            request_id,
            status,
            progress,
            result,
            request_started_at,
            request_stopped_at,
            request_completed_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_async_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_async_request

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
