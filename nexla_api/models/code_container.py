# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.ai_function_type import AiFunctionType
from ..models.code_container_code_type import CodeContainerCodeType
from ..models.code_container_encoding import CodeContainerEncoding
from ..models.code_container_output_type import CodeContainerOutputType
from ..models.code_container_resource_type import CodeContainerResourceType
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.code_container_code_op import CodeContainerCodeOp
    from ..models.data_credential_brief import DataCredentialBrief
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="CodeContainer")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "resource_type",
        "ai_function_type",
        "reusable",
        "public",
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
        "flows",
        "copied_from_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class CodeContainer:
    """A code container as Nexla returns it."""

    id: int
    name: str
    description: None | str = None
    resource_type: CodeContainerResourceType | None = None
    ai_function_type: AiFunctionType | None = None
    reusable: bool | None = None
    public: bool | None = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: Any | list[AccessRole] | None = None
    """ The caller's roles on the code container: a list of role names per the official reference; the official SDK
    reads an object, which is kept as received. """
    data_credentials: DataCredentialBrief | None = None
    runtime_data_credentials: DataCredentialBrief | None = None
    code_type: CodeContainerCodeType | None = None
    output_type: CodeContainerOutputType | None = None
    code_encoding: CodeContainerEncoding | None = None
    code: list[CodeContainerCodeOp] | None | str = None
    code_config: Any = None
    custom_config: Any = None
    managed: bool | None = None
    data_sets: list[int] | None = None
    """ Ids of the nexsets that use the code container. """
    flows: list[int] | None = None
    """ Ids of the flows that use the code container. """
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
        if isinstance(self.resource_type, CodeContainerResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        ai_function_type: None | str
        if isinstance(self.ai_function_type, AiFunctionType):
            ai_function_type = self.ai_function_type.value
        else:
            ai_function_type = self.ai_function_type

        reusable: bool | None
        reusable = self.reusable

        public: bool | None
        public = self.public

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

        access_roles: Any | list[str] | None
        if isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
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
        if isinstance(self.code_type, CodeContainerCodeType):
            code_type = self.code_type.value
        else:
            code_type = self.code_type

        output_type: None | str
        if isinstance(self.output_type, CodeContainerOutputType):
            output_type = self.output_type.value
        else:
            output_type = self.output_type

        code_encoding: None | str
        if isinstance(self.code_encoding, CodeContainerEncoding):
            code_encoding = self.code_encoding.value
        else:
            code_encoding = self.code_encoding

        code: list[dict[str, Any]] | None | str
        if isinstance(self.code, list):
            code = []
            for componentsschemas_code_container_code_type_0_item_data in self.code:
                componentsschemas_code_container_code_type_0_item = (
                    componentsschemas_code_container_code_type_0_item_data.to_dict()
                )
                code.append(componentsschemas_code_container_code_type_0_item)

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

        flows: list[int] | None
        if isinstance(self.flows, list):
            flows = self.flows

        else:
            flows = self.flows

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
        if ai_function_type is not None:
            field_dict["ai_function_type"] = ai_function_type
        if reusable is not None:
            field_dict["reusable"] = reusable
        if public is not None:
            field_dict["public"] = public
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
        if flows is not None:
            field_dict["flows"] = flows
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
        if isinstance(resource_type, str):
            try:
                resource_type_type_0 = CodeContainerResourceType.from_wire(
                    resource_type
                )

                resource_type = resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_type", exc) from None

        ai_function_type = src_dict.get("ai_function_type")
        if isinstance(ai_function_type, str):
            try:
                ai_function_type_type_0 = AiFunctionType.from_wire(ai_function_type)

                ai_function_type = ai_function_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("ai_function_type", exc) from None

        reusable = src_dict.get("reusable")

        public = src_dict.get("public")

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
        if isinstance(access_roles, list):
            try:
                access_roles_type_0 = [
                    AccessRole.from_wire(item) for item in access_roles
                ]

                access_roles = access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_roles", exc) from None

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
        if isinstance(code_type, str):
            try:
                code_type_type_0 = CodeContainerCodeType.from_wire(code_type)

                code_type = code_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code_type", exc) from None

        output_type = src_dict.get("output_type")
        if isinstance(output_type, str):
            try:
                output_type_type_0 = CodeContainerOutputType.from_wire(output_type)

                output_type = output_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("output_type", exc) from None

        code_encoding = src_dict.get("code_encoding")
        if isinstance(code_encoding, str):
            try:
                code_encoding_type_0 = CodeContainerEncoding.from_wire(code_encoding)

                code_encoding = code_encoding_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code_encoding", exc) from None

        code = src_dict.get("code")
        if isinstance(code, list):
            try:
                componentsschemas_code_container_code_type_0 = [
                    CodeContainerCodeOp.from_dict(item) for item in code
                ]

                code = componentsschemas_code_container_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code", exc) from None

        code_config = src_dict.get("code_config")

        custom_config = src_dict.get("custom_config")

        managed = src_dict.get("managed")

        data_sets = src_dict.get("data_sets")

        flows = src_dict.get("flows")

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

        code_container = cls(
            id,
            name,
            description,
            resource_type,
            ai_function_type,
            reusable,
            public,
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
            flows,
            copied_from_id,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            code_container.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return code_container

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
from ..models.code_container_code_op import CodeContainerCodeOp  # noqa: E402
from ..models.data_credential_brief import DataCredentialBrief  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
