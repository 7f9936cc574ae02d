from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationAsyncRequest")


@_attrs_define
class NotificationAsyncRequest:
    """Status of notification work running in the background (`async=true`)."""

    request_id: int
    status: None | str | Unset = UNSET
    """ Request state, for example `pending`, `running` or `completed`. """
    progress: float | None | Unset = UNSET
    result: Any | Unset = UNSET
    request_started_at: datetime.datetime | None | Unset = UNSET
    request_stopped_at: datetime.datetime | None | Unset = UNSET
    request_completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        result = self.result

        request_started_at: None | str | Unset
        if isinstance(self.request_started_at, Unset):
            request_started_at = UNSET
        elif isinstance(self.request_started_at, datetime.datetime):
            request_started_at = self.request_started_at.isoformat()
        else:
            request_started_at = self.request_started_at

        request_stopped_at: None | str | Unset
        if isinstance(self.request_stopped_at, Unset):
            request_stopped_at = UNSET
        elif isinstance(self.request_stopped_at, datetime.datetime):
            request_stopped_at = self.request_stopped_at.isoformat()
        else:
            request_stopped_at = self.request_stopped_at

        request_completed_at: None | str | Unset
        if isinstance(self.request_completed_at, Unset):
            request_completed_at = UNSET
        elif isinstance(self.request_completed_at, datetime.datetime):
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
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result is not UNSET:
            field_dict["result"] = result
        if request_started_at is not UNSET:
            field_dict["request_started_at"] = request_started_at
        if request_stopped_at is not UNSET:
            field_dict["request_stopped_at"] = request_stopped_at
        if request_completed_at is not UNSET:
            field_dict["request_completed_at"] = request_completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        result = d.pop("result", UNSET)

        def _parse_request_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_started_at_type_0 = datetime.datetime.fromisoformat(data)

                return request_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        request_started_at = _parse_request_started_at(
            d.pop("request_started_at", UNSET)
        )

        def _parse_request_stopped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                return request_stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        request_stopped_at = _parse_request_stopped_at(
            d.pop("request_stopped_at", UNSET)
        )

        def _parse_request_completed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return request_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        request_completed_at = _parse_request_completed_at(
            d.pop("request_completed_at", UNSET)
        )

        notification_async_request = cls(
            request_id=request_id,
            status=status,
            progress=progress,
            result=result,
            request_started_at=request_started_at,
            request_stopped_at=request_stopped_at,
            request_completed_at=request_completed_at,
        )

        notification_async_request.additional_properties = d
        return notification_async_request

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
