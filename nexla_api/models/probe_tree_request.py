# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProbeTreeRequest")
_KNOWN_FIELDS = frozenset(
    {
        "depth",
        "path",
        "database",
        "table",
    }
)


@_attrs_define
class ProbeTreeRequest:
    """Where to browse and how deep. File stores take `path`; databases take `database` and optionally `table`."""

    depth: int
    """ How many levels below the starting point to list. """
    path: None | str | Unset = UNSET
    database: None | str | Unset = UNSET
    table: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        depth = self.depth

        path: None | str | Unset
        path = self.path

        database: None | str | Unset
        database = self.database

        table: None | str | Unset
        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depth": depth,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if database is not UNSET:
            field_dict["database"] = database
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        depth = src_dict["depth"]

        path = src_dict.get("path", UNSET)

        database = src_dict.get("database", UNSET)

        table = src_dict.get("table", UNSET)

        probe_tree_request = cls(
            depth,
            path,
            database,
            table,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            probe_tree_request.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return probe_tree_request

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
