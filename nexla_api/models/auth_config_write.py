# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_protocol import AuthProtocol
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigWrite")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "protocol",
        "uid",
        "org_id",
        "owner_id",
        "global",
        "enabled_by_default",
        "auto_create_users_enabled",
        "name_identifier_format",
        "nexla_base_url",
        "service_entity_id",
        "assertion_consumer_url",
        "idp_entity_id",
        "idp_sso_target_url",
        "idp_slo_target_url",
        "idp_cert",
        "metadata",
        "security_settings",
        "oidc_domain",
        "oidc_keys_url_key",
        "oidc_id_claims",
        "oidc_access_claims",
        "client_config",
        "secret_config",
        "check_state",
    }
)


@_attrs_define
class AuthConfigWrite:
    """An auth config to create, or the fields to change on one. SAML configs use the `idp_*` fields, OIDC configs the
    `oidc_*` fields.

    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    protocol: AuthProtocol | None | Unset = UNSET
    uid: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    global_: bool | None | Unset = UNSET
    """ Offer the config to every organisation (Nexla administrators only). """
    enabled_by_default: bool | None | Unset = UNSET
    """ Turn the config on for organisations as soon as it exists. """
    auto_create_users_enabled: bool | None | Unset = UNSET
    """ Create a Nexla user on the first sign-in of an unknown identity. """
    name_identifier_format: None | str | Unset = UNSET
    nexla_base_url: None | str | Unset = UNSET
    service_entity_id: None | str | Unset = UNSET
    assertion_consumer_url: None | str | Unset = UNSET
    idp_entity_id: None | str | Unset = UNSET
    idp_sso_target_url: None | str | Unset = UNSET
    idp_slo_target_url: None | str | Unset = UNSET
    idp_cert: None | str | Unset = UNSET
    """ The identity provider's signing certificate (PEM). """
    metadata: None | str | Unset = UNSET
    """ Identity provider metadata (SAML XML), as text. """
    security_settings: Any | None | str | Unset = UNSET
    oidc_domain: None | str | Unset = UNSET
    oidc_keys_url_key: None | str | Unset = UNSET
    oidc_id_claims: Any | None | str | Unset = UNSET
    oidc_access_claims: Any | None | str | Unset = UNSET
    client_config: Any | Unset = UNSET
    secret_config: Any | Unset = UNSET
    """ Client secrets; not part of the reply. """
    check_state: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
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

        org_id: int | None | Unset
        org_id = self.org_id

        owner_id: int | None | Unset
        owner_id = self.owner_id

        global_: bool | None | Unset
        global_ = self.global_

        enabled_by_default: bool | None | Unset
        enabled_by_default = self.enabled_by_default

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

        idp_entity_id: None | str | Unset
        idp_entity_id = self.idp_entity_id

        idp_sso_target_url: None | str | Unset
        idp_sso_target_url = self.idp_sso_target_url

        idp_slo_target_url: None | str | Unset
        idp_slo_target_url = self.idp_slo_target_url

        idp_cert: None | str | Unset
        idp_cert = self.idp_cert

        metadata: None | str | Unset
        metadata = self.metadata

        security_settings: Any | None | str | Unset
        security_settings = self.security_settings

        oidc_domain: None | str | Unset
        oidc_domain = self.oidc_domain

        oidc_keys_url_key: None | str | Unset
        oidc_keys_url_key = self.oidc_keys_url_key

        oidc_id_claims: Any | None | str | Unset
        oidc_id_claims = self.oidc_id_claims

        oidc_access_claims: Any | None | str | Unset
        oidc_access_claims = self.oidc_access_claims

        client_config = self.client_config

        secret_config = self.secret_config

        check_state: bool | None | Unset
        check_state = self.check_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if uid is not UNSET:
            field_dict["uid"] = uid
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if global_ is not UNSET:
            field_dict["global"] = global_
        if enabled_by_default is not UNSET:
            field_dict["enabled_by_default"] = enabled_by_default
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
        if idp_entity_id is not UNSET:
            field_dict["idp_entity_id"] = idp_entity_id
        if idp_sso_target_url is not UNSET:
            field_dict["idp_sso_target_url"] = idp_sso_target_url
        if idp_slo_target_url is not UNSET:
            field_dict["idp_slo_target_url"] = idp_slo_target_url
        if idp_cert is not UNSET:
            field_dict["idp_cert"] = idp_cert
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if security_settings is not UNSET:
            field_dict["security_settings"] = security_settings
        if oidc_domain is not UNSET:
            field_dict["oidc_domain"] = oidc_domain
        if oidc_keys_url_key is not UNSET:
            field_dict["oidc_keys_url_key"] = oidc_keys_url_key
        if oidc_id_claims is not UNSET:
            field_dict["oidc_id_claims"] = oidc_id_claims
        if oidc_access_claims is not UNSET:
            field_dict["oidc_access_claims"] = oidc_access_claims
        if client_config is not UNSET:
            field_dict["client_config"] = client_config
        if secret_config is not UNSET:
            field_dict["secret_config"] = secret_config
        if check_state is not UNSET:
            field_dict["check_state"] = check_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        protocol = src_dict.get("protocol", UNSET)
        if isinstance(protocol, str):
            try:
                protocol_type_0 = AuthProtocol.from_wire(protocol)

                protocol = protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("protocol", exc) from None

        uid = src_dict.get("uid", UNSET)

        org_id = src_dict.get("org_id", UNSET)

        owner_id = src_dict.get("owner_id", UNSET)

        global_ = src_dict.get("global", UNSET)

        enabled_by_default = src_dict.get("enabled_by_default", UNSET)

        auto_create_users_enabled = src_dict.get("auto_create_users_enabled", UNSET)

        name_identifier_format = src_dict.get("name_identifier_format", UNSET)

        nexla_base_url = src_dict.get("nexla_base_url", UNSET)

        service_entity_id = src_dict.get("service_entity_id", UNSET)

        assertion_consumer_url = src_dict.get("assertion_consumer_url", UNSET)

        idp_entity_id = src_dict.get("idp_entity_id", UNSET)

        idp_sso_target_url = src_dict.get("idp_sso_target_url", UNSET)

        idp_slo_target_url = src_dict.get("idp_slo_target_url", UNSET)

        idp_cert = src_dict.get("idp_cert", UNSET)

        metadata = src_dict.get("metadata", UNSET)

        security_settings = src_dict.get("security_settings", UNSET)

        oidc_domain = src_dict.get("oidc_domain", UNSET)

        oidc_keys_url_key = src_dict.get("oidc_keys_url_key", UNSET)

        oidc_id_claims = src_dict.get("oidc_id_claims", UNSET)

        oidc_access_claims = src_dict.get("oidc_access_claims", UNSET)

        client_config = src_dict.get("client_config", UNSET)

        secret_config = src_dict.get("secret_config", UNSET)

        check_state = src_dict.get("check_state", UNSET)

        auth_config_write = cls(
            name,
            description,
            protocol,
            uid,
            org_id,
            owner_id,
            global_,
            enabled_by_default,
            auto_create_users_enabled,
            name_identifier_format,
            nexla_base_url,
            service_entity_id,
            assertion_consumer_url,
            idp_entity_id,
            idp_sso_target_url,
            idp_slo_target_url,
            idp_cert,
            metadata,
            security_settings,
            oidc_domain,
            oidc_keys_url_key,
            oidc_id_claims,
            oidc_access_claims,
            client_config,
            secret_config,
            check_state,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            auth_config_write.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return auth_config_write

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
