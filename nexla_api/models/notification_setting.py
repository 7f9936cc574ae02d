# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_event_type import NotificationEventType
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_status import NotificationSettingStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="NotificationSetting")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "org_id",
        "owner_id",
        "channel",
        "status",
        "notification_type_id",
        "notification_channel_setting_id",
        "notification_resource_type",
        "resource_id",
        "config",
        "priority",
        "name",
        "description",
        "code",
        "category",
        "event_type",
        "resource_type",
    }
)


@_attrs_define
class NotificationSetting:
    """A subscription to one notification type on one channel, for all resources or for one resource, with the type's
    details.

    """

    id: int
    org_id: int | None = None
    owner_id: int | None = None
    channel: None | NotificationChannel = None
    status: None | NotificationSettingStatus = None
    notification_type_id: int | None = None
    notification_channel_setting_id: int | None = None
    notification_resource_type: None | NotificationResourceType = None
    resource_id: int | None = None
    """ The one resource the setting is for; null for all resources. """
    config: Any = None
    priority: int | None = None
    name: None | str = None
    """ Name of the notification type. """
    description: None | str = None
    code: int | None = None
    category: None | str = None
    event_type: None | NotificationEventType = None
    resource_type: None | NotificationResourceType = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id: int | None
        org_id = self.org_id

        owner_id: int | None
        owner_id = self.owner_id

        channel: None | str
        if isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        status: None | str
        if isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        notification_type_id: int | None
        notification_type_id = self.notification_type_id

        notification_channel_setting_id: int | None
        notification_channel_setting_id = self.notification_channel_setting_id

        notification_resource_type: None | str
        if isinstance(self.notification_resource_type, NotificationResourceType):
            notification_resource_type = self.notification_resource_type.value
        else:
            notification_resource_type = self.notification_resource_type

        resource_id: int | None
        resource_id = self.resource_id

        config = self.config

        priority: int | None
        priority = self.priority

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        code: int | None
        code = self.code

        category: None | str
        category = self.category

        event_type: None | str
        if isinstance(self.event_type, NotificationEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        resource_type: None | str
        if isinstance(self.resource_type, NotificationResourceType):
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
        if org_id is not None:
            field_dict["org_id"] = org_id
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if channel is not None:
            field_dict["channel"] = channel
        if status is not None:
            field_dict["status"] = status
        if notification_type_id is not None:
            field_dict["notification_type_id"] = notification_type_id
        if notification_channel_setting_id is not None:
            field_dict["notification_channel_setting_id"] = (
                notification_channel_setting_id
            )
        if notification_resource_type is not None:
            field_dict["notification_resource_type"] = notification_resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if config is not None:
            field_dict["config"] = config
        if priority is not None:
            field_dict["priority"] = priority
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if code is not None:
            field_dict["code"] = code
        if category is not None:
            field_dict["category"] = category
        if event_type is not None:
            field_dict["event_type"] = event_type
        if resource_type is not None:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        org_id = src_dict.get("org_id")

        owner_id = src_dict.get("owner_id")

        channel = src_dict.get("channel")
        if isinstance(channel, str):
            try:
                channel_type_0 = NotificationChannel.from_wire(channel)

                channel = channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("channel", exc) from None

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = NotificationSettingStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        notification_type_id = src_dict.get("notification_type_id")

        notification_channel_setting_id = src_dict.get(
            "notification_channel_setting_id"
        )

        notification_resource_type = src_dict.get("notification_resource_type")
        if isinstance(notification_resource_type, str):
            try:
                notification_resource_type_type_0 = NotificationResourceType.from_wire(
                    notification_resource_type
                )

                notification_resource_type = notification_resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("notification_resource_type", exc) from None

        resource_id = src_dict.get("resource_id")

        config = src_dict.get("config")

        priority = src_dict.get("priority")

        name = src_dict.get("name")

        description = src_dict.get("description")

        code = src_dict.get("code")

        category = src_dict.get("category")

        event_type = src_dict.get("event_type")
        if isinstance(event_type, str):
            try:
                event_type_type_0 = NotificationEventType.from_wire(event_type)

                event_type = event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("event_type", exc) from None

        resource_type = src_dict.get("resource_type")
        if isinstance(resource_type, str):
            try:
                resource_type_type_0 = NotificationResourceType.from_wire(resource_type)

                resource_type = resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_type", exc) from None

        notification_setting = cls(
            id,
            org_id,
            owner_id,
            channel,
            status,
            notification_type_id,
            notification_channel_setting_id,
            notification_resource_type,
            resource_id,
            config,
            priority,
            name,
            description,
            code,
            category,
            event_type,
            resource_type,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_setting.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
