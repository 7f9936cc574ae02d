# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_task_status import AsyncTaskStatus
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="AsyncTask")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "type",
        "status",
        "priority",
        "progress",
        "created_at",
        "updated_at",
        "started_at",
        "finished_at",
        "stopped_at",
        "result",
        "result_url",
        "error",
        "owner",
        "org",
    }
)


@_attrs_define
class AsyncTask:
    """A background task. `status` follows the official reference's states; other spellings (the `QUEUED` and `DONE` of the
    SDK's tests) still parse, as unknown members of the enum.

    """

    id: int
    type_: None | str = None
    status: AsyncTaskStatus | None = None
    priority: int | None = None
    progress: float | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    stopped_at: datetime.datetime | None = None
    result: Any = None
    result_url: None | str = None
    error: None | str = None
    """ What went wrong, when the task failed. """
    owner: None | Owner = None
    org: None | OrgRef = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: None | str
        type_ = self.type_

        status: None | str
        if isinstance(self.status, AsyncTaskStatus):
            status = self.status.value
        else:
            status = self.status

        priority: int | None
        priority = self.priority

        progress: float | None
        progress = self.progress

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

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        stopped_at: None | str
        if isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        result = self.result

        result_url: None | str
        result_url = self.result_url

        error: None | str
        error = self.error

        owner: dict[str, Any] | None
        if isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None
        if isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not None:
            field_dict["type"] = type_
        if status is not None:
            field_dict["status"] = status
        if priority is not None:
            field_dict["priority"] = priority
        if progress is not None:
            field_dict["progress"] = progress
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        if started_at is not None:
            field_dict["started_at"] = started_at
        if finished_at is not None:
            field_dict["finished_at"] = finished_at
        if stopped_at is not None:
            field_dict["stopped_at"] = stopped_at
        if result is not None:
            field_dict["result"] = result
        if result_url is not None:
            field_dict["result_url"] = result_url
        if error is not None:
            field_dict["error"] = error
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        type_ = src_dict.get("type")

        status = src_dict.get("status")
        if isinstance(status, str):
            try:
                status_type_0 = AsyncTaskStatus.from_wire(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("status", exc) from None

        priority = src_dict.get("priority")

        progress = src_dict.get("progress")

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

        started_at = src_dict.get("started_at")
        if isinstance(started_at, str):
            try:
                started_at_type_0 = datetime.datetime.fromisoformat(started_at)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("started_at", exc) from None

        finished_at = src_dict.get("finished_at")
        if isinstance(finished_at, str):
            try:
                finished_at_type_0 = datetime.datetime.fromisoformat(finished_at)

                finished_at = finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("finished_at", exc) from None

        stopped_at = src_dict.get("stopped_at")
        if isinstance(stopped_at, str):
            try:
                stopped_at_type_0 = datetime.datetime.fromisoformat(stopped_at)

                stopped_at = stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("stopped_at", exc) from None

        result = src_dict.get("result")

        result_url = src_dict.get("result_url")

        error = src_dict.get("error")

        owner = src_dict.get("owner")
        if isinstance(owner, dict):
            try:
                owner_type_0 = Owner.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        org = src_dict.get("org")
        if isinstance(org, dict):
            try:
                org_type_0 = OrgRef.from_dict(org)

                org = org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org", exc) from None

        async_task = cls(
            id,
            type_,
            status,
            priority,
            progress,
            created_at,
            updated_at,
            started_at,
            finished_at,
            stopped_at,
            result,
            result_url,
            error,
            owner,
            org,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            async_task.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return async_task

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
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
