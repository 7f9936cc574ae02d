from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_event_type import NotificationEventType
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_resource_status import (
    NotificationSettingResourceStatus,
)
from ..models.notification_setting_status import NotificationSettingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettingTypeView")


@_attrs_define
class NotificationSettingTypeView:
    """A notification setting joined with its notification type and the resource it is about."""

    setting_id: int | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    channel: None | NotificationChannel | Unset = UNSET
    resource_type: None | NotificationResourceType | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    setting_config: None | str | Unset = UNSET
    """ The setting's configuration, as text. """
    priority: int | None | Unset = UNSET
    status: None | NotificationSettingStatus | Unset = UNSET
    notification_type_id: int | None | Unset = UNSET
    setting_created_at: datetime.datetime | None | Unset = UNSET
    setting_updated_at: datetime.datetime | None | Unset = UNSET
    notification_type_name: None | str | Unset = UNSET
    notification_type_description: None | str | Unset = UNSET
    notification_type_code: int | None | Unset = UNSET
    notification_type_category: None | str | Unset = UNSET
    notification_type_event_type: None | NotificationEventType | Unset = UNSET
    resource_owner_id: int | None | Unset = UNSET
    resource_org_id: int | None | Unset = UNSET
    resource_name: None | str | Unset = UNSET
    resource_description: None | str | Unset = UNSET
    resource_status: None | NotificationSettingResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setting_id: int | None | Unset
        if isinstance(self.setting_id, Unset):
            setting_id = UNSET
        else:
            setting_id = self.setting_id

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

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, NotificationResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        setting_config: None | str | Unset
        if isinstance(self.setting_config, Unset):
            setting_config = UNSET
        else:
            setting_config = self.setting_config

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

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

        setting_created_at: None | str | Unset
        if isinstance(self.setting_created_at, Unset):
            setting_created_at = UNSET
        elif isinstance(self.setting_created_at, datetime.datetime):
            setting_created_at = self.setting_created_at.isoformat()
        else:
            setting_created_at = self.setting_created_at

        setting_updated_at: None | str | Unset
        if isinstance(self.setting_updated_at, Unset):
            setting_updated_at = UNSET
        elif isinstance(self.setting_updated_at, datetime.datetime):
            setting_updated_at = self.setting_updated_at.isoformat()
        else:
            setting_updated_at = self.setting_updated_at

        notification_type_name: None | str | Unset
        if isinstance(self.notification_type_name, Unset):
            notification_type_name = UNSET
        else:
            notification_type_name = self.notification_type_name

        notification_type_description: None | str | Unset
        if isinstance(self.notification_type_description, Unset):
            notification_type_description = UNSET
        else:
            notification_type_description = self.notification_type_description

        notification_type_code: int | None | Unset
        if isinstance(self.notification_type_code, Unset):
            notification_type_code = UNSET
        else:
            notification_type_code = self.notification_type_code

        notification_type_category: None | str | Unset
        if isinstance(self.notification_type_category, Unset):
            notification_type_category = UNSET
        else:
            notification_type_category = self.notification_type_category

        notification_type_event_type: None | str | Unset
        if isinstance(self.notification_type_event_type, Unset):
            notification_type_event_type = UNSET
        elif isinstance(self.notification_type_event_type, NotificationEventType):
            notification_type_event_type = self.notification_type_event_type.value
        else:
            notification_type_event_type = self.notification_type_event_type

        resource_owner_id: int | None | Unset
        if isinstance(self.resource_owner_id, Unset):
            resource_owner_id = UNSET
        else:
            resource_owner_id = self.resource_owner_id

        resource_org_id: int | None | Unset
        if isinstance(self.resource_org_id, Unset):
            resource_org_id = UNSET
        else:
            resource_org_id = self.resource_org_id

        resource_name: None | str | Unset
        if isinstance(self.resource_name, Unset):
            resource_name = UNSET
        else:
            resource_name = self.resource_name

        resource_description: None | str | Unset
        if isinstance(self.resource_description, Unset):
            resource_description = UNSET
        else:
            resource_description = self.resource_description

        resource_status: None | str | Unset
        if isinstance(self.resource_status, Unset):
            resource_status = UNSET
        elif isinstance(self.resource_status, NotificationSettingResourceStatus):
            resource_status = self.resource_status.value
        else:
            resource_status = self.resource_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setting_id is not UNSET:
            field_dict["setting_id"] = setting_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if setting_config is not UNSET:
            field_dict["setting_config"] = setting_config
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if notification_type_id is not UNSET:
            field_dict["notification_type_id"] = notification_type_id
        if setting_created_at is not UNSET:
            field_dict["setting_created_at"] = setting_created_at
        if setting_updated_at is not UNSET:
            field_dict["setting_updated_at"] = setting_updated_at
        if notification_type_name is not UNSET:
            field_dict["notification_type_name"] = notification_type_name
        if notification_type_description is not UNSET:
            field_dict["notification_type_description"] = notification_type_description
        if notification_type_code is not UNSET:
            field_dict["notification_type_code"] = notification_type_code
        if notification_type_category is not UNSET:
            field_dict["notification_type_category"] = notification_type_category
        if notification_type_event_type is not UNSET:
            field_dict["notification_type_event_type"] = notification_type_event_type
        if resource_owner_id is not UNSET:
            field_dict["resource_owner_id"] = resource_owner_id
        if resource_org_id is not UNSET:
            field_dict["resource_org_id"] = resource_org_id
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if resource_description is not UNSET:
            field_dict["resource_description"] = resource_description
        if resource_status is not UNSET:
            field_dict["resource_status"] = resource_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_setting_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        setting_id = _parse_setting_id(d.pop("setting_id", UNSET))

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

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_setting_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setting_config = _parse_setting_config(d.pop("setting_config", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

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

        def _parse_setting_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setting_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return setting_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        setting_created_at = _parse_setting_created_at(
            d.pop("setting_created_at", UNSET)
        )

        def _parse_setting_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setting_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return setting_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        setting_updated_at = _parse_setting_updated_at(
            d.pop("setting_updated_at", UNSET)
        )

        def _parse_notification_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_type_name = _parse_notification_type_name(
            d.pop("notification_type_name", UNSET)
        )

        def _parse_notification_type_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_type_description = _parse_notification_type_description(
            d.pop("notification_type_description", UNSET)
        )

        def _parse_notification_type_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notification_type_code = _parse_notification_type_code(
            d.pop("notification_type_code", UNSET)
        )

        def _parse_notification_type_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_type_category = _parse_notification_type_category(
            d.pop("notification_type_category", UNSET)
        )

        def _parse_notification_type_event_type(
            data: object,
        ) -> None | NotificationEventType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notification_type_event_type_type_0 = NotificationEventType(data)

                return notification_type_event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationEventType | Unset, data)

        notification_type_event_type = _parse_notification_type_event_type(
            d.pop("notification_type_event_type", UNSET)
        )

        def _parse_resource_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_owner_id = _parse_resource_owner_id(d.pop("resource_owner_id", UNSET))

        def _parse_resource_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_org_id = _parse_resource_org_id(d.pop("resource_org_id", UNSET))

        def _parse_resource_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_name = _parse_resource_name(d.pop("resource_name", UNSET))

        def _parse_resource_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_description = _parse_resource_description(
            d.pop("resource_description", UNSET)
        )

        def _parse_resource_status(
            data: object,
        ) -> None | NotificationSettingResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_status_type_0 = NotificationSettingResourceStatus(data)

                return resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationSettingResourceStatus | Unset, data)

        resource_status = _parse_resource_status(d.pop("resource_status", UNSET))

        notification_setting_type_view = cls(
            setting_id=setting_id,
            org_id=org_id,
            owner_id=owner_id,
            channel=channel,
            resource_type=resource_type,
            resource_id=resource_id,
            setting_config=setting_config,
            priority=priority,
            status=status,
            notification_type_id=notification_type_id,
            setting_created_at=setting_created_at,
            setting_updated_at=setting_updated_at,
            notification_type_name=notification_type_name,
            notification_type_description=notification_type_description,
            notification_type_code=notification_type_code,
            notification_type_category=notification_type_category,
            notification_type_event_type=notification_type_event_type,
            resource_owner_id=resource_owner_id,
            resource_org_id=resource_org_id,
            resource_name=resource_name,
            resource_description=resource_description,
            resource_status=resource_status,
        )

        notification_setting_type_view.additional_properties = d
        return notification_setting_type_view

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
