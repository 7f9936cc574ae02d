# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.audit_log_association import AuditLogAssociation
    from ..models.audit_log_user import AuditLogUser


T = TypeVar("T", bound="AuditLogEntry")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "item_type",
        "item_id",
        "event",
        "created_at",
        "change_summary",
        "object_changes",
        "request_ip",
        "request_user_agent",
        "request_url",
        "user",
        "org_id",
        "owner_id",
        "owner_email",
        "association_resource",
        "impersonator_id",
    }
)


@_attrs_define
class AuditLogEntry:
    """One recorded change. What changed is in `change_summary` (attribute names) and `object_changes` (attribute to `[old,
    new]`); there is no `action` field.

    """

    id: int
    item_type: str
    """ Model of the changed item, for example `DataSource`. """
    item_id: int
    event: str
    """ For example `create`, `update` or `delete`. """
    created_at: datetime.datetime
    change_summary: list[str] | None = None
    object_changes: Any = None
    """ Changed attributes, each mapped to a two-element `[old, new]` list. """
    request_ip: None | str = None
    request_user_agent: None | str = None
    request_url: None | str = None
    user: AuditLogUser | None = None
    org_id: int | None = None
    owner_id: int | None = None
    owner_email: None | str = None
    association_resource: AuditLogAssociation | None = None
    impersonator_id: int | None = None
    """ User who acted on behalf of `user`, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_type = self.item_type

        item_id = self.item_id

        event = self.event

        created_at = self.created_at.isoformat()

        change_summary: list[str] | None
        if isinstance(self.change_summary, list):
            change_summary = self.change_summary

        else:
            change_summary = self.change_summary

        object_changes = self.object_changes

        request_ip: None | str
        request_ip = self.request_ip

        request_user_agent: None | str
        request_user_agent = self.request_user_agent

        request_url: None | str
        request_url = self.request_url

        user: dict[str, Any] | None
        if isinstance(self.user, AuditLogUser):
            user = self.user.to_dict()
        else:
            user = self.user

        org_id: int | None
        org_id = self.org_id

        owner_id: int | None
        owner_id = self.owner_id

        owner_email: None | str
        owner_email = self.owner_email

        association_resource: dict[str, Any] | None
        if isinstance(self.association_resource, AuditLogAssociation):
            association_resource = self.association_resource.to_dict()
        else:
            association_resource = self.association_resource

        impersonator_id: int | None
        impersonator_id = self.impersonator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "item_type": item_type,
                "item_id": item_id,
                "event": event,
                "created_at": created_at,
            }
        )
        if change_summary is not None:
            field_dict["change_summary"] = change_summary
        if object_changes is not None:
            field_dict["object_changes"] = object_changes
        if request_ip is not None:
            field_dict["request_ip"] = request_ip
        if request_user_agent is not None:
            field_dict["request_user_agent"] = request_user_agent
        if request_url is not None:
            field_dict["request_url"] = request_url
        if user is not None:
            field_dict["user"] = user
        if org_id is not None:
            field_dict["org_id"] = org_id
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if owner_email is not None:
            field_dict["owner_email"] = owner_email
        if association_resource is not None:
            field_dict["association_resource"] = association_resource
        if impersonator_id is not None:
            field_dict["impersonator_id"] = impersonator_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        item_type = src_dict["item_type"]

        item_id = src_dict["item_id"]

        event = src_dict["event"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        change_summary = src_dict.get("change_summary")

        object_changes = src_dict.get("object_changes")

        request_ip = src_dict.get("request_ip")

        request_user_agent = src_dict.get("request_user_agent")

        request_url = src_dict.get("request_url")

        user = src_dict.get("user")
        if isinstance(user, dict):
            try:
                user_type_0 = AuditLogUser.from_dict(user)

                user = user_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("user", exc) from None

        org_id = src_dict.get("org_id")

        owner_id = src_dict.get("owner_id")

        owner_email = src_dict.get("owner_email")

        association_resource = src_dict.get("association_resource")
        if isinstance(association_resource, dict):
            try:
                association_resource_type_0 = AuditLogAssociation.from_dict(
                    association_resource
                )

                association_resource = association_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("association_resource", exc) from None

        impersonator_id = src_dict.get("impersonator_id")

        audit_log_entry = cls(
            id,
            item_type,
            item_id,
            event,
            created_at,
            change_summary,
            object_changes,
            request_ip,
            request_user_agent,
            request_url,
            user,
            org_id,
            owner_id,
            owner_email,
            association_resource,
            impersonator_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            audit_log_entry.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return audit_log_entry

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


# Imported after the class so that models referring to each other load in any order.
from ..models.audit_log_association import AuditLogAssociation  # noqa: E402
from ..models.audit_log_user import AuditLogUser  # noqa: E402
