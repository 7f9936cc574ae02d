# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowLogSearch")
_KNOWN_FIELDS = frozenset(
    {
        "run_ids",
        "severity",
        "log_type",
        "search_string",
    }
)


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

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        run_ids: list[int] | None | Unset
        if isinstance(self.run_ids, list):
            run_ids = self.run_ids

        else:
            run_ids = self.run_ids

        severity: list[str] | None | Unset
        if isinstance(self.severity, list):
            severity = self.severity

        else:
            severity = self.severity

        log_type: list[str] | None | Unset
        if isinstance(self.log_type, list):
            log_type = self.log_type

        else:
            log_type = self.log_type

        search_string: None | str | Unset
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
        run_ids = src_dict.get("run_ids", UNSET)

        severity = src_dict.get("severity", UNSET)

        log_type = src_dict.get("log_type", UNSET)

        search_string = src_dict.get("search_string", UNSET)

        flow_log_search = cls(
            run_ids,
            severity,
            log_type,
            search_string,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_log_search.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
