# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.flow_health import FlowHealth


T = TypeVar("T", bound="OrgHealthFlows")
_KNOWN_FIELDS = frozenset(
    {
        "status",
        "message",
        "data",
        "flows",
        "meta",
    }
)


@_attrs_define
class OrgHealthFlows:
    """One page of flow health entries."""

    status: int | None = None
    message: None | str = None
    data: list[FlowHealth] | None = None
    flows: list[FlowHealth] | None = None
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

        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        flows: list[dict[str, Any]] | None
        if isinstance(self.flows, list):
            flows = []
            for flows_type_0_item_data in self.flows:
                flows_type_0_item = flows_type_0_item_data.to_dict()
                flows.append(flows_type_0_item)

        else:
            flows = self.flows

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if message is not None:
            field_dict["message"] = message
        if data is not None:
            field_dict["data"] = data
        if flows is not None:
            field_dict["flows"] = flows
        if meta is not None:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        message = src_dict.get("message")

        data = src_dict.get("data")
        if isinstance(data, list):
            try:
                data_type_0 = [FlowHealth.from_dict(item) for item in data]

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data", exc) from None

        flows = src_dict.get("flows")
        if isinstance(flows, list):
            try:
                flows_type_0 = [FlowHealth.from_dict(item) for item in flows]

                flows = flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("flows", exc) from None

        meta = src_dict.get("meta")

        org_health_flows = cls(
            status,
            message,
            data,
            flows,
            meta,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_health_flows.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_health_flows

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
from ..models.flow_health import FlowHealth  # noqa: E402
