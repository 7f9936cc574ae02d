# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="ApprovalRequest")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "org_id",
        "request_type",
        "status",
        "topic_id",
        "resource_type",
        "resource_id",
        "requestor_id",
        "requester_id",
        "assignee_id",
        "reason",
        "rejection_reason",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class ApprovalRequest:
    """A request that waits for an administrator's decision. The official reference and the SDK name some fields
    differently; both spellings are listed.

    """

    id: int
    org_id: int | None = None
    request_type: None | str = None
    """ What is being asked for. """
    status: None | str = None
    """ Where the request stands, for example pending, approved or rejected. """
    topic_id: int | None = None
    """ Id of the resource the request is about (official reference's name). """
    resource_type: None | str = None
    resource_id: int | None = None
    """ Id of the resource the request is about (SDK's name). """
    requestor_id: int | None = None
    """ User who made the request (official reference's name). """
    requester_id: int | None = None
    """ User who made the request (SDK's name). """
    assignee_id: int | None = None
    """ User who is to decide. """
    reason: None | str = None
    rejection_reason: None | str = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id: int | None
        org_id = self.org_id

        request_type: None | str
        request_type = self.request_type

        status: None | str
        status = self.status

        topic_id: int | None
        topic_id = self.topic_id

        resource_type: None | str
        resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        requestor_id: int | None
        requestor_id = self.requestor_id

        requester_id: int | None
        requester_id = self.requester_id

        assignee_id: int | None
        assignee_id = self.assignee_id

        reason: None | str
        reason = self.reason

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if org_id is not None:
            field_dict["org_id"] = org_id
        if request_type is not None:
            field_dict["request_type"] = request_type
        if status is not None:
            field_dict["status"] = status
        if topic_id is not None:
            field_dict["topic_id"] = topic_id
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if requestor_id is not None:
            field_dict["requestor_id"] = requestor_id
        if requester_id is not None:
            field_dict["requester_id"] = requester_id
        if assignee_id is not None:
            field_dict["assignee_id"] = assignee_id
        if reason is not None:
            field_dict["reason"] = reason
        if rejection_reason is not None:
            field_dict["rejection_reason"] = rejection_reason
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        org_id = src_dict.get("org_id")

        request_type = src_dict.get("request_type")

        status = src_dict.get("status")

        topic_id = src_dict.get("topic_id")

        resource_type = src_dict.get("resource_type")

        resource_id = src_dict.get("resource_id")

        requestor_id = src_dict.get("requestor_id")

        requester_id = src_dict.get("requester_id")

        assignee_id = src_dict.get("assignee_id")

        reason = src_dict.get("reason")

        rejection_reason = src_dict.get("rejection_reason")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        approval_request = cls(
            id,
            org_id,
            request_type,
            status,
            topic_id,
            resource_type,
            resource_id,
            requestor_id,
            requester_id,
            assignee_id,
            reason,
            rejection_reason,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            approval_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return approval_request

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
