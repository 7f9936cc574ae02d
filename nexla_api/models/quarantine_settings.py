# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quarantine_resource_type import QuarantineResourceType
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.data_credential import DataCredential
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.quarantine_export_config import QuarantineExportConfig


T = TypeVar("T", bound="QuarantineSettings")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "owner",
        "org",
        "resource_type",
        "resource_id",
        "config",
        "data_credentials_id",
        "credentials_type",
        "data_credentials",
    }
)


@_attrs_define
class QuarantineSettings:
    """Quarantine export settings of a user."""

    id: int
    owner: None | Owner = None
    org: None | OrgRef = None
    resource_type: None | QuarantineResourceType = None
    resource_id: int | None = None
    config: None | QuarantineExportConfig = None
    data_credentials_id: int | None = None
    credentials_type: None | str = None
    """ Connector type of the credential, for example `s3`. """
    data_credentials: DataCredential | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        resource_type: None | str
        if isinstance(self.resource_type, QuarantineResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        config: dict[str, Any] | None
        if isinstance(self.config, QuarantineExportConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        data_credentials_id: int | None
        data_credentials_id = self.data_credentials_id

        credentials_type: None | str
        credentials_type = self.credentials_type

        data_credentials: dict[str, Any] | None
        if isinstance(self.data_credentials, DataCredential):
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
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if config is not None:
            field_dict["config"] = config
        if data_credentials_id is not None:
            field_dict["data_credentials_id"] = data_credentials_id
        if credentials_type is not None:
            field_dict["credentials_type"] = credentials_type
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

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

        resource_type = src_dict.get("resource_type")
        if isinstance(resource_type, str):
            try:
                resource_type_type_0 = QuarantineResourceType.from_wire(resource_type)

                resource_type = resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_type", exc) from None

        resource_id = src_dict.get("resource_id")

        config = src_dict.get("config")
        if isinstance(config, dict):
            try:
                config_type_0 = QuarantineExportConfig.from_dict(config)

                config = config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("config", exc) from None

        data_credentials_id = src_dict.get("data_credentials_id")

        credentials_type = src_dict.get("credentials_type")

        data_credentials = src_dict.get("data_credentials")
        if isinstance(data_credentials, dict):
            try:
                data_credentials_type_0 = DataCredential.from_dict(data_credentials)

                data_credentials = data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_credentials", exc) from None

        quarantine_settings = cls(
            id,
            owner,
            org,
            resource_type,
            resource_id,
            config,
            data_credentials_id,
            credentials_type,
            data_credentials,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            quarantine_settings.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.data_credential import DataCredential  # noqa: E402
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: E402
