# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupRequest")
_KNOWN_FIELDS = frozenset(
    {
        "email",
        "full_name",
        "g_captcha_response",
        "invite",
        "personal_info",
    }
)


@_attrs_define
class SignupRequest:
    """A request for a new account."""

    email: str
    full_name: None | str | Unset = UNSET
    g_captcha_response: None | str | Unset = UNSET
    """ The reCAPTCHA answer, when the sign-up page asks for one. """
    invite: None | str | Unset = UNSET
    """ Invitation code, when the sign-up follows an invitation. """
    personal_info: Any | Unset = UNSET
    """ Further details about the person, passed through as given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name: None | str | Unset
        full_name = self.full_name

        g_captcha_response: None | str | Unset
        g_captcha_response = self.g_captcha_response

        invite: None | str | Unset
        invite = self.invite

        personal_info = self.personal_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if g_captcha_response is not UNSET:
            field_dict["g_captcha_response"] = g_captcha_response
        if invite is not UNSET:
            field_dict["invite"] = invite
        if personal_info is not UNSET:
            field_dict["personal_info"] = personal_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict["email"]

        full_name = src_dict.get("full_name", UNSET)

        g_captcha_response = src_dict.get("g_captcha_response", UNSET)

        invite = src_dict.get("invite", UNSET)

        personal_info = src_dict.get("personal_info", UNSET)

        signup_request = cls(
            email,
            full_name,
            g_captcha_response,
            invite,
            personal_info,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            signup_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return signup_request

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
