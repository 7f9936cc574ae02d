from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_association import AuditLogAssociation
    from ..models.audit_log_user import AuditLogUser


T = TypeVar("T", bound="AuditLogEntry")


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
    change_summary: list[str] | None | Unset = UNSET
    object_changes: Any | Unset = UNSET
    """ Changed attributes, each mapped to a two-element `[old, new]` list. """
    request_ip: None | str | Unset = UNSET
    request_user_agent: None | str | Unset = UNSET
    request_url: None | str | Unset = UNSET
    user: AuditLogUser | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    owner_email: None | str | Unset = UNSET
    association_resource: AuditLogAssociation | None | Unset = UNSET
    impersonator_id: int | None | Unset = UNSET
    """ User who acted on behalf of `user`, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_log_association import AuditLogAssociation  # noqa: PLC0415
        from ..models.audit_log_user import AuditLogUser  # noqa: PLC0415

        id = self.id

        item_type = self.item_type

        item_id = self.item_id

        event = self.event

        created_at = self.created_at.isoformat()

        change_summary: list[str] | None | Unset
        if isinstance(self.change_summary, Unset):
            change_summary = UNSET
        elif isinstance(self.change_summary, list):
            change_summary = self.change_summary

        else:
            change_summary = self.change_summary

        object_changes = self.object_changes

        request_ip: None | str | Unset
        if isinstance(self.request_ip, Unset):
            request_ip = UNSET
        else:
            request_ip = self.request_ip

        request_user_agent: None | str | Unset
        if isinstance(self.request_user_agent, Unset):
            request_user_agent = UNSET
        else:
            request_user_agent = self.request_user_agent

        request_url: None | str | Unset
        if isinstance(self.request_url, Unset):
            request_url = UNSET
        else:
            request_url = self.request_url

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, AuditLogUser):
            user = self.user.to_dict()
        else:
            user = self.user

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

        owner_email: None | str | Unset
        if isinstance(self.owner_email, Unset):
            owner_email = UNSET
        else:
            owner_email = self.owner_email

        association_resource: dict[str, Any] | None | Unset
        if isinstance(self.association_resource, Unset):
            association_resource = UNSET
        elif isinstance(self.association_resource, AuditLogAssociation):
            association_resource = self.association_resource.to_dict()
        else:
            association_resource = self.association_resource

        impersonator_id: int | None | Unset
        if isinstance(self.impersonator_id, Unset):
            impersonator_id = UNSET
        else:
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
        if change_summary is not UNSET:
            field_dict["change_summary"] = change_summary
        if object_changes is not UNSET:
            field_dict["object_changes"] = object_changes
        if request_ip is not UNSET:
            field_dict["request_ip"] = request_ip
        if request_user_agent is not UNSET:
            field_dict["request_user_agent"] = request_user_agent
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if user is not UNSET:
            field_dict["user"] = user
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if association_resource is not UNSET:
            field_dict["association_resource"] = association_resource
        if impersonator_id is not UNSET:
            field_dict["impersonator_id"] = impersonator_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_association import AuditLogAssociation  # noqa: PLC0415
        from ..models.audit_log_user import AuditLogUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        item_type = d.pop("item_type")

        item_id = d.pop("item_id")

        event = d.pop("event")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_change_summary(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                change_summary_type_0 = cast(list[str], data)

                return change_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        change_summary = _parse_change_summary(d.pop("change_summary", UNSET))

        object_changes = d.pop("object_changes", UNSET)

        def _parse_request_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_ip = _parse_request_ip(d.pop("request_ip", UNSET))

        def _parse_request_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_user_agent = _parse_request_user_agent(
            d.pop("request_user_agent", UNSET)
        )

        def _parse_request_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_url = _parse_request_url(d.pop("request_url", UNSET))

        def _parse_user(data: object) -> AuditLogUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = AuditLogUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditLogUser | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

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

        def _parse_owner_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_email = _parse_owner_email(d.pop("owner_email", UNSET))

        def _parse_association_resource(
            data: object,
        ) -> AuditLogAssociation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                association_resource_type_0 = AuditLogAssociation.from_dict(data)

                return association_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditLogAssociation | None | Unset, data)

        association_resource = _parse_association_resource(
            d.pop("association_resource", UNSET)
        )

        def _parse_impersonator_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impersonator_id = _parse_impersonator_id(d.pop("impersonator_id", UNSET))

        audit_log_entry = cls(
            id=id,
            item_type=item_type,
            item_id=item_id,
            event=event,
            created_at=created_at,
            change_summary=change_summary,
            object_changes=object_changes,
            request_ip=request_ip,
            request_user_agent=request_user_agent,
            request_url=request_url,
            user=user,
            org_id=org_id,
            owner_id=owner_id,
            owner_email=owner_email,
            association_resource=association_resource,
            impersonator_id=impersonator_id,
        )

        audit_log_entry.additional_properties = d
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
