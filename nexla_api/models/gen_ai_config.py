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
    from ..models.data_credential import DataCredential
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="GenAiConfig")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "type",
        "provider",
        "status",
        "config",
        "data_credentials_id",
        "data_credentials",
        "owner",
        "org",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class GenAiConfig:
    """A GenAI integration config."""

    id: int
    name: None | str = None
    description: None | str = None
    type_: None | str = None
    """ Provider, for example `genai_openai` or `genai_googleai`. """
    provider: None | str = None
    status: None | str = None
    """ For example `ACTIVE` or `PAUSED`. """
    config: Any = None
    data_credentials_id: int | None = None
    data_credentials: DataCredential | None = None
    owner: None | Owner = None
    org: None | OrgRef = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
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

        type_: None | str
        type_ = self.type_

        provider: None | str
        provider = self.provider

        status: None | str
        status = self.status

        config = self.config

        data_credentials_id: int | None
        data_credentials_id = self.data_credentials_id

        data_credentials: dict[str, Any] | None
        if isinstance(self.data_credentials, DataCredential):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

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
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if type_ is not None:
            field_dict["type"] = type_
        if provider is not None:
            field_dict["provider"] = provider
        if status is not None:
            field_dict["status"] = status
        if config is not None:
            field_dict["config"] = config
        if data_credentials_id is not None:
            field_dict["data_credentials_id"] = data_credentials_id
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        description = src_dict.get("description")

        type_ = src_dict.get("type")

        provider = src_dict.get("provider")

        status = src_dict.get("status")

        config = src_dict.get("config")

        data_credentials_id = src_dict.get("data_credentials_id")

        data_credentials = src_dict.get("data_credentials")
        if isinstance(data_credentials, dict):
            try:
                data_credentials_type_0 = DataCredential.from_dict(data_credentials)

                data_credentials = data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_credentials", exc) from None

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

        gen_ai_config = cls(
            id,
            name,
            description,
            type_,
            provider,
            status,
            config,
            data_credentials_id,
            data_credentials,
            owner,
            org,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            gen_ai_config.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return gen_ai_config

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
from ..models.data_credential import DataCredential  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
