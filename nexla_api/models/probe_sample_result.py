from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProbeSampleResult")


@_attrs_define
class ProbeSampleResult:
    """A sample read. `output` holds the records and their detected schema (or the raw reply of an API connector:
    `contentType`, `statusCode`, `response`). A background probe answers with `request_id` and a status until it
    finishes.

    """

    status: None | str | Unset = UNSET
    """ For example `ok`. """
    message: None | str | Unset = UNSET
    connection_type: None | str | Unset = UNSET
    output: Any | Unset = UNSET
    """ The sample; its shape depends on the connector. """
    request_id: int | None | Unset = UNSET
    """ Id of the background probe, to poll it with. """
    progress: float | None | Unset = UNSET
    request_started_at: datetime.datetime | None | Unset = UNSET
    request_completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        connection_type: None | str | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        output = self.output

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        request_started_at: None | str | Unset
        if isinstance(self.request_started_at, Unset):
            request_started_at = UNSET
        elif isinstance(self.request_started_at, datetime.datetime):
            request_started_at = self.request_started_at.isoformat()
        else:
            request_started_at = self.request_started_at

        request_completed_at: None | str | Unset
        if isinstance(self.request_completed_at, Unset):
            request_completed_at = UNSET
        elif isinstance(self.request_completed_at, datetime.datetime):
            request_completed_at = self.request_completed_at.isoformat()
        else:
            request_completed_at = self.request_completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if output is not UNSET:
            field_dict["output"] = output
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if request_started_at is not UNSET:
            field_dict["request_started_at"] = request_started_at
        if request_completed_at is not UNSET:
            field_dict["request_completed_at"] = request_completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_connection_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        output = d.pop("output", UNSET)

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

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

        probe_sample_result = cls(
            status=status,
            message=message,
            connection_type=connection_type,
            output=output,
            request_id=request_id,
            progress=progress,
            request_started_at=request_started_at,
            request_completed_at=request_completed_at,
        )

        probe_sample_result.additional_properties = d
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
