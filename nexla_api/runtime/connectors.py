"""Typed connector configs: the base class of the generated models, validation and secret marks.

The catalogue itself (every credential, source and destination type, with its fields) is
generated into `nexla_api.connectors` from the spec. This module holds what does not depend
on a particular type, and loads the catalogue only when a function here needs it, so
importing an endpoint never pays for the catalogue.

Families are named as the API's resources: `credentials` (by `credentials_type`, config in
`credentials`), `sources` (`source_type`, `source_config`) and `destinations` (`sink_type`,
`sink_config`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, Literal, Self

from .constants import register_secret
from .errors import ConfigurationError

Family = Literal["credentials", "sources", "destinations"]

#: family -> (discriminator property, config block key)
FAMILIES: dict[str, tuple[str, str]] = {
    "credentials": ("credentials_type", "credentials"),
    "sources": ("source_type", "source_config"),
    "destinations": ("sink_type", "sink_config"),
}
#: Other spellings users reach for (CLI arguments, resource names).
_FAMILY_ALIASES = {
    "credential": "credentials",
    "data_credentials": "credentials",
    "source": "sources",
    "data_sources": "sources",
    "destination": "destinations",
    "sink": "destinations",
    "sinks": "destinations",
    "data_sinks": "destinations",
}

REDACTED = "<redacted>"


def family_name(name: str) -> str:
    """The canonical family for `name` (`credential`, `sink`, `data_sources`... accepted)."""
    family = _FAMILY_ALIASES.get(name, name)
    if family not in FAMILIES:
        raise ValueError(f"unknown connector family {name!r}; one of {', '.join(FAMILIES)}")
    return family


@dataclass(repr=False, kw_only=True)
class ConnectorConfig:
    """Base of every generated connector config model.

    Fields have Python names; `to_dict()` gives Nexla's wire names back exactly (dots
    included) and `from_dict()` reads them. Keys the catalogue does not list are kept in
    `extra` and sent as given. `repr()` never shows a secret field's value.
    """

    FAMILY: ClassVar[str] = ""
    CONNECTOR_TYPE: ClassVar[str] = ""
    #: Python field name -> wire name, in schema order.
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    #: Python names of the secret fields.
    SECRETS: ClassVar[frozenset[str]] = frozenset()

    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The config as Nexla's wire dict: set fields under their exact wire names, then `extra`."""
        out: dict[str, Any] = {}
        for python_name, wire_name in self.WIRE_NAMES.items():
            value = getattr(self, python_name)
            if value is not None:
                out[wire_name] = to_wire(value)
                if python_name in self.SECRETS and isinstance(value, str):
                    register_secret(value)
        for key, value in self.extra.items():
            out.setdefault(key, to_wire(value))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read a wire dict; unknown keys go to `extra`. Raises `ConnectorConfigError` when a
        field the type always needs is missing."""
        by_wire = {wire: python for python, wire in cls.WIRE_NAMES.items()}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            python_name = by_wire.get(str(key))
            if python_name is None:
                extra[str(key)] = value
            else:
                kwargs[python_name] = value
        missing = [
            cls.WIRE_NAMES[f.name]
            for f in dataclasses.fields(cls)
            if f.name in cls.WIRE_NAMES
            and f.name not in kwargs
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ]
        if missing:
            raise ConnectorConfigError(
                [
                    ConfigProblem(
                        f"/{_escape(m)}", cls.CONNECTOR_TYPE, f"missing required field {m!r}"
                    )
                    for m in missing
                ]
            )
        return cls(**kwargs, extra=extra)

    def __repr__(self) -> str:
        shown = []
        for python_name in self.WIRE_NAMES:
            value = getattr(self, python_name)
            if value is None:
                continue
            text = REDACTED if python_name in self.SECRETS else repr(value)
            shown.append(f"{python_name}={text}")
        if self.extra:
            shown.append(f"extra={_masked(self.extra)!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__


def to_wire(value: Any) -> Any:
    """`value` with every connector model in it (at any depth) turned into its wire dict."""
    if isinstance(value, ConnectorConfig):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    return value


# -- the catalogue, loaded on first use ---------------------------------------------------


def _catalogue() -> Mapping[str, Mapping[str, Mapping[str, Any]]]:
    from ..connectors import _catalogue as generated

    return generated.CATALOGUE


def connector_types(family: str) -> list[str]:
    """Every connector type of a family, sorted."""
    return sorted(_catalogue()[family_name(family)])


def connector_info(family: str, connector_type: str) -> Mapping[str, Any] | None:
    """The catalogue entry of one type (`schema`, `category`, `model`), or None if unknown."""
    return _catalogue()[family_name(family)].get(connector_type)


def config_class(family: str, connector_type: str) -> type[ConnectorConfig] | None:
    """The generated model class for a type's config block, or None for a type not catalogued."""
    info = connector_info(family, connector_type)
    if info is None:
        return None
    import importlib

    module = importlib.import_module(f"nexla_api.connectors.{family_name(family)}")
    cls: type[ConnectorConfig] = getattr(module, str(info["model"]))
    return cls


