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
from ..types import UNSET, Unset

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
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    protocol: AuthProtocol | None | Unset = UNSET
    uid: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    global_: bool | None | Unset = UNSET
    auto_create_users_enabled: bool | None | Unset = UNSET
    name_identifier_format: None | str | Unset = UNSET
    nexla_base_url: None | str | Unset = UNSET
    service_entity_id: None | str | Unset = UNSET
    assertion_consumer_url: None | str | Unset = UNSET
    logout_url: None | str | Unset = UNSET
    metadata_url: None | str | Unset = UNSET
    idp_entity_id: None | str | Unset = UNSET
    idp_sso_target_url: None | str | Unset = UNSET
    idp_slo_target_url: None | str | Unset = UNSET
    idp_cert: None | str | Unset = UNSET
    security_settings: Any | None | str | Unset = UNSET
    oidc_domain: None | str | Unset = UNSET
    oidc_keys_url_key: None | str | Unset = UNSET
    oidc_token_verify_url: None | str | Unset = UNSET
    oidc_id_claims: Any | None | str | Unset = UNSET
    oidc_access_claims: Any | None | str | Unset = UNSET
    client_config: Any | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        protocol: None | str | Unset
        if isinstance(self.protocol, AuthProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        uid: None | str | Unset
        uid = self.uid

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None | Unset
        if isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        global_: bool | None | Unset
        global_ = self.global_

        auto_create_users_enabled: bool | None | Unset
        auto_create_users_enabled = self.auto_create_users_enabled

        name_identifier_format: None | str | Unset
        name_identifier_format = self.name_identifier_format

        nexla_base_url: None | str | Unset
        nexla_base_url = self.nexla_base_url

        service_entity_id: None | str | Unset
        service_entity_id = self.service_entity_id

        assertion_consumer_url: None | str | Unset
        assertion_consumer_url = self.assertion_consumer_url

        logout_url: None | str | Unset
        logout_url = self.logout_url

        metadata_url: None | str | Unset
        metadata_url = self.metadata_url

        idp_entity_id: None | str | Unset
        idp_entity_id = self.idp_entity_id

        idp_sso_target_url: None | str | Unset
        idp_sso_target_url = self.idp_sso_target_url

        idp_slo_target_url: None | str | Unset
        idp_slo_target_url = self.idp_slo_target_url

        idp_cert: None | str | Unset
        idp_cert = self.idp_cert

        security_settings: Any | None | str | Unset
        security_settings = self.security_settings

        oidc_domain: None | str | Unset
        oidc_domain = self.oidc_domain

        oidc_keys_url_key: None | str | Unset
        oidc_keys_url_key = self.oidc_keys_url_key

        oidc_token_verify_url: None | str | Unset
        oidc_token_verify_url = self.oidc_token_verify_url

        oidc_id_claims: Any | None | str | Unset
        oidc_id_claims = self.oidc_id_claims

        oidc_access_claims: Any | None | str | Unset
        oidc_access_claims = self.oidc_access_claims

        client_config = self.client_config

        created_at: None | str | Unset
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if uid is not UNSET:
            field_dict["uid"] = uid
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if global_ is not UNSET:
            field_dict["global"] = global_
        if auto_create_users_enabled is not UNSET:
            field_dict["auto_create_users_enabled"] = auto_create_users_enabled
        if name_identifier_format is not UNSET:
            field_dict["name_identifier_format"] = name_identifier_format
        if nexla_base_url is not UNSET:
            field_dict["nexla_base_url"] = nexla_base_url
        if service_entity_id is not UNSET:
            field_dict["service_entity_id"] = service_entity_id
        if assertion_consumer_url is not UNSET:
            field_dict["assertion_consumer_url"] = assertion_consumer_url
        if logout_url is not UNSET:
            field_dict["logout_url"] = logout_url
        if metadata_url is not UNSET:
            field_dict["metadata_url"] = metadata_url
        if idp_entity_id is not UNSET:
            field_dict["idp_entity_id"] = idp_entity_id
        if idp_sso_target_url is not UNSET:
            field_dict["idp_sso_target_url"] = idp_sso_target_url
        if idp_slo_target_url is not UNSET:
            field_dict["idp_slo_target_url"] = idp_slo_target_url
        if idp_cert is not UNSET:
            field_dict["idp_cert"] = idp_cert
        if security_settings is not UNSET:
            field_dict["security_settings"] = security_settings
        if oidc_domain is not UNSET:
            field_dict["oidc_domain"] = oidc_domain
        if oidc_keys_url_key is not UNSET:
            field_dict["oidc_keys_url_key"] = oidc_keys_url_key
        if oidc_token_verify_url is not UNSET:
            field_dict["oidc_token_verify_url"] = oidc_token_verify_url
        if oidc_id_claims is not UNSET:
            field_dict["oidc_id_claims"] = oidc_id_claims
        if oidc_access_claims is not UNSET:
            field_dict["oidc_access_claims"] = oidc_access_claims
        if client_config is not UNSET:
            field_dict["client_config"] = client_config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        protocol = src_dict.get("protocol", UNSET)
        if isinstance(protocol, str):
            try:
                protocol_type_0 = AuthProtocol(protocol)

                protocol = protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("protocol", exc) from None

        uid = src_dict.get("uid", UNSET)

        owner = src_dict.get("owner", UNSET)
        if isinstance(owner, dict):
            try:
                owner_type_0 = Owner.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        org = src_dict.get("org", UNSET)
        if isinstance(org, dict):
            try:
                org_type_0 = OrgRef.from_dict(org)

                org = org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org", exc) from None

        global_ = src_dict.get("global", UNSET)

        auto_create_users_enabled = src_dict.get("auto_create_users_enabled", UNSET)

        name_identifier_format = src_dict.get("name_identifier_format", UNSET)

        nexla_base_url = src_dict.get("nexla_base_url", UNSET)

        service_entity_id = src_dict.get("service_entity_id", UNSET)

        assertion_consumer_url = src_dict.get("assertion_consumer_url", UNSET)

        logout_url = src_dict.get("logout_url", UNSET)

        metadata_url = src_dict.get("metadata_url", UNSET)

        idp_entity_id = src_dict.get("idp_entity_id", UNSET)

        idp_sso_target_url = src_dict.get("idp_sso_target_url", UNSET)

        idp_slo_target_url = src_dict.get("idp_slo_target_url", UNSET)

        idp_cert = src_dict.get("idp_cert", UNSET)

        security_settings = src_dict.get("security_settings", UNSET)

        oidc_domain = src_dict.get("oidc_domain", UNSET)

        oidc_keys_url_key = src_dict.get("oidc_keys_url_key", UNSET)

        oidc_token_verify_url = src_dict.get("oidc_token_verify_url", UNSET)

        oidc_id_claims = src_dict.get("oidc_id_claims", UNSET)

        oidc_access_claims = src_dict.get("oidc_access_claims", UNSET)

        client_config = src_dict.get("client_config", UNSET)

        created_at = src_dict.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        auth_config = cls(
            id=id,
            name=name,
            description=description,
            protocol=protocol,
            uid=uid,
            owner=owner,
            org=org,
            global_=global_,
            auto_create_users_enabled=auto_create_users_enabled,
            name_identifier_format=name_identifier_format,
            nexla_base_url=nexla_base_url,
            service_entity_id=service_entity_id,
            assertion_consumer_url=assertion_consumer_url,
            logout_url=logout_url,
            metadata_url=metadata_url,
            idp_entity_id=idp_entity_id,
            idp_sso_target_url=idp_sso_target_url,
            idp_slo_target_url=idp_slo_target_url,
            idp_cert=idp_cert,
            security_settings=security_settings,
            oidc_domain=oidc_domain,
            oidc_keys_url_key=oidc_keys_url_key,
            oidc_token_verify_url=oidc_token_verify_url,
            oidc_id_claims=oidc_id_claims,
            oidc_access_claims=oidc_access_claims,
            client_config=client_config,
            created_at=created_at,
            updated_at=updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            auth_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_FIELDS
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
