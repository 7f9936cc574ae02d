from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_event_type import NotificationEventType
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_status import NotificationSettingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSetting")


@_attrs_define
class NotificationSetting:
    """A subscription to one notification type on one channel, for all resources or for one resource, with the type's
    details.

    """

    id: int
    org_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    channel: None | NotificationChannel | Unset = UNSET
    status: None | NotificationSettingStatus | Unset = UNSET
    notification_type_id: int | None | Unset = UNSET
    notification_channel_setting_id: int | None | Unset = UNSET
    notification_resource_type: None | NotificationResourceType | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    """ The one resource the setting is for; null for all resources. """
    config: Any | Unset = UNSET
    priority: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Name of the notification type. """
    description: None | str | Unset = UNSET
    code: int | None | Unset = UNSET
    category: None | str | Unset = UNSET
    event_type: None | NotificationEventType | Unset = UNSET
    resource_type: None | NotificationResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        notification_type_id: int | None | Unset
        if isinstance(self.notification_type_id, Unset):
            notification_type_id = UNSET
        else:
            notification_type_id = self.notification_type_id

        notification_channel_setting_id: int | None | Unset
        if isinstance(self.notification_channel_setting_id, Unset):
            notification_channel_setting_id = UNSET
        else:
            notification_channel_setting_id = self.notification_channel_setting_id

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

        config = self.config

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, NotificationEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, NotificationResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status
        if notification_type_id is not UNSET:
            field_dict["notification_type_id"] = notification_type_id
        if notification_channel_setting_id is not UNSET:
            field_dict["notification_channel_setting_id"] = (
                notification_channel_setting_id
            )
        if notification_resource_type is not UNSET:
            field_dict["notification_resource_type"] = notification_resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if config is not UNSET:
            field_dict["config"] = config
        if priority is not UNSET:
            field_dict["priority"] = priority
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if code is not UNSET:
            field_dict["code"] = code
        if category is not UNSET:
            field_dict["category"] = category
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_channel(data: object) -> None | NotificationChannel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = NotificationChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannel | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

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

        def _parse_notification_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notification_type_id = _parse_notification_type_id(
            d.pop("notification_type_id", UNSET)
        )

        def _parse_notification_channel_setting_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notification_channel_setting_id = _parse_notification_channel_setting_id(
            d.pop("notification_channel_setting_id", UNSET)
        )

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

        config = d.pop("config", UNSET)

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_event_type(data: object) -> None | NotificationEventType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_type_0 = NotificationEventType(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationEventType | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_resource_type(
            data: object,
        ) -> None | NotificationResourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = NotificationResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationResourceType | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        notification_setting = cls(
            id=id,
            org_id=org_id,
            owner_id=owner_id,
            channel=channel,
            status=status,
            notification_type_id=notification_type_id,
            notification_channel_setting_id=notification_channel_setting_id,
            notification_resource_type=notification_resource_type,
            resource_id=resource_id,
            config=config,
            priority=priority,
            name=name,
            description=description,
            code=code,
            category=category,
            event_type=event_type,
            resource_type=resource_type,
        )

        notification_setting.additional_properties = d
        return notification_setting

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
