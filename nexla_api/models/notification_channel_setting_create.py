# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..runtime.secret_fields import model_repr
from ..types import UNSET

T = TypeVar("T", bound="NotificationChannelSettingCreate")
_KNOWN_FIELDS = frozenset(
    {
        "channel",
        "config",
    }
)


@_attrs_define
class NotificationChannelSettingCreate:
    """A new delivery channel configuration."""

    channel: NotificationChannel
    """ A way of delivering notifications. """
    config: Any
    """ Channel-specific settings, string values by key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        channel = NotificationChannel.from_wire(src_dict["channel"])

        config = src_dict["config"]

        notification_channel_setting_create = cls(
            channel,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_channel_setting_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return notification_channel_setting_create

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
