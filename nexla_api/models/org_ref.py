# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

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

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        name = self.name

        email_domain: None | str | Unset
        email_domain = self.email_domain

        email: None | str | Unset
        email = self.email

        client_identifier: None | str | Unset
        client_identifier = self.client_identifier

        org_webhook_host: None | str | Unset
        org_webhook_host = self.org_webhook_host

        cluster_id: int | None | Unset
        cluster_id = self.cluster_id

        new_cluster_id: int | None | Unset
        new_cluster_id = self.new_cluster_id

        cluster_status: None | str | Unset
        cluster_status = self.cluster_status

        status: None | str | Unset
        status = self.status

        self_signup: bool | None | Unset
        self_signup = self.self_signup

        features_enabled: list[str] | None | Unset
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
        id = src_dict["id"]

        name = src_dict.get("name", UNSET)

        email_domain = src_dict.get("email_domain", UNSET)

        email = src_dict.get("email", UNSET)

        client_identifier = src_dict.get("client_identifier", UNSET)

        org_webhook_host = src_dict.get("org_webhook_host", UNSET)

        cluster_id = src_dict.get("cluster_id", UNSET)

        new_cluster_id = src_dict.get("new_cluster_id", UNSET)

        cluster_status = src_dict.get("cluster_status", UNSET)

        status = src_dict.get("status", UNSET)

        self_signup = src_dict.get("self_signup", UNSET)

        features_enabled = src_dict.get("features_enabled", UNSET)
        if isinstance(features_enabled, list):
            try:
                features_enabled_type_0 = cast(list[str], features_enabled)

                features_enabled = features_enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("features_enabled", exc) from None

        org_tier = src_dict.get("org_tier", UNSET)

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

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_ref.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_FIELDS
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
