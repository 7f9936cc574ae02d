# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeCreate")
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
class RuntimeCreate:
    """A new custom runtime."""

    name: str
    description: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    """ Whether flows may use the runtime right away. """
    dockerpath: None | str | Unset = UNSET
    """ Container image the runtime runs, for example `registry/image:tag`. """
    managed: bool | None | Unset = UNSET
    config: Any | Unset = UNSET
    """ Runtime-specific settings, passed through as given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "name": name,
            }
        )
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
        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        active = src_dict.get("active", UNSET)

        dockerpath = src_dict.get("dockerpath", UNSET)

        managed = src_dict.get("managed", UNSET)

        config = src_dict.get("config", UNSET)

        runtime_create = cls(
            name,
            description,
            active,
            dockerpath,
            managed,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            runtime_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return runtime_create

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
