# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="NotificationChannelSetting")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "channel",
        "owner_id",
        "org_id",
        "config",
    }
)


@_attrs_define
class NotificationChannelSetting:
    """A delivery channel of a user and its configuration."""

    id: int
    channel: NotificationChannel
    """ A way of delivering notifications. """
    owner_id: int | None = None
    org_id: int | None = None
    config: Any = None
    """ Channel-specific settings (for example a webhook URL or Slack target), string values by key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel = self.channel.value

        owner_id: int | None
        owner_id = self.owner_id

        org_id: int | None
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
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        if config is not None:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        channel = NotificationChannel.from_wire(src_dict["channel"])

        owner_id = src_dict.get("owner_id")

        org_id = src_dict.get("org_id")

        config = src_dict.get("config")

        notification_channel_setting = cls(
            id,
            channel,
            owner_id,
            org_id,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_channel_setting.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
