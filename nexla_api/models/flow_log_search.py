from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowLogSearch")


@_attrs_define
class FlowLogSearch:
    """What to search the logs of a flow for; every field is optional."""

    run_ids: list[int] | None | Unset = UNSET
    severity: list[str] | None | Unset = UNSET
    """ Severities to include, for example `ERROR` or `WARNING`. """
    log_type: list[str] | None | Unset = UNSET
    """ Entry kinds to include, for example `LOG` or `EVENT`. """
    search_string: None | str | Unset = UNSET
    """ Text the entries must contain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_ids: list[int] | None | Unset
        if isinstance(self.run_ids, Unset):
            run_ids = UNSET
        elif isinstance(self.run_ids, list):
            run_ids = self.run_ids

        else:
            run_ids = self.run_ids

        severity: list[str] | None | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        elif isinstance(self.severity, list):
            severity = self.severity

        else:
            severity = self.severity

        log_type: list[str] | None | Unset
        if isinstance(self.log_type, Unset):
            log_type = UNSET
        elif isinstance(self.log_type, list):
            log_type = self.log_type

        else:
            log_type = self.log_type

        search_string: None | str | Unset
        if isinstance(self.search_string, Unset):
            search_string = UNSET
        else:
            search_string = self.search_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if severity is not UNSET:
            field_dict["severity"] = severity
        if log_type is not UNSET:
            field_dict["log_type"] = log_type
        if search_string is not UNSET:
            field_dict["search_string"] = search_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_run_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                run_ids_type_0 = cast(list[int], data)

                return run_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        run_ids = _parse_run_ids(d.pop("run_ids", UNSET))

        def _parse_severity(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                severity_type_0 = cast(list[str], data)

                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        def _parse_log_type(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                log_type_type_0 = cast(list[str], data)

                return log_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        log_type = _parse_log_type(d.pop("log_type", UNSET))

        def _parse_search_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_string = _parse_search_string(d.pop("search_string", UNSET))

        flow_log_search = cls(
            run_ids=run_ids,
            severity=severity,
            log_type=log_type,
            search_string=search_string,
        )

        flow_log_search.additional_properties = d
        return flow_log_search

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
