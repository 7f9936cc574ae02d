from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quarantine_resource_type import QuarantineResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_credential import DataCredential
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.quarantine_export_config import QuarantineExportConfig


T = TypeVar("T", bound="QuarantineSettings")


@_attrs_define
class QuarantineSettings:
    """Quarantine export settings of a user."""

    id: int
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    resource_type: None | QuarantineResourceType | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    config: None | QuarantineExportConfig | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    credentials_type: None | str | Unset = UNSET
    """ Connector type of the credential, for example `s3`. """
    data_credentials: DataCredential | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: PLC0415

        id = self.id

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

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, QuarantineResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, QuarantineExportConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        data_credentials_id: int | None | Unset
        if isinstance(self.data_credentials_id, Unset):
            data_credentials_id = UNSET
        else:
            data_credentials_id = self.data_credentials_id

        credentials_type: None | str | Unset
        if isinstance(self.credentials_type, Unset):
            credentials_type = UNSET
        else:
            credentials_type = self.credentials_type

        data_credentials: dict[str, Any] | None | Unset
        if isinstance(self.data_credentials, Unset):
            data_credentials = UNSET
        elif isinstance(self.data_credentials, DataCredential):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if config is not UNSET:
            field_dict["config"] = config
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if credentials_type is not UNSET:
            field_dict["credentials_type"] = credentials_type
        if data_credentials is not UNSET:
            field_dict["data_credentials"] = data_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        def _parse_resource_type(data: object) -> None | QuarantineResourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = QuarantineResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuarantineResourceType | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_config(data: object) -> None | QuarantineExportConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = QuarantineExportConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuarantineExportConfig | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_credentials_id = _parse_data_credentials_id(
            d.pop("data_credentials_id", UNSET)
        )

        def _parse_credentials_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credentials_type = _parse_credentials_type(d.pop("credentials_type", UNSET))

        def _parse_data_credentials(data: object) -> DataCredential | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_credentials_type_0 = DataCredential.from_dict(data)

                return data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCredential | None | Unset, data)

        data_credentials = _parse_data_credentials(d.pop("data_credentials", UNSET))

        quarantine_settings = cls(
            id=id,
            owner=owner,
            org=org,
            resource_type=resource_type,
            resource_id=resource_id,
            config=config,
            data_credentials_id=data_credentials_id,
            credentials_type=credentials_type,
            data_credentials=data_credentials,
        )

        quarantine_settings.additional_properties = d
        return quarantine_settings

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
