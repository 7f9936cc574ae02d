from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgRef")


@_attrs_define
class OrgRef:
    """The organisation a resource belongs to."""

    id: int
    name: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    client_identifier: None | str | Unset = UNSET
    org_webhook_host: None | str | Unset = UNSET
    cluster_id: int | None | Unset = UNSET
    new_cluster_id: int | None | Unset = UNSET
    cluster_status: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    self_signup: bool | None | Unset = UNSET
    features_enabled: list[str] | None | Unset = UNSET
    org_tier: Any | Unset = UNSET
    """ Free-form tier description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email_domain: None | str | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        client_identifier: None | str | Unset
        if isinstance(self.client_identifier, Unset):
            client_identifier = UNSET
        else:
            client_identifier = self.client_identifier

        org_webhook_host: None | str | Unset
        if isinstance(self.org_webhook_host, Unset):
            org_webhook_host = UNSET
        else:
            org_webhook_host = self.org_webhook_host

        cluster_id: int | None | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        new_cluster_id: int | None | Unset
        if isinstance(self.new_cluster_id, Unset):
            new_cluster_id = UNSET
        else:
            new_cluster_id = self.new_cluster_id

        cluster_status: None | str | Unset
        if isinstance(self.cluster_status, Unset):
            cluster_status = UNSET
        else:
            cluster_status = self.cluster_status

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        self_signup: bool | None | Unset
        if isinstance(self.self_signup, Unset):
            self_signup = UNSET
        else:
            self_signup = self.self_signup

        features_enabled: list[str] | None | Unset
        if isinstance(self.features_enabled, Unset):
            features_enabled = UNSET
        elif isinstance(self.features_enabled, list):
            features_enabled = self.features_enabled

        else:
            features_enabled = self.features_enabled

        org_tier = self.org_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if email is not UNSET:
            field_dict["email"] = email
        if client_identifier is not UNSET:
            field_dict["client_identifier"] = client_identifier
        if org_webhook_host is not UNSET:
            field_dict["org_webhook_host"] = org_webhook_host
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if new_cluster_id is not UNSET:
            field_dict["new_cluster_id"] = new_cluster_id
        if cluster_status is not UNSET:
            field_dict["cluster_status"] = cluster_status
        if status is not UNSET:
            field_dict["status"] = status
        if self_signup is not UNSET:
            field_dict["self_signup"] = self_signup
        if features_enabled is not UNSET:
            field_dict["features_enabled"] = features_enabled
        if org_tier is not UNSET:
            field_dict["org_tier"] = org_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_email_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_domain = _parse_email_domain(d.pop("email_domain", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_client_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_identifier = _parse_client_identifier(d.pop("client_identifier", UNSET))

        def _parse_org_webhook_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_webhook_host = _parse_org_webhook_host(d.pop("org_webhook_host", UNSET))

        def _parse_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_new_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_cluster_id = _parse_new_cluster_id(d.pop("new_cluster_id", UNSET))

        def _parse_cluster_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_status = _parse_cluster_status(d.pop("cluster_status", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_self_signup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        self_signup = _parse_self_signup(d.pop("self_signup", UNSET))

        def _parse_features_enabled(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                features_enabled_type_0 = cast(list[str], data)

                return features_enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        features_enabled = _parse_features_enabled(d.pop("features_enabled", UNSET))

        org_tier = d.pop("org_tier", UNSET)

        org_ref = cls(
            id=id,
            name=name,
            email_domain=email_domain,
            email=email,
            client_identifier=client_identifier,
            org_webhook_host=org_webhook_host,
            cluster_id=cluster_id,
            new_cluster_id=new_cluster_id,
            cluster_status=cluster_status,
            status=status,
            self_signup=self_signup,
            features_enabled=features_enabled,
            org_tier=org_tier,
        )

        org_ref.additional_properties = d
        return org_ref

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
