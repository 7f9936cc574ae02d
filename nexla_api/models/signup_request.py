from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupRequest")


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

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        g_captcha_response: None | str | Unset
        if isinstance(self.g_captcha_response, Unset):
            g_captcha_response = UNSET
        else:
            g_captcha_response = self.g_captcha_response

        invite: None | str | Unset
        if isinstance(self.invite, Unset):
            invite = UNSET
        else:
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
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_g_captcha_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        g_captcha_response = _parse_g_captcha_response(
            d.pop("g_captcha_response", UNSET)
        )

        def _parse_invite(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invite = _parse_invite(d.pop("invite", UNSET))

        personal_info = d.pop("personal_info", UNSET)

        signup_request = cls(
            email=email,
            full_name=full_name,
            g_captcha_response=g_captcha_response,
            invite=invite,
            personal_info=personal_info,
        )

        signup_request.additional_properties = d
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
