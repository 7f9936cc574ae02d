# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_protocol import AuthProtocol
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="AuthConfig")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "protocol",
        "uid",
        "owner",
        "org",
        "global",
        "auto_create_users_enabled",
        "name_identifier_format",
        "nexla_base_url",
        "service_entity_id",
        "assertion_consumer_url",
        "logout_url",
        "metadata_url",
        "idp_entity_id",
        "idp_sso_target_url",
        "idp_slo_target_url",
        "idp_cert",
        "security_settings",
        "oidc_domain",
        "oidc_keys_url_key",
        "oidc_token_verify_url",
        "oidc_id_claims",
        "oidc_access_claims",
        "client_config",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class AuthConfig:
    """An authentication configuration as Nexla returns it; `secret_config` is not part of it."""

    id: int
    name: None | str = None
    description: None | str = None
    protocol: AuthProtocol | None = None
    uid: None | str = None
    owner: None | Owner = None
    org: None | OrgRef = None
    global_: bool | None = None
    auto_create_users_enabled: bool | None = None
    name_identifier_format: None | str = None
    nexla_base_url: None | str = None
    service_entity_id: None | str = None
    assertion_consumer_url: None | str = None
    logout_url: None | str = None
    metadata_url: None | str = None
    idp_entity_id: None | str = None
    idp_sso_target_url: None | str = None
    idp_slo_target_url: None | str = None
    idp_cert: None | str = None
    security_settings: Any | None | str = None
    oidc_domain: None | str = None
    oidc_keys_url_key: None | str = None
    oidc_token_verify_url: None | str = None
    oidc_id_claims: Any | None | str = None
    oidc_access_claims: Any | None | str = None
    client_config: Any = None
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

        protocol: None | str
        if isinstance(self.protocol, AuthProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        uid: None | str
        uid = self.uid

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

        global_: bool | None
        global_ = self.global_

        auto_create_users_enabled: bool | None
        auto_create_users_enabled = self.auto_create_users_enabled

        name_identifier_format: None | str
        name_identifier_format = self.name_identifier_format

        nexla_base_url: None | str
        nexla_base_url = self.nexla_base_url

        service_entity_id: None | str
        service_entity_id = self.service_entity_id

        assertion_consumer_url: None | str
        assertion_consumer_url = self.assertion_consumer_url

        logout_url: None | str
        logout_url = self.logout_url

        metadata_url: None | str
        metadata_url = self.metadata_url

        idp_entity_id: None | str
        idp_entity_id = self.idp_entity_id

        idp_sso_target_url: None | str
        idp_sso_target_url = self.idp_sso_target_url

        idp_slo_target_url: None | str
        idp_slo_target_url = self.idp_slo_target_url

        idp_cert: None | str
        idp_cert = self.idp_cert

        security_settings: Any | None | str
        security_settings = self.security_settings

        oidc_domain: None | str
        oidc_domain = self.oidc_domain

        oidc_keys_url_key: None | str
        oidc_keys_url_key = self.oidc_keys_url_key

        oidc_token_verify_url: None | str
        oidc_token_verify_url = self.oidc_token_verify_url

        oidc_id_claims: Any | None | str
        oidc_id_claims = self.oidc_id_claims

        oidc_access_claims: Any | None | str
        oidc_access_claims = self.oidc_access_claims

        client_config = self.client_config

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
        if protocol is not None:
            field_dict["protocol"] = protocol
        if uid is not None:
            field_dict["uid"] = uid
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if global_ is not None:
            field_dict["global"] = global_
        if auto_create_users_enabled is not None:
            field_dict["auto_create_users_enabled"] = auto_create_users_enabled
        if name_identifier_format is not None:
            field_dict["name_identifier_format"] = name_identifier_format
        if nexla_base_url is not None:
            field_dict["nexla_base_url"] = nexla_base_url
        if service_entity_id is not None:
            field_dict["service_entity_id"] = service_entity_id
        if assertion_consumer_url is not None:
            field_dict["assertion_consumer_url"] = assertion_consumer_url
        if logout_url is not None:
            field_dict["logout_url"] = logout_url
        if metadata_url is not None:
            field_dict["metadata_url"] = metadata_url
        if idp_entity_id is not None:
            field_dict["idp_entity_id"] = idp_entity_id
        if idp_sso_target_url is not None:
            field_dict["idp_sso_target_url"] = idp_sso_target_url
        if idp_slo_target_url is not None:
            field_dict["idp_slo_target_url"] = idp_slo_target_url
        if idp_cert is not None:
            field_dict["idp_cert"] = idp_cert
        if security_settings is not None:
            field_dict["security_settings"] = security_settings
        if oidc_domain is not None:
            field_dict["oidc_domain"] = oidc_domain
        if oidc_keys_url_key is not None:
            field_dict["oidc_keys_url_key"] = oidc_keys_url_key
        if oidc_token_verify_url is not None:
            field_dict["oidc_token_verify_url"] = oidc_token_verify_url
        if oidc_id_claims is not None:
            field_dict["oidc_id_claims"] = oidc_id_claims
        if oidc_access_claims is not None:
            field_dict["oidc_access_claims"] = oidc_access_claims
        if client_config is not None:
            field_dict["client_config"] = client_config
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

        protocol = src_dict.get("protocol")
        if isinstance(protocol, str):
            try:
                protocol_type_0 = AuthProtocol.from_wire(protocol)

                protocol = protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("protocol", exc) from None

        uid = src_dict.get("uid")

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

        global_ = src_dict.get("global")

        auto_create_users_enabled = src_dict.get("auto_create_users_enabled")

        name_identifier_format = src_dict.get("name_identifier_format")

        nexla_base_url = src_dict.get("nexla_base_url")

        service_entity_id = src_dict.get("service_entity_id")

        assertion_consumer_url = src_dict.get("assertion_consumer_url")

        logout_url = src_dict.get("logout_url")

        metadata_url = src_dict.get("metadata_url")

        idp_entity_id = src_dict.get("idp_entity_id")

        idp_sso_target_url = src_dict.get("idp_sso_target_url")

        idp_slo_target_url = src_dict.get("idp_slo_target_url")

        idp_cert = src_dict.get("idp_cert")

        security_settings = src_dict.get("security_settings")

        oidc_domain = src_dict.get("oidc_domain")

        oidc_keys_url_key = src_dict.get("oidc_keys_url_key")

        oidc_token_verify_url = src_dict.get("oidc_token_verify_url")

        oidc_id_claims = src_dict.get("oidc_id_claims")

        oidc_access_claims = src_dict.get("oidc_access_claims")

        client_config = src_dict.get("client_config")

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

        auth_config = cls(
            id,
            name,
            description,
            protocol,
            uid,
            owner,
            org,
            global_,
            auto_create_users_enabled,
            name_identifier_format,
            nexla_base_url,
            service_entity_id,
            assertion_consumer_url,
            logout_url,
            metadata_url,
            idp_entity_id,
            idp_sso_target_url,
            idp_slo_target_url,
            idp_cert,
            security_settings,
            oidc_domain,
            oidc_keys_url_key,
            oidc_token_verify_url,
            oidc_id_claims,
            oidc_access_claims,
            client_config,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            auth_config.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return auth_config

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
