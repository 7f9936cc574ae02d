# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_event_type import NotificationEventType
from ..models.notification_resource_type import NotificationResourceType
from ..models.notification_type_category import NotificationTypeCategory
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="NotificationType")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "category",
        "default",
        "status",
        "event_type",
        "resource_type",
    }
)


@_attrs_define
class NotificationType:
    """A kind of notification (one event on one kind of resource)."""

    id: int
    name: None | str = None
    description: None | str = None
    category: None | NotificationTypeCategory = None
    default: bool | None = None
    """ Whether the type is on by default. """
    status: bool | None = None
    """ Whether the type is in use. """
    event_type: None | NotificationEventType = None
    resource_type: None | NotificationResourceType = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        category: None | str
        if isinstance(self.category, NotificationTypeCategory):
            category = self.category.value
        else:
            category = self.category

        default: bool | None
        default = self.default

        status: bool | None
        status = self.status

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
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if category is not None:
            field_dict["category"] = category
        if default is not None:
            field_dict["default"] = default
        if status is not None:
            field_dict["status"] = status
        if event_type is not None:
            field_dict["event_type"] = event_type
        if resource_type is not None:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        description = src_dict.get("description")

        category = src_dict.get("category")
        if isinstance(category, str):
            try:
                category_type_0 = NotificationTypeCategory.from_wire(category)

                category = category_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("category", exc) from None

        default = src_dict.get("default")

        status = src_dict.get("status")

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

        notification_type = cls(
            id,
            name,
            description,
            category,
            default,
            status,
            event_type,
            resource_type,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            notification_type.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return notification_type

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
