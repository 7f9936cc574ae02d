# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_protocol import AuthProtocol
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="AuthConfigBrief")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "uid",
        "protocol",
        "name",
        "description",
        "global",
    }
)


@_attrs_define
class AuthConfigBrief:
    """The auth config an organisation's auth setting refers to."""

    id: int
    uid: None | str = None
    protocol: AuthProtocol | None = None
    name: None | str = None
    description: None | str = None
    global_: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid: None | str
        uid = self.uid

        protocol: None | str
        if isinstance(self.protocol, AuthProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        global_: bool | None
        global_ = self.global_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if protocol is not None:
            field_dict["protocol"] = protocol
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if global_ is not None:
            field_dict["global"] = global_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        uid = src_dict.get("uid")

        protocol = src_dict.get("protocol")
        if isinstance(protocol, str):
            try:
                protocol_type_0 = AuthProtocol.from_wire(protocol)

                protocol = protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("protocol", exc) from None

        name = src_dict.get("name")

        description = src_dict.get("description")

        global_ = src_dict.get("global")

        auth_config_brief = cls(
            id,
            uid,
            protocol,
            name,
            description,
            global_,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            auth_config_brief.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return auth_config_brief

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
