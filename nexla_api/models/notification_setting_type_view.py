# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_event_type import NotificationEventType
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_resource_status import (
    NotificationSettingResourceStatus,
)
from ..models.notification_setting_status import NotificationSettingStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="NotificationSettingTypeView")
_KNOWN_FIELDS = frozenset(
    {
        "setting_id",
        "org_id",
        "owner_id",
        "channel",
        "resource_type",
        "resource_id",
        "setting_config",
        "priority",
        "status",
        "notification_type_id",
        "setting_created_at",
        "setting_updated_at",
        "notification_type_name",
        "notification_type_description",
        "notification_type_code",
        "notification_type_category",
        "notification_type_event_type",
        "resource_owner_id",
        "resource_org_id",
        "resource_name",
        "resource_description",
        "resource_status",
    }
)


@_attrs_define
class NotificationSettingTypeView:
    """A notification setting joined with its notification type and the resource it is about."""

    setting_id: int | None = None
    org_id: int | None = None
    owner_id: int | None = None
    channel: None | NotificationChannel = None
    resource_type: None | NotificationResourceType = None
    resource_id: int | None = None
    setting_config: None | str = None
    """ The setting's configuration, as text. """
    priority: int | None = None
    status: None | NotificationSettingStatus = None
    notification_type_id: int | None = None
    setting_created_at: datetime.datetime | None = None
    setting_updated_at: datetime.datetime | None = None
    notification_type_name: None | str = None
    notification_type_description: None | str = None
    notification_type_code: int | None = None
    notification_type_category: None | str = None
    notification_type_event_type: None | NotificationEventType = None
    resource_owner_id: int | None = None
    resource_org_id: int | None = None
    resource_name: None | str = None
    resource_description: None | str = None
    resource_status: None | NotificationSettingResourceStatus = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        setting_id: int | None
        setting_id = self.setting_id

        org_id: int | None
        org_id = self.org_id

        owner_id: int | None
        owner_id = self.owner_id

        channel: None | str
        if isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        resource_type: None | str
        if isinstance(self.resource_type, NotificationResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        setting_config: None | str
        setting_config = self.setting_config

        priority: int | None
        priority = self.priority

        status: None | str
        if isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        notification_type_id: int | None
        notification_type_id = self.notification_type_id

        setting_created_at: None | str
        if isinstance(self.setting_created_at, datetime.datetime):
            setting_created_at = self.setting_created_at.isoformat()
        else:
            setting_created_at = self.setting_created_at

        setting_updated_at: None | str
        if isinstance(self.setting_updated_at, datetime.datetime):
            setting_updated_at = self.setting_updated_at.isoformat()
        else:
            setting_updated_at = self.setting_updated_at

        notification_type_name: None | str
        notification_type_name = self.notification_type_name

        notification_type_description: None | str
        notification_type_description = self.notification_type_description

        notification_type_code: int | None
        notification_type_code = self.notification_type_code

        notification_type_category: None | str
        notification_type_category = self.notification_type_category

        notification_type_event_type: None | str
        if isinstance(self.notification_type_event_type, NotificationEventType):
            notification_type_event_type = self.notification_type_event_type.value
        else:
            notification_type_event_type = self.notification_type_event_type

        resource_owner_id: int | None
        resource_owner_id = self.resource_owner_id

        resource_org_id: int | None
        resource_org_id = self.resource_org_id

        resource_name: None | str
        resource_name = self.resource_name

        resource_description: None | str
        resource_description = self.resource_description

        resource_status: None | str
        if isinstance(self.resource_status, NotificationSettingResourceStatus):
            resource_status = self.resource_status.value
        else:
            resource_status = self.resource_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setting_id is not None:
            field_dict["setting_id"] = setting_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if channel is not None:
            field_dict["channel"] = channel
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if setting_config is not None:
            field_dict["setting_config"] = setting_config
        if priority is not None:
            field_dict["priority"] = priority
        if status is not None:
            field_dict["status"] = status
        if notification_type_id is not None:
            field_dict["notification_type_id"] = notification_type_id
        if setting_created_at is not None:
            field_dict["setting_created_at"] = setting_created_at
        if setting_updated_at is not None:
            field_dict["setting_updated_at"] = setting_updated_at
        if notification_type_name is not None:
            field_dict["notification_type_name"] = notification_type_name
        if notification_type_description is not None:
            field_dict["notification_type_description"] = notification_type_description
        if notification_type_code is not None:
            field_dict["notification_type_code"] = notification_type_code
        if notification_type_category is not None:
            field_dict["notification_type_category"] = notification_type_category
        if notification_type_event_type is not None:
            field_dict["notification_type_event_type"] = notification_type_event_type
        if resource_owner_id is not None:
            field_dict["resource_owner_id"] = resource_owner_id
        if resource_org_id is not None:
            field_dict["resource_org_id"] = resource_org_id
        if resource_name is not None:
            field_dict["resource_name"] = resource_name
        if resource_description is not None:
            field_dict["resource_description"] = resource_description
        if resource_status is not None:
            field_dict["resource_status"] = resource_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        setting_id = src_dict.get("setting_id")

        org_id = src_dict.get("org_id")

        owner_id = src_dict.get("owner_id")

        channel = src_dict.get("channel")
        if isinstance(channel, str):
            try:
                channel_type_0 = NotificationChannel.from_wire(channel)

                channel = channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("channel", exc) from None

        resource_type = src_dict.get("resource_type")
        if isinstance(resource_type, str):
            try:
                resource_type_type_0 = NotificationResourceType.from_wire(resource_type)

                resource_type = resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_type", exc) from None

        resource_id = src_dict.get("resource_id")

        setting_config = src_dict.get("setting_config")

        priority = src_dict.get("priority")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = NotificationSettingStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        notification_type_id = src_dict.get("notification_type_id")

        setting_created_at = src_dict.get("setting_created_at")
        if isinstance(setting_created_at, str):
            try:
                setting_created_at_type_0 = datetime.datetime.fromisoformat(
                    setting_created_at
                )

                setting_created_at = setting_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("setting_created_at", exc) from None

        setting_updated_at = src_dict.get("setting_updated_at")
        if isinstance(setting_updated_at, str):
            try:
                setting_updated_at_type_0 = datetime.datetime.fromisoformat(
                    setting_updated_at
                )

                setting_updated_at = setting_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("setting_updated_at", exc) from None

        notification_type_name = src_dict.get("notification_type_name")

        notification_type_description = src_dict.get("notification_type_description")

        notification_type_code = src_dict.get("notification_type_code")

        notification_type_category = src_dict.get("notification_type_category")

        notification_type_event_type = src_dict.get("notification_type_event_type")
        if isinstance(notification_type_event_type, str):
            try:
                notification_type_event_type_type_0 = NotificationEventType.from_wire(
                    notification_type_event_type
                )

                notification_type_event_type = notification_type_event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("notification_type_event_type", exc) from None

        resource_owner_id = src_dict.get("resource_owner_id")

        resource_org_id = src_dict.get("resource_org_id")

        resource_name = src_dict.get("resource_name")

        resource_description = src_dict.get("resource_description")

        resource_status = src_dict.get("resource_status")
        if isinstance(resource_status, str):
            try:
                resource_status_type_0 = NotificationSettingResourceStatus.from_wire(
                    resource_status
                )

                resource_status = resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_status", exc) from None

        notification_setting_type_view = cls(
            setting_id,
            org_id,
            owner_id,
            channel,
            resource_type,
            resource_id,
            setting_config,
            priority,
            status,
            notification_type_id,
            setting_created_at,
            setting_updated_at,
            notification_type_name,
            notification_type_description,
            notification_type_code,
            notification_type_category,
            notification_type_event_type,
            resource_owner_id,
            resource_org_id,
            resource_name,
            resource_description,
            resource_status,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_setting_type_view.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
