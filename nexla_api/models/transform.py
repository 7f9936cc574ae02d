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
    from ..models.data_credential_brief import DataCredentialBrief
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.transform_code_op import TransformCodeOp


T = TypeVar("T", bound="Transform")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "resource_type",
        "reusable",
        "owner",
        "org",
        "access_roles",
        "data_credentials",
        "runtime_data_credentials",
        "code_type",
        "output_type",
        "code_encoding",
        "code",
        "code_config",
        "custom_config",
        "managed",
        "data_sets",
        "copied_from_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Transform:
    """A reusable record transform as Nexla returns it."""

    id: int
    name: str
    description: None | str = None
    resource_type: None | str = None
    """ Kind of code container, `transform` here. """
    reusable: bool | None = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: Any = None
    """ The caller's roles on the transform. The official reference documents a list of role names (see AccessRole);
    the official SDK reads an object, so the value is passed through as received. """
    data_credentials: DataCredentialBrief | None = None
    runtime_data_credentials: DataCredentialBrief | None = None
    code_type: None | str = None
    output_type: None | str = None
    code_encoding: None | str = None
    code: list[TransformCodeOp] | None = None
    code_config: Any = None
    custom_config: Any = None
    managed: bool | None = None
    data_sets: list[int] | None = None
    """ Ids of the nexsets that apply this transform. """
    copied_from_id: int | None = None
    tags: list[str] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        resource_type: None | str
        resource_type = self.resource_type

        reusable: bool | None
        reusable = self.reusable

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

        access_roles = self.access_roles

        data_credentials: dict[str, Any] | None
        if isinstance(self.data_credentials, DataCredentialBrief):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        runtime_data_credentials: dict[str, Any] | None
        if isinstance(self.runtime_data_credentials, DataCredentialBrief):
            runtime_data_credentials = self.runtime_data_credentials.to_dict()
        else:
            runtime_data_credentials = self.runtime_data_credentials

        code_type: None | str
        code_type = self.code_type

        output_type: None | str
        output_type = self.output_type

        code_encoding: None | str
        code_encoding = self.code_encoding

        code: list[dict[str, Any]] | None
        if isinstance(self.code, list):
            code = []
            for code_type_0_item_data in self.code:
                code_type_0_item = code_type_0_item_data.to_dict()
                code.append(code_type_0_item)

        else:
            code = self.code

        code_config = self.code_config

        custom_config = self.custom_config

        managed: bool | None
        managed = self.managed

        data_sets: list[int] | None
        if isinstance(self.data_sets, list):
            data_sets = self.data_sets

        else:
            data_sets = self.data_sets

        copied_from_id: int | None
        copied_from_id = self.copied_from_id

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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
                "name": name,
            }
        )
        if description is not None:
            field_dict["description"] = description
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if reusable is not None:
            field_dict["reusable"] = reusable
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials
        if runtime_data_credentials is not None:
            field_dict["runtime_data_credentials"] = runtime_data_credentials
        if code_type is not None:
            field_dict["code_type"] = code_type
        if output_type is not None:
            field_dict["output_type"] = output_type
        if code_encoding is not None:
            field_dict["code_encoding"] = code_encoding
        if code is not None:
            field_dict["code"] = code
        if code_config is not None:
            field_dict["code_config"] = code_config
        if custom_config is not None:
            field_dict["custom_config"] = custom_config
        if managed is not None:
            field_dict["managed"] = managed
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if copied_from_id is not None:
            field_dict["copied_from_id"] = copied_from_id
        if tags is not None:
            field_dict["tags"] = tags
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict.get("description")

        resource_type = src_dict.get("resource_type")

        reusable = src_dict.get("reusable")

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

        access_roles = src_dict.get("access_roles")

        data_credentials = src_dict.get("data_credentials")
        if isinstance(data_credentials, dict):
            try:
                data_credentials_type_0 = DataCredentialBrief.from_dict(
                    data_credentials
                )

                data_credentials = data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_credentials", exc) from None

        runtime_data_credentials = src_dict.get("runtime_data_credentials")
        if isinstance(runtime_data_credentials, dict):
            try:
                runtime_data_credentials_type_0 = DataCredentialBrief.from_dict(
                    runtime_data_credentials
                )

                runtime_data_credentials = runtime_data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("runtime_data_credentials", exc) from None

        code_type = src_dict.get("code_type")

        output_type = src_dict.get("output_type")

        code_encoding = src_dict.get("code_encoding")

        code = src_dict.get("code")
        if isinstance(code, list):
            try:
                code_type_0 = [TransformCodeOp.from_dict(item) for item in code]

                code = code_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code", exc) from None

        code_config = src_dict.get("code_config")

        custom_config = src_dict.get("custom_config")

        managed = src_dict.get("managed")

        data_sets = src_dict.get("data_sets")

        copied_from_id = src_dict.get("copied_from_id")

        tags = src_dict.get("tags")

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

        transform = cls(
            id,
            name,
            description,
            resource_type,
            reusable,
            owner,
            org,
            access_roles,
            data_credentials,
            runtime_data_credentials,
            code_type,
            output_type,
            code_encoding,
            code,
            code_config,
            custom_config,
            managed,
            data_sets,
            copied_from_id,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            transform.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return transform

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
from ..models.data_credential_brief import DataCredentialBrief  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
from ..models.transform_code_op import TransformCodeOp  # noqa: E402
