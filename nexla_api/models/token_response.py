# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="TokenResponse")
_KNOWN_FIELDS = frozenset(
    {
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "user",
        "org",
        "org_membership",
    }
)


@_attrs_define
class TokenResponse:
    """An access token and how long it lives."""

    access_token: str
    token_type: None | str = None
    """ Always `Bearer` in practice. """
    expires_in: int | None = None
    """ Lifetime in seconds (the SDK assumes 86400 when absent). """
    scope: None | str = None
    user: Any = None
    """ The user the token acts as. """
    org: Any = None
    """ The org the token acts in. """
    org_membership: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: None | str
        token_type = self.token_type

        expires_in: int | None
        expires_in = self.expires_in

        scope: None | str
        scope = self.scope

        user = self.user

        org = self.org

        org_membership = self.org_membership

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not None:
            field_dict["token_type"] = token_type
        if expires_in is not None:
            field_dict["expires_in"] = expires_in
        if scope is not None:
            field_dict["scope"] = scope
        if user is not None:
            field_dict["user"] = user
        if org is not None:
            field_dict["org"] = org
        if org_membership is not None:
            field_dict["org_membership"] = org_membership

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        access_token = src_dict["access_token"]

        token_type = src_dict.get("token_type")

        expires_in = src_dict.get("expires_in")

        scope = src_dict.get("scope")

        user = src_dict.get("user")

        org = src_dict.get("org")

        org_membership = src_dict.get("org_membership")

        token_response = cls(
            access_token,
            token_type,
            expires_in,
            scope,
            user,
            org,
            org_membership,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            token_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return token_response

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
