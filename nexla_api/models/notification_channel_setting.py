from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationChannelSetting")


@_attrs_define
class NotificationChannelSetting:
    """A delivery channel of a user and its configuration."""

    id: int
    channel: NotificationChannel
    """ A way of delivering notifications. """
    owner_id: int | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    config: Any | Unset = UNSET
    """ Channel-specific settings (for example a webhook URL or Slack target), string values by key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel = self.channel.value

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "channel": channel,
            }
        )
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        channel = NotificationChannel(d.pop("channel"))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        config = d.pop("config", UNSET)

        notification_channel_setting = cls(
            id=id,
            channel=channel,
            owner_id=owner_id,
            org_id=org_id,
            config=config,
        )

        notification_channel_setting.additional_properties = d
        return notification_channel_setting

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
