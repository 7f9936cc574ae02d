"""The typed connector catalogue: every type's model round-trips through Nexla's wire names,
unknown types and keys pass through, and request bodies take models or dicts alike."""

from __future__ import annotations

import dataclasses
import json

import pytest

from nexla_api.connectors import (
    ConnectorConfig,
    ConnectorConfigError,
    S3Credentials,
    S3IcebergSinkConfig,
    config_class,
    connector_types,
    parse_config,
    secret_fields,
    validate_config,
    validate_connector,
)
from nexla_api.models import DataCredentialCreate, DataSinkCreate, DataSourceUpdate
from tests.support.connectors import full_wire

FAMILIES = ("credentials", "sources", "destinations")
ALL_TYPES = [(f, t) for f in FAMILIES for t in connector_types(f)]


def test_catalogue_has_every_documented_type() -> None:
    assert [len(connector_types(f)) for f in FAMILIES] == [52, 49, 46]
    assert "iceberg.warehouse.dir" in full_wire("destinations", "s3_iceberg")


@pytest.mark.parametrize(("family", "connector_type"), ALL_TYPES)
def test_round_trip_model_wire_model(family: str, connector_type: str) -> None:
    cls = config_class(family, connector_type)
    assert cls is not None and cls.CONNECTOR_TYPE == connector_type and cls.FAMILY == family
    wire = full_wire(family, connector_type)
    wire["not.in.the.catalogue"] = {"kept": True}
    model = cls.from_dict(wire)
    out = model.to_dict()
    # Every documented key comes back under its exact wire name (dots and case included),
    # and the unknown key travels in `extra`.
    assert out == wire
    assert set(cls.WIRE_NAMES.values()) == set(wire) - {"not.in.the.catalogue"}
    assert model.extra == {"not.in.the.catalogue": {"kept": True}}
    assert cls.from_dict(out) == model
    assert validate_config(family, connector_type, out) == []
    # Python names are identifiers; the mapping is one to one.
    assert all(name.isidentifier() for name in cls.WIRE_NAMES)
    assert len(set(cls.WIRE_NAMES.values())) == len(cls.WIRE_NAMES)


def test_dotted_names_map_to_python_names() -> None:
    config = S3IcebergSinkConfig(
        iceberg_warehouse_dir="s3://lake/warehouse",
        iceberg_table_name="events",
        iceberg_insert_mode="insert",
    )
    wire = config.to_dict()
    assert wire["iceberg.warehouse.dir"] == "s3://lake/warehouse"
    assert wire["iceberg.table.name"] == "events"
    assert S3IcebergSinkConfig.from_dict(wire).iceberg_warehouse_dir == "s3://lake/warehouse"


def test_missing_required_field_is_a_typed_error() -> None:
    with pytest.raises(ConnectorConfigError) as caught:
        S3Credentials.from_dict({"access_key": "AKIA"})
    assert caught.value.problems[0].path == "/s3_auth_type"


def test_unknown_type_stays_a_plain_dict() -> None:
    data = {"some.key": 1}
    assert parse_config("credentials", "brand_new_store", data) == data
    assert (
        validate_connector(
            "credentials", {"credentials_type": "brand_new_store"}, allow_unknown_type=True
        )
        == []
    )


def test_request_bodies_take_models_or_dicts() -> None:
    typed = DataCredentialCreate(
        name="lake",
        credentials_type="s3",
        credentials=S3Credentials(
            s3_auth_type="Access Key", access_key="AKIA", secret_key="s", extra={"x.y": 1}
        ),
    )
    plain = DataCredentialCreate(
        name="lake",
        credentials_type="s3",
        credentials={
            "s3_auth_type": "Access Key",
            "access_key": "AKIA",
            "secret_key": "s",
            "x.y": 1,
        },
    )
    assert typed.to_dict() == plain.to_dict()
    json.dumps(typed.to_dict())
    sink = DataSinkCreate(
        name="out",
        sink_type="s3_iceberg",
        data_set_id=1,
        data_credentials_id=2,
        sink_config=S3IcebergSinkConfig(
            iceberg_warehouse_dir="s3://w", iceberg_table_name="t", iceberg_insert_mode="insert"
        ),
    )
    assert sink.to_dict()["sink_config"]["iceberg.warehouse.dir"] == "s3://w"
    update = DataSourceUpdate(source_config={"start.cron": "0 * * * *"})
    assert update.to_dict()["source_config"] == {"start.cron": "0 * * * *"}


def test_models_are_dataclasses_with_masked_repr() -> None:
    model = S3Credentials(s3_auth_type="Access Key", access_key="AKIA-ID", secret_key="TOPSECRET")
    assert dataclasses.is_dataclass(model) and isinstance(model, ConnectorConfig)
    assert "TOPSECRET" not in repr(model) and "AKIA-ID" not in str(model)
    assert secret_fields("credentials", "s3") >= {"secret_key", "access_key"}