def parse_config(
    family: str, connector_type: str, data: Mapping[str, Any]
) -> ConnectorConfig | dict[str, Any]:
    """A typed model for a known type's config, or the plain dict for a type not catalogued."""
    cls = config_class(family, connector_type)
    if cls is None:
        return dict(data)
    return cls.from_dict(data)


@cache
def secret_fields(family: str, connector_type: str) -> frozenset[str]:
    """Wire names (top level of the config block) the catalogue marks secret for one type;
    empty for a type the catalogue does not know."""
    from ..connectors._secrets import SECRETS_BY_TYPE

    return frozenset(SECRETS_BY_TYPE[family_name(family)].get(connector_type, ()))


def all_secret_fields() -> frozenset[str]:
    """Every wire name marked secret in any connector type of any family."""
    from ..connectors._secrets import SECRET_FIELDS

    return SECRET_FIELDS


def register_config_secrets(
    config: Mapping[str, Any], marked: frozenset[str] | None = None
) -> None:
    """Register the string values of a config's secret fields (`marked`, or every field any
    connector type marks secret) so the runtime redacts them from errors and logs."""
    names = all_secret_fields() if marked is None else marked
    for key, value in config.items():
        if key in names and isinstance(value, str):
            register_secret(value)


def wire_config(value: Any) -> Any:
    """A request body's connector config block as sent: a model's wire dict, or the dict given.
    Secret values are registered for redaction either way."""
    if isinstance(value, ConnectorConfig):
        return value.to_dict()
    if isinstance(value, Mapping):
        register_config_secrets(value)
    return value


def _masked(value: Mapping[str, Any]) -> dict[str, Any]:
    secrets = all_secret_fields()
    return {k: REDACTED if k in secrets else v for k, v in value.items()}


# -- validation -------------------------------------------------------------------------


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a connector block. `path` is a JSON pointer inside the body the
    validator was given; `message` never contains a value from the config (secret or not)."""

    path: str
    connector_type: str
    message: str

    def line(self, source: str = "", prefix: str = "") -> str:
        where = f"{source}: " if source else ""
        return f"{where}{prefix}{self.path or '/'}: [{self.connector_type}] {self.message}"


class ConnectorConfigError(ConfigurationError):
    """A connector config does not match its type in the catalogue; `problems` lists each."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        text = "; ".join(p.line() for p in problems[:5])
        if len(problems) > 5:
            text += f"; and {len(problems) - 5} more"
        super().__init__(f"invalid connector config: {text}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def validate_connector(
    family: str, body: Mapping[str, Any], *, allow_unknown_type: bool = False
) -> list[ConfigProblem]:
    """Check a create/update body's connector type and config block against the catalogue.

    Paths are JSON pointers into `body`. A body without a type (an update) is not checked.
    Unknown keys are accepted (Nexla knows more keys than it documents) unless they look like
    a misspelling of a documented one.
    """
    fam = family_name(family)
    prop, key = FAMILIES[fam]
    connector_type = body.get(prop)
    if connector_type is None:
        return []
    if not isinstance(connector_type, str):
        return [ConfigProblem(f"/{prop}", "?", f"{prop} must be a string")]
    info = connector_info(fam, connector_type)
    if info is None:
        if allow_unknown_type:
            return []
        import difflib

        known = connector_types(fam)
        close = difflib.get_close_matches(connector_type, known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        allowed = ", ".join(known)
        return [
            ConfigProblem(
                f"/{prop}",
                connector_type,
                f"unknown {prop} {connector_type!r}{hint}; allowed: {allowed}",
            )
        ]
    config = body.get(key)
    if config is None:
        required = info["schema"].get("required", [])
        if not required:
            return []
        return [ConfigProblem(f"/{key}", connector_type, f"missing {key!r} block")]
    return validate_config(fam, connector_type, config, pointer=f"/{key}")


def validate_config(
    family: str, connector_type: str, config: Any, *, pointer: str = ""
) -> list[ConfigProblem]:
    """Check one config block (a dict or a model) against its type; [] when it fits."""
    info = connector_info(family, connector_type)
    if info is None:
        return []
    if isinstance(config, ConnectorConfig):
        config = config.to_dict()
    return list(_check(info["schema"], config, pointer, connector_type))


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "object": (dict, Mapping),
    "array": (list, tuple),
    "null": (type(None),),
}


