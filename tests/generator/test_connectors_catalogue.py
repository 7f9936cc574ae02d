"""The spec's connector catalogue: generated from the extracted facts, deterministic, complete."""

from __future__ import annotations

from typing import Any

import pytest

from generator import connectors
from generator.connectors_binding import flatten, python_name
from generator.spec import bundle


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return bundle()


def test_committed_catalogue_matches_the_facts() -> None:
    assert connectors.catalogue_problems(write=False) == []
    assert connectors.render_catalogue() == connectors.render_catalogue()


def test_families_are_discriminated_unions(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    expected = {
        "CredentialConnector": ("credentials_type", 52),
        "SourceConnector": ("source_type", 49),
        "DestinationConnector": ("sink_type", 46),
    }
    for union, (prop, count) in expected.items():
        schema = schemas[union]
        assert schema["discriminator"]["propertyName"] == prop
        assert len(schema["oneOf"]) == len(schema["discriminator"]["mapping"]) == count
        for value, ref in schema["discriminator"]["mapping"].items():
            envelope = schemas[ref.rsplit("/", 1)[-1]]
            own = envelope["allOf"][1]
            assert own["properties"][prop] == {"const": value}


def test_shared_bases_are_all_of(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    refs = [p["$ref"] for p in schemas["PostgresCredentials"]["allOf"] if "$ref" in p]
    assert refs == ["#/components/schemas/DatabaseCredentialsBase"]
    flat = flatten(schemas, "PostgresCredentials")
    assert {"tunnel.bastion.host", "host", "password"} <= set(flat["properties"])


def test_secrets_are_write_only(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    flat = flatten(schemas, "SnowflakeCredentials")
    secret = {n for n, p in flat["properties"].items() if p.get("x-nexla-secret")}
    assert {"password", "snowflake.privateKey", "snowflake.privateKey.passphrase"} <= secret
    assert "username" not in secret
    raw = schemas["S3Credentials"]["allOf"][-1]["properties"]["secret_key"]
    assert raw["writeOnly"] is True and raw["x-nexla-secret"] is True
    assert not connectors.is_secret_name("oauth2.access.token.url")
    assert not connectors.is_secret_name("vendor.token_type")
    assert connectors.is_secret_name("vendor.refresh_token")


def test_catalogue_is_not_handed_to_openapi_python_client(doc: dict[str, Any]) -> None:
    from generator.normalize import normalize

    names = set(normalize(doc)["components"]["schemas"])
    assert "S3Credentials" not in names and "CredentialConnector" not in names
    assert "DataCredentialCreate" in names


def test_python_names() -> None:
    assert python_name("iceberg.warehouse.dir") == "iceberg_warehouse_dir"
    assert python_name("databricks.field.OAuth2Secret") == "databricks_field_oauth2_secret"
    assert python_name("pdf.parsing.auto-1.outputText") == "pdf_parsing_auto_1_output_text"
