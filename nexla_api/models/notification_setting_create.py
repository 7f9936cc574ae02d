from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_status import NotificationSettingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettingCreate")


@_attrs_define
class NotificationSettingCreate:
    """A new notification setting."""

    channel: NotificationChannel
    """ A way of delivering notifications. """
    notification_type_id: int
    status: None | NotificationSettingStatus | Unset = UNSET
    config: Any | Unset = UNSET
    notification_resource_type: None | NotificationResourceType | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    """ Limit the setting to this resource (with `notification_resource_type`). """
    notification_channel_setting_id: int | None | Unset = UNSET
    """ Deliver through this channel configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        notification_type_id = self.notification_type_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        config = self.config

        notification_resource_type: None | str | Unset
        if isinstance(self.notification_resource_type, Unset):
            notification_resource_type = UNSET
        elif isinstance(self.notification_resource_type, NotificationResourceType):
            notification_resource_type = self.notification_resource_type.value
        else:
            notification_resource_type = self.notification_resource_type

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        notification_channel_setting_id: int | None | Unset
        if isinstance(self.notification_channel_setting_id, Unset):
            notification_channel_setting_id = UNSET
        else:
            notification_channel_setting_id = self.notification_channel_setting_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "notification_type_id": notification_type_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if notification_resource_type is not UNSET:
            field_dict["notification_resource_type"] = notification_resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if notification_channel_setting_id is not UNSET:
            field_dict["notification_channel_setting_id"] = (
                notification_channel_setting_id
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = NotificationChannel(d.pop("channel"))

        notification_type_id = d.pop("notification_type_id")

        def _parse_status(data: object) -> None | NotificationSettingStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = NotificationSettingStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationSettingStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        config = d.pop("config", UNSET)

        def _parse_notification_resource_type(
            data: object,
        ) -> None | NotificationResourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notification_resource_type_type_0 = NotificationResourceType(data)

                return notification_resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationResourceType | Unset, data)

        notification_resource_type = _parse_notification_resource_type(
            d.pop("notification_resource_type", UNSET)
        )

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_notification_channel_setting_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notification_channel_setting_id = _parse_notification_channel_setting_id(
            d.pop("notification_channel_setting_id", UNSET)
        )

        notification_setting_create = cls(
            channel=channel,
            notification_type_id=notification_type_id,
            status=status,
            config=config,
            notification_resource_type=notification_resource_type,
            resource_id=resource_id,
            notification_channel_setting_id=notification_channel_setting_id,
        )

        notification_setting_create.additional_properties = d
        return notification_setting_create

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