def _type_ok(value: Any, kinds: list[str]) -> bool:
    for kind in kinds:
        if kind in ("number", "integer") and isinstance(value, bool):
            continue
        if isinstance(value, _JSON_TYPES.get(kind, (object,))):
            return True
    return False


def json_type(value: Any) -> str:
    """The JSON type name of a decoded value (`integer`, `object`, ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    for name in ("integer", "number", "string", "object", "array"):
        if isinstance(value, _JSON_TYPES[name]):
            return name
    return type(value).__name__


def _check(
    schema: Mapping[str, Any], value: Any, pointer: str, ctype: str
) -> Iterator[ConfigProblem]:
    if "anyOf" in schema:
        if not any(not list(_check(s, value, pointer, ctype)) for s in schema["anyOf"]):
            kinds = sorted({str(s.get("type")) for s in schema["anyOf"] if "type" in s})
            yield ConfigProblem(pointer, ctype, f"must be one of the types {', '.join(kinds)}")
        return
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    if kinds and not _type_ok(value, kinds):
        yield ConfigProblem(pointer, ctype, f"must be {' or '.join(kinds)}, not {json_type(value)}")
        return
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        allowed = ", ".join(repr(v) for v in enum)
        yield ConfigProblem(pointer, ctype, f"not an allowed value; allowed: {allowed}")
    if isinstance(value, Mapping):
        props: Mapping[str, Any] = schema.get("properties", {})
        suggested: dict[str, str] = {}
        for name in value:
            if props and str(name) not in props:
                import difflib

                close = difflib.get_close_matches(str(name), list(props), n=1, cutoff=0.85)
                if close and close[0] not in value:
                    suggested[str(name)] = close[0]
        for name in schema.get("required", []):
            if name not in value and name not in suggested.values():
                yield ConfigProblem(
                    f"{pointer}/{_escape(name)}", ctype, f"missing required field {name!r}"
                )
        for name, item in value.items():
            sub = props.get(str(name))
            where = f"{pointer}/{_escape(str(name))}"
            if sub is not None:
                yield from _check(sub, item, where, ctype)
            elif str(name) in suggested:
                yield ConfigProblem(
                    where, ctype, f"unknown field {name!r}; did you mean {suggested[str(name)]!r}?"
                )
            elif isinstance(schema.get("additionalProperties"), Mapping):
                yield from _check(schema["additionalProperties"], item, where, ctype)
    if isinstance(value, list | tuple) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            yield from _check(schema["items"], item, f"{pointer}/{index}", ctype)


__all__ = [
    "FAMILIES",
    "REDACTED",
    "ConfigProblem",
    "ConnectorConfig",
    "ConnectorConfigError",
    "all_secret_fields",
    "config_class",
    "connector_info",
    "connector_types",
    "family_name",
    "parse_config",
    "register_config_secrets",
    "secret_fields",
    "to_wire",
    "validate_config",
    "validate_connector",
    "wire_config",
]
