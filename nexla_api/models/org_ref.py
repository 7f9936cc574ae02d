# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="OrgRef")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "email_domain",
        "email",
        "client_identifier",
        "org_webhook_host",
        "cluster_id",
        "new_cluster_id",
        "cluster_status",
        "status",
        "self_signup",
        "features_enabled",
        "org_tier",
    }
)


@_attrs_define
class OrgRef:
    """The organisation a resource belongs to."""

    id: int
    name: None | str = None
    email_domain: None | str = None
    email: None | str = None
    client_identifier: None | str = None
    org_webhook_host: None | str = None
    cluster_id: int | None = None
    new_cluster_id: int | None = None
    cluster_status: None | str = None
    status: None | str = None
    self_signup: bool | None = None
    features_enabled: list[str] | None = None
    org_tier: Any = None
    """ Free-form tier description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        email_domain: None | str
        email_domain = self.email_domain

        email: None | str
        email = self.email

        client_identifier: None | str
        client_identifier = self.client_identifier

        org_webhook_host: None | str
        org_webhook_host = self.org_webhook_host

        cluster_id: int | None
        cluster_id = self.cluster_id

        new_cluster_id: int | None
        new_cluster_id = self.new_cluster_id

        cluster_status: None | str
        cluster_status = self.cluster_status

        status: None | str
        status = self.status

        self_signup: bool | None
        self_signup = self.self_signup

        features_enabled: list[str] | None
        if isinstance(self.features_enabled, list):
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
        if name is not None:
            field_dict["name"] = name
        if email_domain is not None:
            field_dict["email_domain"] = email_domain
        if email is not None:
            field_dict["email"] = email
        if client_identifier is not None:
            field_dict["client_identifier"] = client_identifier
        if org_webhook_host is not None:
            field_dict["org_webhook_host"] = org_webhook_host
        if cluster_id is not None:
            field_dict["cluster_id"] = cluster_id
        if new_cluster_id is not None:
            field_dict["new_cluster_id"] = new_cluster_id
        if cluster_status is not None:
            field_dict["cluster_status"] = cluster_status
        if status is not None:
            field_dict["status"] = status
        if self_signup is not None:
            field_dict["self_signup"] = self_signup
        if features_enabled is not None:
            field_dict["features_enabled"] = features_enabled
        if org_tier is not None:
            field_dict["org_tier"] = org_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        email_domain = src_dict.get("email_domain")

        email = src_dict.get("email")

        client_identifier = src_dict.get("client_identifier")

        org_webhook_host = src_dict.get("org_webhook_host")

        cluster_id = src_dict.get("cluster_id")

        new_cluster_id = src_dict.get("new_cluster_id")

        cluster_status = src_dict.get("cluster_status")

        status = src_dict.get("status")

        self_signup = src_dict.get("self_signup")

        features_enabled = src_dict.get("features_enabled")

        org_tier = src_dict.get("org_tier")

        org_ref = cls(
            id,
            name,
            email_domain,
            email,
            client_identifier,
            org_webhook_host,
            cluster_id,
            new_cluster_id,
            cluster_status,
            status,
            self_signup,
            features_enabled,
            org_tier,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_ref.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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
