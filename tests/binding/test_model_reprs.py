"""Printing a model never prints a secret: credentials, connector config values, secrets a
reply echoes into `additional_properties`, and the recipes' credential bodies and configs.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import attrs
import pytest

import nexla_api.models as models
from nexla_api.models.data_credential import DataCredential
from nexla_api.models.data_credential_create import DataCredentialCreate
from nexla_api.models.data_credential_update import DataCredentialUpdate
from nexla_api.models.data_sink_create import DataSinkCreate
from nexla_api.models.data_source import DataSource
from nexla_recipes.config_models.rotation_plan import CredentialRotationInput
from nexla_recipes.deploy import load_config
from nexla_recipes.rotate import NewCredential

PASSWORD = "SECRET-pg-password-31"
ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SIGNED = "https://bucket.s3.amazonaws.com/o?X-Amz-Signature=SECRET-signature-77"
AUTH_HEADER = "Bearer SECRET-bearer-0042"
SECRETS = (PASSWORD, ACCESS_KEY, "SECRET-signature-77", "SECRET-bearer-0042", "SECRET")

CREDENTIALS = {"host": "db.example.com", "password": PASSWORD, "username": "etl"}


def _assert_masked(text: str, *visible: str) -> None:
    for secret in SECRETS:
        assert secret not in text, text
    for value in visible:
        assert value in text, text


def _all_model_classes() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_generated_model_has_the_masking_repr() -> None:
    classes = _all_model_classes()
    assert len(classes) > 100
    assert [c.__name__ for c in classes if "__repr__" not in vars(c)] == []


@pytest.mark.parametrize(
    ("cls", "extra", "shown"),
    [
        # a type the connector catalogue knows: only the fields it marks secret are masked
        (DataCredentialCreate, {"credentials_type": "postgres"}, "'password': '***'"),
        # a type it does not know: the whole block is masked
        (DataCredentialCreate, {"credentials_type": "homegrown"}, "credentials='***'"),
        # no type to look up: the whole block is masked
        (DataCredentialUpdate, {}, "credentials='***'"),
    ],
    ids=["catalogued", "uncatalogued", "untyped"],
)
def test_credential_bodies_mask_credentials(
    cls: type[Any], extra: dict[str, Any], shown: str
) -> None:
    body = cls(name="pg-main", credentials=CREDENTIALS, **extra)
    for text in (repr(body), str(body), f"{body}", repr([body]), repr({"b": body})):
        _assert_masked(text, "pg-main", shown)
    assert body.to_dict()["credentials"] == CREDENTIALS  # the wire body is untouched


def test_reply_echoing_credentials_into_additional_properties_is_masked() -> None:
    reply = {
        "id": 4,
        "name": "pg-main",
        "credentials_type": "postgres",
        "credentials": CREDENTIALS,
        "connection_url": f"postgres://etl:{PASSWORD}@db.example.com/prod",
        "note": AUTH_HEADER,
    }
    credential = DataCredential.from_dict(reply)
    assert credential.additional_properties["credentials"] == CREDENTIALS
    _assert_masked(repr(credential), "pg-main", "postgres", "'credentials': '***'")


def test_connector_configs_show_ordinary_settings_only() -> None:
    source = DataSource.from_dict(
        {
            "id": 1,
            "name": "orders",
            "status": "ACTIVE",
            "source_type": "s3",
            "source_config": {
                "path": "orders/",
                "region": "eu-west-1",
                "access_key_id": ACCESS_KEY,
                "headers": {"Authorization": AUTH_HEADER},
                "sample_url": SIGNED,
                "custom_setting": "opaque-value",
            },
            "data_credentials": {
                "id": 4,
                "name": "pg-main",
                "credentials_type": "postgres",
                "credentials": CREDENTIALS,
            },
        }
    )
    text = repr(source)
    _assert_masked(text, "orders/", "eu-west-1", "pg-main")
    assert "opaque-value" not in text  # unknown connector settings are secret until known
    sink = DataSinkCreate(
        name="out",
        sink_type="s3",
        data_set_id=1,
        data_credentials_id=4,
        sink_config={"password": PASSWORD, "path": "o/"},
    )
    _assert_masked(repr(sink), "o/")


def test_rotation_new_credential_body_and_plan_input_are_masked() -> None:
    new = NewCredential(name="pg-rotated", credentials_type="postgres", credentials=CREDENTIALS)
    _assert_masked(repr(new), "pg-rotated")
    _assert_masked(repr(new.body()), "pg-rotated")
    plan_input = CredentialRotationInput.model_validate(
        {
            "old_credential_id": 4,
            "new_credential": {
                "name": "pg-rotated",
                "credentials_type": "postgres",
                "credentials": CREDENTIALS,
            },
        }
    )
    _assert_masked(repr(plan_input), "pg-rotated")
    _assert_masked(str(plan_input), "pg-rotated")


def test_deploy_loaded_config_is_masked(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text(
        f"""\
name: orders-flow
credential:
  name: orders-cred
  credentials_type: s3
  credentials: {{s3_auth_type: Access Key, region: us-east-1, secret_key: {PASSWORD}}}
source:
  name: orders-src
  source_type: s3
  source_config: {{path: orders/, start.cron: "0 * * * *", api_key: {PASSWORD}}}
destination:
  name: orders-sink
  sink_type: s3
  sink_config: {{path: out/, data_format: json, password: {PASSWORD}}}
""",
        encoding="utf-8",
    )
    loaded = load_config(path)
    for text in (repr(loaded), str(loaded.config), repr(loaded.config.credential)):
        _assert_masked(text, "orders-cred")
    assert PASSWORD in loaded.config.model_dump_json()  # the values themselves are intact
