"""Which values in a resource's configuration are secrets, for output that must not show them.

Used by every model repr (generated models and the recipes' config models), by the drift
report and anywhere else a configuration is printed: `mask_secrets` walks a value and hands
each secret to a replacement function (a fixed mask for reprs, a keyed hash for drift).

Nexla does not mark which connector config fields are secret, and connectors name them in
many ways (`password`, `passphrase`, `pwd`, `X-Api-Key`, an `Authorization` header, a URL
with `user:password@`, a signed URL's `X-Amz-Signature` or `sig`). So:

- inside the config of a connector type the catalogue knows (`catalogued_fields`), the
  fields the catalogue marks secret are hidden, the other documented fields only if their
  value looks secret, and undocumented keys as below;
- a key whose name says secret (`is_secret_key`) hides its whole value, wherever it is;
- inside the config of a connector type the catalogue does not know (`CONNECTOR_CONFIGS`:
  `source_config`, `sink_config`, ...) every string is a secret unless its key is one known to hold ordinary settings
  (`PUBLIC_CONFIG_KEYS`) and the value itself does not look like a secret; numbers, booleans
  and nulls under keys that do not name a secret are shown;
- anywhere, a string that looks like a secret (`looks_secret`: credentials in a URL, signed
  URL parameters, `Bearer`/`Basic` values, private keys, JWTs, connection-string passwords,
  well-known token formats, any secret the client holds) is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from .connectors import connector_info
from .connectors import secret_fields as catalogue_secrets
from .constants import known_secrets

#: What a secret looks like in a repr.
MASK = "***"

#: Subtrees holding a connector's settings: string values there are secret unless known not.
CONNECTOR_CONFIGS = frozenset({"source_config", "sink_config", "custom_config"})

#: Config block -> (connector family, the sibling key naming the connector type).
_CATALOGUED_BLOCKS = {
    "source_config": ("sources", "source_type"),
    "sink_config": ("destinations", "sink_type"),
    "credentials": ("credentials", "credentials_type"),
}


def catalogued_fields(
    block: str, parent: Mapping[str, Any]
) -> tuple[frozenset[str], frozenset[str]] | None:
    """For the connector config `parent[block]`: the keys the connector catalogue marks secret
    and every key it documents, for the type `parent` names; None when the block or the type
    is not catalogued."""
    entry = _CATALOGUED_BLOCKS.get(block)
    if entry is None:
        return None
    family, type_key = entry
    connector_type = parent.get(type_key)
    info = connector_info(family, connector_type) if isinstance(connector_type, str) else None
    if info is None:
        return None
    documented = frozenset(info["schema"].get("properties", {}))
    return catalogue_secrets(family, str(connector_type)), documented


#: Subtrees that are secret as a whole, whatever their keys.
SECRET_SUBTREES = frozenset({"credentials", "secret_config"})

#: Connector config keys known to hold ordinary settings (compared and shown in clear).
PUBLIC_CONFIG_KEYS = frozenset(
    {
        "path",
        "paths",
        "prefix",
        "file_format",
        "format",
        "file_pattern",
        "file_name",
        "filename",
        "extension",
        "delimiter",
        "separator",
        "quote",
        "escape",
        "encoding",
        "charset",
        "compression",
        "header",
        "bucket",
        "container",
        "folder",
        "directory",
        "region",
        "zone",
        "table",
        "tables",
        "table_name",
        "schema",
        "database",
        "db",
        "warehouse",
        "catalog",
        "dataset",
        "project",
        "topic",
        "topics",
        "queue",
        "stream",
        "index",
        "collection",
        "sheet",
        "host",
        "hostname",
        "port",
        "protocol",
        "url",
        "base_url",
        "endpoint",
        "method",
        "content_type",
        "mode",
        "write_mode",
        "load_mode",
        "ingest_method",
        "start_time",
        "end_time",
        "start_date",
        "end_date",
        "schedule",
        "cron",
        "frequency",
        "timezone",
        "time_zone",
        "batch_size",
        "page_size",
        "primary_key",
        "primary_keys",
        "partition",
        "partition_by",
        "sort_key",
        "columns",
        "fields",
        "mapping",
        "name",
        "type",
        "description",
        "query",
    }
)

#: Nexla API fields whose names mention a secret but which hold none (types, ids, versions,
#: flags, references to a credential by id or as a model that masks its own secrets).
PUBLIC_FIELDS = frozenset(
    {
        "auth_template",
        "auth_template_id",
        "credentials_non_secure_data",
        "credentials_type",
        "credentials_version",
        "data_credentials",
        "data_credentials_id",
        "enable_nexla_password_login",
        "oidc_token_verify_url",
        "reuse_data_credentials",
        "runtime_data_credentials",
        "runtime_data_credentials_id",
        "token_type",
    }
)

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: Whole words (of a snake, kebab or camel case key) that name a secret.
_SECRET_WORDS = frozenset(
    {
        "password",
        "passwords",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
        "pin",
        "secret",
        "secrets",
        "token",
        "tokens",
        "credential",
        "credentials",
        "auth",
        "authorization",
        "signature",
        "sig",
        "sas",
        "cookie",
        "apikey",
        "privatekey",
        "accesskey",
        "secretkey",
    }
)
#: `<word> key` pairs that name a secret (`api_key`, `X-Api-Key`, `accountKey`...).
_KEY_QUALIFIERS = frozenset(
    {
        "api",
        "access",
        "private",
        "secret",
        "account",
        "shared",
        "signing",
        "encryption",
        "session",
        "master",
        "storage",
        "subscription",
        "license",
        "client",
        "app",
        "consumer",
    }
)
#: Name fragments that make a key secret even when run together (`dbpassword`, `authToken`).
_SECRET_PARTS = ("password", "passwd", "passphrase", "secret", "token", "credential", "apikey")
#: Query parameters of signed or keyed URLs (S3, GCS, Azure SAS, API keys, OAuth codes).
_SECRET_QUERY_NAMES = frozenset(
    {
        "sig",
        "signature",
        "key",
        "code",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "x-goog-signature",
        "x-goog-credential",
        "awsaccesskeyid",
        "googleaccessid",
    }
)

_SECRET_TEXT = re.compile(
    r"(?i)"
    r"\b(?:bearer|basic|token|digest|negotiate|apikey)\s+[A-Za-z0-9._~+/=-]{6,}"  # auth values
    r"|\b[a-z][a-z0-9+.-]*://[^/?#\s@]+@"  # URL userinfo
    r"|-----BEGIN [A-Z ]*(?:PRIVATE KEY|CERTIFICATE)"  # PEM
    r"|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\."  # JWT
    r"|(?:^|[;\s])(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature)\s*="
    r"|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"  # AWS access key id
    r"|\bxox[abposr]-[A-Za-z0-9-]{8,}"  # Slack tokens
    r"|\bgh[pousr]_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}"
    r"|hooks\.slack\.com/"  # Slack webhook URLs carry their token in the path
)
_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://\S+")


def is_secret_key(key: str) -> bool:
    """Whether a field named `key` holds a secret (`password`, `X-Api-Key`, `dbPwd`...)."""
    low = key.lower()
    if low in PUBLIC_FIELDS:
        return False
    if low in SECRET_SUBTREES or any(part in low for part in _SECRET_PARTS):
        return True
    words = [w.lower() for w in _WORD.findall(key)]
    if any(w in _SECRET_WORDS for w in words):
        return True
    return any(a in _KEY_QUALIFIERS and b == "key" for a, b in zip(words, words[1:], strict=False))


def looks_secret(text: str) -> bool:
    """Whether a string value is, or contains, a secret whatever its key is called."""
    if _SECRET_TEXT.search(text):
        return True
    for url in _URL.findall(text):
        try:
            query = urlsplit(url).query
        except ValueError:
            return True  # unparseable URL: do not guess
        for name, _ in parse_qsl(query, keep_blank_values=True):
            if name.lower() in _SECRET_QUERY_NAMES or is_secret_key(name):
                return True
    return any(secret in text for secret in known_secrets())


def is_public_config_value(key: str | None, value: str) -> bool:
    """A string inside a connector config is shown only under a known key, if not secret."""
    return key is not None and key.lower() in PUBLIC_CONFIG_KEYS and not looks_secret(value)


def mask_secrets(
    value: Any,
    replace: Callable[[Any], Any],
    key: str | None = None,
    parent: Mapping[str, Any] | None = None,
) -> Any:
    """`value` (found under `key` in `parent`, if any) with each secret at any depth replaced
    by `replace(secret)`, per the rules above. Mappings and lists are copied; other objects
    (models, which mask their own reprs) are returned as they are."""
    if key is not None:
        catalogued = catalogued_fields(key, parent) if parent is not None else None
        if catalogued is not None and isinstance(value, Mapping):
            return _mask_catalogued(value, replace, *catalogued)
        if is_secret_key(key):
            return replace(value)
        if key in CONNECTOR_CONFIGS:
            return _mask_config(value, replace, None)
    if isinstance(value, Mapping):
        return {str(k): mask_secrets(v, replace, str(k), value) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(v, replace) for v in value]
    if isinstance(value, str) and looks_secret(value):
        return replace(value)
    return value


def _mask_catalogued(
    config: Mapping[str, Any],
    replace: Callable[[Any], Any],
    secret: frozenset[str],
    documented: frozenset[str],
) -> dict[str, Any]:
    """A config of a catalogued connector type: the fields the catalogue marks secret are
    replaced, other documented fields only if their value looks secret, and keys the
    catalogue does not document as in any uncatalogued config."""
    out: dict[str, Any] = {}
    for k, v in config.items():
        key = str(k)
        if key in secret:
            out[key] = replace(v)
        elif key in documented:
            out[key] = mask_secrets(v, replace)
        else:
            out[key] = _mask_config(v, replace, key)
    return out


def _mask_config(value: Any, replace: Callable[[Any], Any], key: str | None) -> Any:
    """A connector config: strings are secrets unless their key is known to be public."""
    if isinstance(value, Mapping):
        return {
            str(k): replace(v) if is_secret_key(str(k)) else _mask_config(v, replace, str(k))
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_mask_config(v, replace, key) for v in value]
    if isinstance(value, str) and not is_public_config_value(key, value):
        return replace(value)
    return value


def masked_for_display(
    value: Any,
    key: str | None = None,
    parent: Mapping[str, Any] | None = None,
    *,
    keep: tuple[Any, ...] = (),
) -> Any:
    """`value` with every secret shown as `***`; None and the `keep` sentinels stay visible."""

    def hide(secret: Any) -> Any:
        if secret is None or any(secret is kept for kept in keep):
            return secret
        if isinstance(secret, str | bytes | int | float | Mapping | list | tuple):
            return MASK
        return secret  # a model (API or config) masks its own secrets in its repr

    return mask_secrets(value, hide, key, parent)


def model_repr(model: Any, unset: Any = None) -> str:
    """The repr of an attrs model with secrets masked (`unset` is the not-given sentinel).

    Fields named as secrets (`credentials`), connector configs (by the catalogue's marks for
    the model's connector type, if it knows the type) and secret-looking strings are masked, and so is anything under such a name in `additional_properties`, where a reply
    echoing a field the model does not declare puts it.
    """
    keep = (unset,)
    fields = [a for a in attrs.fields(type(model)) if a.repr]
    values = {a.name: getattr(model, a.name) for a in fields}
    parts = []
    for attribute in fields:
        name = attribute.name
        value = values[name]
        if name == "additional_properties":
            shown = masked_for_display(value, keep=keep)
        else:
            shown = masked_for_display(value, name, values, keep=keep)
        parts.append(f"{attribute.alias or name}={shown!r}")
    return f"{type(model).__name__}({', '.join(parts)})"
