"""Drift never shows a connector config secret, whatever the field is called or wherever the
secret hides in a value; it still says that a secret differs (compared by keyed hash)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from nexla_api import NexlaClient
from nexla_api.runtime.secret_fields import is_secret_key, looks_secret
from nexla_recipes.drift import Masker, compare_environments, diff_values
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es

STAGING, PROD = "env:staging", "env:prod"


def secret_config(side: str) -> dict[str, Any]:
    """A source config with a secret of every kind; `side` makes each differ."""
    return {
        "table": "orders",
        "path": f"exports/{side}/",
        "batch_size": 100 if side == "stg" else 500,
        "headers": {"Authorization": f"Bearer tok-{side}-AAAA1111", "Accept": "text/csv"},
        "url": f"https://etl-user:hunter2-{side}@api.example.com/v1/export",
        "passphrase": f"correct-horse-{side}",
        "db_pwd": f"pwd-777-{side}",
        "report_url": (
            f"https://bucket.s3.amazonaws.com/f.csv?X-Amz-Credential=AKID{side}EXAMPLE"
            f"&X-Amz-Signature=abcdef{side}0123456789"
        ),
        "endpoint": f"https://acct.blob.core.windows.net/c?sv=2020-08-04&sig=SASsig-{side}-99",
        "extra_headers": [{"name": "X-Api-Key", "value": f"apikey-888-{side}"}],
        "login": f"ops-login-{side}",
        "connection": f"Server=db;User Id=u;Password=connpw-{side}-55;",
    }


SECRET_VALUES = [
    "tok-{}-AAAA1111",
    "hunter2-{}",
    "correct-horse-{}",
    "pwd-777-{}",
    "AKID{}EXAMPLE",
    "abcdef{}0123456789",
    "SASsig-{}-99",
    "apikey-888-{}",
    "ops-login-{}",
    "connpw-{}-55",
]
SECRET_POINTERS = {
    "/source_config/headers/Authorization",
    "/source_config/url",
    "/source_config/passphrase",
    "/source_config/db_pwd",
    "/source_config/report_url",
    "/source_config/endpoint",
    "/source_config/extra_headers/0/value",
    "/source_config/login",
    "/source_config/connection",
}


def test_connector_config_secrets_of_every_kind_stay_out_of_drift_reports(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    cred = es.credential(nexla_client, "warehouse")
    es.source(nexla_client, "orders", cred, [STAGING], secret_config("stg"))
    es.source(nexla_client, "orders", cred, [PROD], secret_config("prd"))
    report = compare_environments(nexla_client, STAGING, right_tag=PROD)
    (orders,) = [c for c in report.changed if c.kind == "sources"]
    by_pointer = {d.pointer: d.to_dict() for d in orders.differences}
    assert by_pointer["/source_config/path"] == {
        "pointer": "/source_config/path",
        "left": "exports/stg/",
        "right": "exports/prd/",
    }
    assert by_pointer["/source_config/batch_size"]["right"] == 500
    assert "/source_config/headers/Accept" not in by_pointer  # equal and public: no difference
    secret = {p for p, d in by_pointer.items() if d.get("secret")}
    assert secret == SECRET_POINTERS
    assert set(by_pointer) == SECRET_POINTERS | {"/source_config/path", "/source_config/batch_size"}
    for fmt, text in (("json", report.to_json()), ("markdown", report.to_markdown())):
        for template in SECRET_VALUES:
            for side in ("stg", "prd"):
                assert template.format(side) not in text, f"{fmt} shows {template}"
        assert not re.search(r"[0-9a-f]{32,}", text), f"a digest leaked into the {fmt} report"


def test_equal_secrets_compare_equal_by_hash(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    cred = es.credential(nexla_client, "warehouse")
    es.source(nexla_client, "orders", cred, [STAGING], secret_config("same"))
    es.source(nexla_client, "orders", cred, [PROD], secret_config("same"))
    report = compare_environments(nexla_client, STAGING, right_tag=PROD)
    assert [c for c in report.changed if c.kind == "sources"] == []


@pytest.mark.parametrize(
    "key",
    [
        "password",
        "Password",
        "db_password",
        "dbPassword",
        "passwd",
        "pwd",
        "db-pwd",
        "passphrase",
        "keyPassphrase",
        "passcode",
        "pin",
        "client_secret",
        "clientSecret",
        "access_token",
        "refreshToken",
        "api_key",
        "apiKey",
        "APIKey",
        "X-Api-Key",
        "x-api-key",
        "private_key",
        "privateKey",
        "access_key",
        "AccountKey",
        "sas_token",
        "Authorization",
        "auth",
        "Cookie",
        "signature",
        "credentials",
        "service_credentials",
    ],
)
def test_secret_field_names(key: str) -> None:
    assert is_secret_key(key)


@pytest.mark.parametrize(
    "key",
    ["table", "path", "file_format", "partition_key", "primary_key", "key_field", "bypass", "name"],
)
def test_ordinary_field_names(key: str) -> None:
    assert not is_secret_key(key)


@pytest.mark.parametrize(
    "value",
    [
        "Bearer abcdef123456",
        "Basic dXNlcjpwYXNz",
        "token ghp_abcdefghijklmnopqrstuvwxyz",
        "https://user:pw@host.example.com/x",
        "sftp://deploy@files.example.com/inbox",
        "https://b.s3.amazonaws.com/k?X-Amz-Signature=abc&X-Amz-Date=1",
        "https://storage.googleapis.com/b/o?X-Goog-Signature=abc",
        "https://a.blob.core.windows.net/c?sv=1&sig=abc",
        "https://maps.example.com/api?key=AIzaSyA",
        "https://api.example.com/x?access_token=abc",
        "https://hooks.slack.com/services/T0/B0/XYZ",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig",
        "Server=db;Password=x;",
        "AKIAIOSFODNN7EXAMPLE",
        "xoxb-123456789-abcdef",
    ],
)
def test_values_that_look_secret(value: str) -> None:
    assert looks_secret(value)


@pytest.mark.parametrize(
    "value",
    ["orders/2024/", "https://api.example.com/v1/export?page=1", "json", "s3://bucket/prefix/"],
)
def test_ordinary_values(value: str) -> None:
    assert not looks_secret(value)


def test_unknown_connector_config_strings_are_secret_but_numbers_and_known_keys_are_not() -> None:
    masker = Masker()
    left = masker.mask({"sink_config": {"region": "eu", "token_url": "a", "retries": 3, "x": "1"}})
    right = masker.mask({"sink_config": {"region": "us", "token_url": "b", "retries": 4, "x": "2"}})
    diffs = {d.pointer: d.to_dict() for d in diff_values(left, right)}
    assert diffs["/sink_config/region"] == {
        "pointer": "/sink_config/region",
        "left": "eu",
        "right": "us",
    }
    assert diffs["/sink_config/retries"]["left"] == 3
    assert diffs["/sink_config/token_url"]["secret"] and diffs["/sink_config/x"]["secret"]
    # outside connector configs ordinary strings are shown, secret-looking ones are not
    outside = diff_values(
        masker.mask({"description": "a", "note": "Bearer abcdef123456"}),
        masker.mask({"description": "b", "note": "Bearer zzzzzz999999"}),
    )
    assert [d.to_dict() for d in outside] == [
        {"pointer": "/description", "left": "a", "right": "b"},
        {"pointer": "/note", "secret": True, "change": "secret differs"},
    ]
