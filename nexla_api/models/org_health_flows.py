from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_health import FlowHealth


T = TypeVar("T", bound="OrgHealthFlows")


@_attrs_define
class OrgHealthFlows:
    """One page of flow health entries."""

    status: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    data: list[FlowHealth] | None | Unset = UNSET
    flows: list[FlowHealth] | None | Unset = UNSET
    meta: Any | Unset = UNSET
    """ Paging details, as the server reports them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, list):
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
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if flows is not UNSET:
            field_dict["flows"] = flows
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_health import FlowHealth  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_data(data: object) -> list[FlowHealth] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = FlowHealth.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowHealth] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_flows(data: object) -> list[FlowHealth] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                flows_type_0 = []
                _flows_type_0 = data
                for flows_type_0_item_data in _flows_type_0:
                    flows_type_0_item = FlowHealth.from_dict(flows_type_0_item_data)

                    flows_type_0.append(flows_type_0_item)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowHealth] | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

        meta = d.pop("meta", UNSET)

        org_health_flows = cls(
            status=status,
            message=message,
            data=data,
            flows=flows,
            meta=meta,
        )

        org_health_flows.additional_properties = d
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
