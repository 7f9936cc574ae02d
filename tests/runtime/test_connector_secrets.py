"""Every field the connector catalogue marks secret, in every connector type, stays out of
reprs, log records, errors, drift reports and audit reports."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from nexla_api.connectors import config_class, connector_types, secret_fields
from nexla_api.models import AuditLogEntry, DataCredentialCreate
from nexla_api.runtime.errors import error_from_response
from nexla_api.runtime.logs import RedactingFilter
from nexla_recipes.access_audit import AccessAuditReport, ResourceAccess, _change
from nexla_recipes.drift import DriftReport, Masker, ResourceDrift, diff_values, public_value
from tests.support.connectors import full_wire

_TYPE_KEY = {
    "credentials": "credentials_type",
    "sources": "source_type",
    "destinations": "sink_type",
}
_BLOCK = {"credentials": "credentials", "sources": "source_config", "destinations": "sink_config"}

SECRET_CASES = [
    (family, connector_type, field)
    for family in ("credentials", "sources", "destinations")
    for connector_type in connector_types(family)
    for field in sorted(secret_fields(family, connector_type))
]


def test_every_family_has_marked_secrets() -> None:
    families = {family for family, _, _ in SECRET_CASES}
    assert families == {"credentials", "sources"}  # no destination config holds a secret
    assert len(SECRET_CASES) > 150


def _value(connector_type: str, field: str) -> str:
    return f"SECRET-{connector_type}-{field}-Zq81"


@pytest.mark.parametrize(("family", "connector_type", "field"), SECRET_CASES)
def test_secret_field_never_shows(
    family: str, connector_type: str, field: str, caplog: pytest.LogCaptureFixture
) -> None:
    cls = config_class(family, connector_type)
    assert cls is not None
    secret = _value(connector_type, field)
    # the model: built from a full config of the type, with the secret in place
    wire_in = full_wire(family, connector_type)
    wire_in[field] = secret
    model = cls.from_dict(wire_in)
    assert secret not in repr(model) and secret not in str(model)
    wire = model.to_dict()
    assert wire[field] == secret

    # logs: the body as the client would log it (to_dict registered the secret)
    logger = logging.getLogger("nexla_api")
    redactor = RedactingFilter()
    logger.addFilter(redactor)
    try:
        with caplog.at_level(logging.DEBUG, logger="nexla_api"):
            logger.debug("request body %s", wire)
            logger.debug(f"request body {wire}")
    finally:
        logger.removeFilter(redactor)
    assert caplog.records and all(secret not in r.getMessage() for r in caplog.records)

    # errors: a server that echoes the body back, as JSON and as text
    body = {_TYPE_KEY[family]: connector_type, _BLOCK[family]: wire, "message": f"bad {secret}"}
    request = httpx.Request("POST", "https://api.test/data_credentials")
    for reply in (
        httpx.Response(400, json=body, request=request),
        httpx.Response(500, text=f"failed with {wire}", request=request),
    ):
        error = error_from_response(reply)
        assert secret not in str(error) and secret not in repr(error)
        assert secret not in repr(error.body)

    # drift: masked by the catalogue's marks, then rendered
    masker = Masker()
    left = masker.mask(body)
    right = masker.mask({**body, _BLOCK[family]: {**wire, field: secret + "-other"}})
    assert secret not in repr(public_value(left))
    diffs = diff_values(left, right)
    assert diffs and all(d.secret for d in diffs if field in d.pointer)
    report = DriftReport("a", "b", changed=[ResourceDrift(family, "x", tuple(diffs))])
    assert secret not in report.to_json() and secret not in report.to_markdown()

    # audit: an entry whose recorded changes hold the secret
    entry = AuditLogEntry.from_dict(
        {
            "id": 1,
            "item_type": "DataCredentials",
            "item_id": 7,
            "event": "update",
            "created_at": "2026-01-02T03:04:05Z",
            "change_summary": [_BLOCK[family], field],
            "object_changes": {_BLOCK[family]: [wire, {**wire, field: secret + "x"}]},
        }
    )
    access = ResourceAccess(family, 7, changes=[_change(family, 7, entry)])
    audit = AccessAuditReport(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    audit.resources.append(access)
    assert secret not in audit.to_json() and secret not in audit.to_csv()


def test_plain_dict_bodies_register_their_secrets_too() -> None:
    secret = "plain-dict-password-Zq81"
    body = DataCredentialCreate(
        name="db", credentials_type="postgres", credentials={"host": "h", "password": secret}
    ).to_dict()
    assert body["credentials"]["password"] == secret
    reply = httpx.Response(
        422,
        text=f"could not connect with password {secret}",
        request=httpx.Request("POST", "https://api.test/data_credentials"),
    )
    assert secret not in str(error_from_response(reply))


def test_catalogued_config_shows_ordinary_settings_in_drift() -> None:
    masker = Masker()
    masked: dict[str, Any] = masker.mask(
        {"source_type": "s3", "source_config": {"path": "bucket/in", "start.cron": "0 * * * *"}}
    )
    assert masked["source_config"] == {"path": "bucket/in", "start.cron": "0 * * * *"}
    secret = masker.mask({"source_type": "nexla_rest", "source_config": {"hash_secret_key": "k"}})
    assert public_value(secret)["source_config"]["hash_secret_key"] == "<masked>"
