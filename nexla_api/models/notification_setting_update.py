# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_setting_status import NotificationSettingStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettingUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "channel",
        "status",
        "config",
        "notification_type_id",
        "notification_resource_type",
        "resource_id",
        "notification_channel_setting_id",
        "checked",
    }
)


@_attrs_define
class NotificationSettingUpdate:
    """Fields to change on a notification setting; absent fields are left alone."""

    channel: None | NotificationChannel | Unset = UNSET
    status: None | NotificationSettingStatus | Unset = UNSET
    config: Any | Unset = UNSET
    notification_type_id: int | None | Unset = UNSET
    notification_resource_type: None | NotificationResourceType | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    notification_channel_setting_id: int | None | Unset = UNSET
    checked: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        status: None | str | Unset
        if isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        config = self.config

        notification_type_id: int | None | Unset
        notification_type_id = self.notification_type_id

        notification_resource_type: None | str | Unset
        if isinstance(self.notification_resource_type, NotificationResourceType):
            notification_resource_type = self.notification_resource_type.value
        else:
            notification_resource_type = self.notification_resource_type

        resource_id: int | None | Unset
        resource_id = self.resource_id

        notification_channel_setting_id: int | None | Unset
        notification_channel_setting_id = self.notification_channel_setting_id

        checked: bool | None | Unset
        checked = self.checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if notification_type_id is not UNSET:
            field_dict["notification_type_id"] = notification_type_id
        if notification_resource_type is not UNSET:
            field_dict["notification_resource_type"] = notification_resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if notification_channel_setting_id is not UNSET:
            field_dict["notification_channel_setting_id"] = (
                notification_channel_setting_id
            )
        if checked is not UNSET:
            field_dict["checked"] = checked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        channel = src_dict.get("channel", UNSET)
        if isinstance(channel, str):
            try:
                channel_type_0 = NotificationChannel.from_wire(channel)

                channel = channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("channel", exc) from None

        status = src_dict.get("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = NotificationSettingStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        config = src_dict.get("config", UNSET)

        notification_type_id = src_dict.get("notification_type_id", UNSET)

        notification_resource_type = src_dict.get("notification_resource_type", UNSET)
        if isinstance(notification_resource_type, str):
            try:
                notification_resource_type_type_0 = NotificationResourceType.from_wire(
                    notification_resource_type
                )

                notification_resource_type = notification_resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("notification_resource_type", exc) from None

        resource_id = src_dict.get("resource_id", UNSET)

        notification_channel_setting_id = src_dict.get(
            "notification_channel_setting_id", UNSET
        )

        checked = src_dict.get("checked", UNSET)

        notification_setting_update = cls(
            channel,
            status,
            config,
            notification_type_id,
            notification_resource_type,
            resource_id,
            notification_channel_setting_id,
            checked,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_setting_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return notification_setting_update

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
