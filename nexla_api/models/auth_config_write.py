from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_protocol import AuthProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigWrite")


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

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        elif isinstance(self.protocol, AuthProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        uid: None | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        global_: bool | None | Unset
        if isinstance(self.global_, Unset):
            global_ = UNSET
        else:
            global_ = self.global_

        enabled_by_default: bool | None | Unset
        if isinstance(self.enabled_by_default, Unset):
            enabled_by_default = UNSET
        else:
            enabled_by_default = self.enabled_by_default

        auto_create_users_enabled: bool | None | Unset
        if isinstance(self.auto_create_users_enabled, Unset):
            auto_create_users_enabled = UNSET
        else:
            auto_create_users_enabled = self.auto_create_users_enabled

        name_identifier_format: None | str | Unset
        if isinstance(self.name_identifier_format, Unset):
            name_identifier_format = UNSET
        else:
            name_identifier_format = self.name_identifier_format

        nexla_base_url: None | str | Unset
        if isinstance(self.nexla_base_url, Unset):
            nexla_base_url = UNSET
        else:
            nexla_base_url = self.nexla_base_url

        service_entity_id: None | str | Unset
        if isinstance(self.service_entity_id, Unset):
            service_entity_id = UNSET
        else:
            service_entity_id = self.service_entity_id

        assertion_consumer_url: None | str | Unset
        if isinstance(self.assertion_consumer_url, Unset):
            assertion_consumer_url = UNSET
        else:
            assertion_consumer_url = self.assertion_consumer_url

        idp_entity_id: None | str | Unset
        if isinstance(self.idp_entity_id, Unset):
            idp_entity_id = UNSET
        else:
            idp_entity_id = self.idp_entity_id

        idp_sso_target_url: None | str | Unset
        if isinstance(self.idp_sso_target_url, Unset):
            idp_sso_target_url = UNSET
        else:
            idp_sso_target_url = self.idp_sso_target_url

        idp_slo_target_url: None | str | Unset
        if isinstance(self.idp_slo_target_url, Unset):
            idp_slo_target_url = UNSET
        else:
            idp_slo_target_url = self.idp_slo_target_url

        idp_cert: None | str | Unset
        if isinstance(self.idp_cert, Unset):
            idp_cert = UNSET
        else:
            idp_cert = self.idp_cert

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        security_settings: Any | None | str | Unset
        if isinstance(self.security_settings, Unset):
            security_settings = UNSET
        else:
            security_settings = self.security_settings

        oidc_domain: None | str | Unset
        if isinstance(self.oidc_domain, Unset):
            oidc_domain = UNSET
        else:
            oidc_domain = self.oidc_domain

        oidc_keys_url_key: None | str | Unset
        if isinstance(self.oidc_keys_url_key, Unset):
            oidc_keys_url_key = UNSET
        else:
            oidc_keys_url_key = self.oidc_keys_url_key

        oidc_id_claims: Any | None | str | Unset
        if isinstance(self.oidc_id_claims, Unset):
            oidc_id_claims = UNSET
        else:
            oidc_id_claims = self.oidc_id_claims

        oidc_access_claims: Any | None | str | Unset
        if isinstance(self.oidc_access_claims, Unset):
            oidc_access_claims = UNSET
        else:
            oidc_access_claims = self.oidc_access_claims

        client_config = self.client_config

        secret_config = self.secret_config

        check_state: bool | None | Unset
        if isinstance(self.check_state, Unset):
            check_state = UNSET
        else:
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
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_protocol(data: object) -> AuthProtocol | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_0 = AuthProtocol(data)

                return protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthProtocol | None | Unset, data)

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        def _parse_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uid = _parse_uid(d.pop("uid", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_global_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        global_ = _parse_global_(d.pop("global", UNSET))

        def _parse_enabled_by_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled_by_default = _parse_enabled_by_default(
            d.pop("enabled_by_default", UNSET)
        )

        def _parse_auto_create_users_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_create_users_enabled = _parse_auto_create_users_enabled(
            d.pop("auto_create_users_enabled", UNSET)
        )

        def _parse_name_identifier_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_identifier_format = _parse_name_identifier_format(
            d.pop("name_identifier_format", UNSET)
        )

        def _parse_nexla_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nexla_base_url = _parse_nexla_base_url(d.pop("nexla_base_url", UNSET))

        def _parse_service_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_entity_id = _parse_service_entity_id(d.pop("service_entity_id", UNSET))

        def _parse_assertion_consumer_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assertion_consumer_url = _parse_assertion_consumer_url(
            d.pop("assertion_consumer_url", UNSET)
        )

        def _parse_idp_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idp_entity_id = _parse_idp_entity_id(d.pop("idp_entity_id", UNSET))

        def _parse_idp_sso_target_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idp_sso_target_url = _parse_idp_sso_target_url(
            d.pop("idp_sso_target_url", UNSET)
        )

        def _parse_idp_slo_target_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idp_slo_target_url = _parse_idp_slo_target_url(
            d.pop("idp_slo_target_url", UNSET)
        )

        def _parse_idp_cert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idp_cert = _parse_idp_cert(d.pop("idp_cert", UNSET))

        def _parse_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_security_settings(data: object) -> Any | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | str | Unset, data)

        security_settings = _parse_security_settings(d.pop("security_settings", UNSET))

        def _parse_oidc_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oidc_domain = _parse_oidc_domain(d.pop("oidc_domain", UNSET))

        def _parse_oidc_keys_url_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oidc_keys_url_key = _parse_oidc_keys_url_key(d.pop("oidc_keys_url_key", UNSET))

        def _parse_oidc_id_claims(data: object) -> Any | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | str | Unset, data)

        oidc_id_claims = _parse_oidc_id_claims(d.pop("oidc_id_claims", UNSET))

        def _parse_oidc_access_claims(data: object) -> Any | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | str | Unset, data)

        oidc_access_claims = _parse_oidc_access_claims(
            d.pop("oidc_access_claims", UNSET)
        )

        client_config = d.pop("client_config", UNSET)

        secret_config = d.pop("secret_config", UNSET)

        def _parse_check_state(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        check_state = _parse_check_state(d.pop("check_state", UNSET))

        auth_config_write = cls(
            name=name,
            description=description,
            protocol=protocol,
            uid=uid,
            org_id=org_id,
            owner_id=owner_id,
            global_=global_,
            enabled_by_default=enabled_by_default,
            auto_create_users_enabled=auto_create_users_enabled,
            name_identifier_format=name_identifier_format,
            nexla_base_url=nexla_base_url,
            service_entity_id=service_entity_id,
            assertion_consumer_url=assertion_consumer_url,
            idp_entity_id=idp_entity_id,
            idp_sso_target_url=idp_sso_target_url,
            idp_slo_target_url=idp_slo_target_url,
            idp_cert=idp_cert,
            metadata=metadata,
            security_settings=security_settings,
            oidc_domain=oidc_domain,
            oidc_keys_url_key=oidc_keys_url_key,
            oidc_id_claims=oidc_id_claims,
            oidc_access_claims=oidc_access_claims,
            client_config=client_config,
            secret_config=secret_config,
            check_state=check_state,
        )

        auth_config_write.additional_properties = d
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
