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

T = TypeVar("T", bound="NotificationSettingCreate")
_KNOWN_FIELDS = frozenset(
    {
        "channel",
        "notification_type_id",
        "status",
        "config",
        "notification_resource_type",
        "resource_id",
        "notification_channel_setting_id",
    }
)


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

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        notification_type_id = self.notification_type_id

        status: None | str | Unset
        if isinstance(self.status, NotificationSettingStatus):
            status = self.status.value
        else:
            status = self.status

        config = self.config

        notification_resource_type: None | str | Unset
        if isinstance(self.notification_resource_type, NotificationResourceType):
            notification_resource_type = self.notification_resource_type.value
        else:
            notification_resource_type = self.notification_resource_type

        resource_id: int | None | Unset
        resource_id = self.resource_id

        notification_channel_setting_id: int | None | Unset
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
        channel = NotificationChannel.from_wire(src_dict["channel"])

        notification_type_id = src_dict["notification_type_id"]

        status = src_dict.get("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = NotificationSettingStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        config = src_dict.get("config", UNSET)

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

        notification_setting_create = cls(
            channel,
            notification_type_id,
            status,
            config,
            notification_resource_type,
            resource_id,
            notification_channel_setting_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_setting_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
