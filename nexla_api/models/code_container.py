from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.ai_function_type import AiFunctionType
from ..models.code_container_code_type import CodeContainerCodeType
from ..models.code_container_encoding import CodeContainerEncoding
from ..models.code_container_output_type import CodeContainerOutputType
from ..models.code_container_resource_type import CodeContainerResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_container_code_op import CodeContainerCodeOp
    from ..models.data_credential_brief import DataCredentialBrief
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="CodeContainer")


@_attrs_define
class CodeContainer:
    """A code container as Nexla returns it."""

    id: int
    name: str
    description: None | str | Unset = UNSET
    resource_type: CodeContainerResourceType | None | Unset = UNSET
    ai_function_type: AiFunctionType | None | Unset = UNSET
    reusable: bool | None | Unset = UNSET
    public: bool | None | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: Any | list[AccessRole] | None | Unset = UNSET
    """ The caller's roles on the code container: a list of role names per the official reference; the official SDK
    reads an object, which is kept as received. """
    data_credentials: DataCredentialBrief | None | Unset = UNSET
    runtime_data_credentials: DataCredentialBrief | None | Unset = UNSET
    code_type: CodeContainerCodeType | None | Unset = UNSET
    output_type: CodeContainerOutputType | None | Unset = UNSET
    code_encoding: CodeContainerEncoding | None | Unset = UNSET
    code: list[CodeContainerCodeOp] | None | str | Unset = UNSET
    code_config: Any | Unset = UNSET
    custom_config: Any | Unset = UNSET
    managed: bool | None | Unset = UNSET
    data_sets: list[int] | None | Unset = UNSET
    """ Ids of the nexsets that use the code container. """
    flows: list[int] | None | Unset = UNSET
    """ Ids of the flows that use the code container. """
    copied_from_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_credential_brief import DataCredentialBrief  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, CodeContainerResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        ai_function_type: None | str | Unset
        if isinstance(self.ai_function_type, Unset):
            ai_function_type = UNSET
        elif isinstance(self.ai_function_type, AiFunctionType):
            ai_function_type = self.ai_function_type.value
        else:
            ai_function_type = self.ai_function_type

        reusable: bool | None | Unset
        if isinstance(self.reusable, Unset):
            reusable = UNSET
        else:
            reusable = self.reusable

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        elif isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        access_roles: Any | list[str] | None | Unset
        if isinstance(self.access_roles, Unset):
            access_roles = UNSET
        elif isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        data_credentials: dict[str, Any] | None | Unset
        if isinstance(self.data_credentials, Unset):
            data_credentials = UNSET
        elif isinstance(self.data_credentials, DataCredentialBrief):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        runtime_data_credentials: dict[str, Any] | None | Unset
        if isinstance(self.runtime_data_credentials, Unset):
            runtime_data_credentials = UNSET
        elif isinstance(self.runtime_data_credentials, DataCredentialBrief):
            runtime_data_credentials = self.runtime_data_credentials.to_dict()
        else:
            runtime_data_credentials = self.runtime_data_credentials

        code_type: None | str | Unset
        if isinstance(self.code_type, Unset):
            code_type = UNSET
        elif isinstance(self.code_type, CodeContainerCodeType):
            code_type = self.code_type.value
        else:
            code_type = self.code_type

        output_type: None | str | Unset
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        elif isinstance(self.output_type, CodeContainerOutputType):
            output_type = self.output_type.value
        else:
            output_type = self.output_type

        code_encoding: None | str | Unset
        if isinstance(self.code_encoding, Unset):
            code_encoding = UNSET
        elif isinstance(self.code_encoding, CodeContainerEncoding):
            code_encoding = self.code_encoding.value
        else:
            code_encoding = self.code_encoding

        code: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, list):
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

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        data_sets: list[int] | None | Unset
        if isinstance(self.data_sets, Unset):
            data_sets = UNSET
        elif isinstance(self.data_sets, list):
            data_sets = self.data_sets

        else:
            data_sets = self.data_sets

        flows: list[int] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, list):
            flows = self.flows

        else:
            flows = self.flows

        copied_from_id: int | None | Unset
        if isinstance(self.copied_from_id, Unset):
            copied_from_id = UNSET
        else:
            copied_from_id = self.copied_from_id

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
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
        if description is not UNSET:
            field_dict["description"] = description
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if ai_function_type is not UNSET:
            field_dict["ai_function_type"] = ai_function_type
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if public is not UNSET:
            field_dict["public"] = public
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if data_credentials is not UNSET:
            field_dict["data_credentials"] = data_credentials
        if runtime_data_credentials is not UNSET:
            field_dict["runtime_data_credentials"] = runtime_data_credentials
        if code_type is not UNSET:
            field_dict["code_type"] = code_type
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if code_encoding is not UNSET:
            field_dict["code_encoding"] = code_encoding
        if code is not UNSET:
            field_dict["code"] = code
        if code_config is not UNSET:
            field_dict["code_config"] = code_config
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config
        if managed is not UNSET:
            field_dict["managed"] = managed
        if data_sets is not UNSET:
            field_dict["data_sets"] = data_sets
        if flows is not UNSET:
            field_dict["flows"] = flows
        if copied_from_id is not UNSET:
            field_dict["copied_from_id"] = copied_from_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_container_code_op import CodeContainerCodeOp  # noqa: PLC0415
        from ..models.data_credential_brief import DataCredentialBrief  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_resource_type(
            data: object,
        ) -> CodeContainerResourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = CodeContainerResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeContainerResourceType | None | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_ai_function_type(data: object) -> AiFunctionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ai_function_type_type_0 = AiFunctionType(data)

                return ai_function_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AiFunctionType | None | Unset, data)

        ai_function_type = _parse_ai_function_type(d.pop("ai_function_type", UNSET))

        def _parse_reusable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reusable = _parse_reusable(d.pop("reusable", UNSET))

        def _parse_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        def _parse_owner(data: object) -> None | Owner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Owner.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Owner | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_org(data: object) -> None | OrgRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                org_type_0 = OrgRef.from_dict(data)

                return org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgRef | Unset, data)

        org = _parse_org(d.pop("org", UNSET))

        def _parse_access_roles(data: object) -> Any | list[AccessRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_roles_type_0 = []
                _access_roles_type_0 = data
                for access_roles_type_0_item_data in _access_roles_type_0:
                    access_roles_type_0_item = AccessRole(access_roles_type_0_item_data)

                    access_roles_type_0.append(access_roles_type_0_item)

                return access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[AccessRole] | None | Unset, data)

        access_roles = _parse_access_roles(d.pop("access_roles", UNSET))

        def _parse_data_credentials(data: object) -> DataCredentialBrief | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_credentials_type_0 = DataCredentialBrief.from_dict(data)

                return data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCredentialBrief | None | Unset, data)

        data_credentials = _parse_data_credentials(d.pop("data_credentials", UNSET))

        def _parse_runtime_data_credentials(
            data: object,
        ) -> DataCredentialBrief | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                runtime_data_credentials_type_0 = DataCredentialBrief.from_dict(data)

                return runtime_data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCredentialBrief | None | Unset, data)

        runtime_data_credentials = _parse_runtime_data_credentials(
            d.pop("runtime_data_credentials", UNSET)
        )

        def _parse_code_type(data: object) -> CodeContainerCodeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_type_0 = CodeContainerCodeType(data)

                return code_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeContainerCodeType | None | Unset, data)

        code_type = _parse_code_type(d.pop("code_type", UNSET))

        def _parse_output_type(data: object) -> CodeContainerOutputType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_type_type_0 = CodeContainerOutputType(data)

                return output_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeContainerOutputType | None | Unset, data)

        output_type = _parse_output_type(d.pop("output_type", UNSET))

        def _parse_code_encoding(data: object) -> CodeContainerEncoding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_encoding_type_0 = CodeContainerEncoding(data)

                return code_encoding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeContainerEncoding | None | Unset, data)

        code_encoding = _parse_code_encoding(d.pop("code_encoding", UNSET))

        def _parse_code(data: object) -> list[CodeContainerCodeOp] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_code_container_code_type_0 = []
                _componentsschemas_code_container_code_type_0 = data
                for (
                    componentsschemas_code_container_code_type_0_item_data
                ) in _componentsschemas_code_container_code_type_0:
                    componentsschemas_code_container_code_type_0_item = (
                        CodeContainerCodeOp.from_dict(
                            componentsschemas_code_container_code_type_0_item_data
                        )
                    )

                    componentsschemas_code_container_code_type_0.append(
                        componentsschemas_code_container_code_type_0_item
                    )

                return componentsschemas_code_container_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeContainerCodeOp] | None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        code_config = d.pop("code_config", UNSET)

        custom_config = d.pop("custom_config", UNSET)

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        def _parse_data_sets(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sets_type_0 = cast(list[int], data)

                return data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sets = _parse_data_sets(d.pop("data_sets", UNSET))

        def _parse_flows(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                flows_type_0 = cast(list[int], data)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

        def _parse_copied_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        code_container = cls(
            id=id,
            name=name,
            description=description,
            resource_type=resource_type,
            ai_function_type=ai_function_type,
            reusable=reusable,
            public=public,
            owner=owner,
            org=org,
            access_roles=access_roles,
            data_credentials=data_credentials,
            runtime_data_credentials=runtime_data_credentials,
            code_type=code_type,
            output_type=output_type,
            code_encoding=code_encoding,
            code=code,
            code_config=code_config,
            custom_config=custom_config,
            managed=managed,
            data_sets=data_sets,
            flows=flows,
            copied_from_id=copied_from_id,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        code_container.additional_properties = d
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
