# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "active",
        "dockerpath",
        "managed",
        "config",
    }
)


@_attrs_define
class RuntimeUpdate:
    """Fields to change on a custom runtime; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    dockerpath: None | str | Unset = UNSET
    managed: bool | None | Unset = UNSET
    config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        active: bool | None | Unset
        active = self.active

        dockerpath: None | str | Unset
        dockerpath = self.dockerpath

        managed: bool | None | Unset
        managed = self.managed

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if dockerpath is not UNSET:
            field_dict["dockerpath"] = dockerpath
        if managed is not UNSET:
            field_dict["managed"] = managed
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        active = src_dict.get("active", UNSET)

        dockerpath = src_dict.get("dockerpath", UNSET)

        managed = src_dict.get("managed", UNSET)

        config = src_dict.get("config", UNSET)

        runtime_update = cls(
            name,
            description,
            active,
            dockerpath,
            managed,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            runtime_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return runtime_update

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
