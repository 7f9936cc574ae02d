# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.flow_log_entry import FlowLogEntry


T = TypeVar("T", bound="FlowLogList")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "logs",
        "facets",
        "meta",
    }
)


@_attrs_define
class FlowLogList:
    """Log entries of a flow (the SDK fixture is `{"status": 200, "logs": []}`)."""

    status: int | None = None
    message: None | str = None
    logs: list[FlowLogEntry] | None = None
    facets: Any = None
    """ Counts per facet, when `facets` was asked for. """
    meta: Any = None
    """ Paging details, as the server reports them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: int | None
        status = self.status

        message: None | str
        message = self.message

        logs: list[dict[str, Any]] | None
        if isinstance(self.logs, list):
            logs = []
            for logs_type_0_item_data in self.logs:
                logs_type_0_item = logs_type_0_item_data.to_dict()
                logs.append(logs_type_0_item)

        else:
            logs = self.logs

        facets = self.facets

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if logs is not None:
            field_dict["logs"] = logs
        if facets is not None:
            field_dict["facets"] = facets
        if meta is not None:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        logs = src_dict.get("logs")
        if isinstance(logs, list):
            try:
                logs_type_0 = [FlowLogEntry.from_dict(item) for item in logs]

                logs = logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("logs", exc) from None

        facets = src_dict.get("facets")

        meta = src_dict.get("meta")

        flow_log_list = cls(
            status,
            message,
            logs,
            facets,
            meta,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_log_list.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_log_list

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
from ..models.flow_log_entry import FlowLogEntry  # noqa: E402
