"""Every generated model reads a realistic payload and writes it back unchanged.

A model only replies carry reads an absent optional field and a null one alike (`None`) and
writes back the fields that hold a value; a model a request can carry keeps "absent"
(`UNSET`, left out) apart from "null" (sent as null).

The connector catalogue's schemas have their own models and round-trip test
(`test_connectors.py`)."""

from __future__ import annotations

from typing import Any

import pytest

import nexla_api.models as models
from generator.spec import bundle, sent_schema_names
from tests.support.examples import example

_DOC = bundle()
_SENT = sent_schema_names(_DOC)
_OBJECT_SCHEMAS = sorted(
    name
    for name, schema in _DOC["components"]["schemas"].items()
    if isinstance(schema, dict) and schema.get("properties") and not schema.get("x-nexla-catalogue")
)


def test_every_object_schema_has_a_model() -> None:
    missing = [name for name in _OBJECT_SCHEMAS if not hasattr(models, name)]
    assert missing == []


@pytest.mark.parametrize("name", _OBJECT_SCHEMAS)
def test_model_round_trips_a_full_payload(name: str) -> None:
    cls: Any = getattr(models, name)
    payload = example(_DOC, _DOC["components"]["schemas"][name])
    assert cls.from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("name", _OBJECT_SCHEMAS)
def test_model_accepts_null_for_every_optional_field_and_keeps_unknown_fields(name: str) -> None:
    cls: Any = getattr(models, name)
    schema = _DOC["components"]["schemas"][name]
    required = set(schema.get("required", []))
    payload = example(_DOC, schema)
    payload = {k: (v if k in required else None) for k, v in payload.items()}
    payload["field_from_the_future"] = {"nested": [1, 2]}
    parsed = cls.from_dict(payload)
    assert parsed.additional_properties["field_from_the_future"] == {"nested": [1, 2]}
    if name in _SENT:
        assert parsed.to_dict() == payload
    else:
        absent = {k: v for k, v in payload.items() if v is not None}
        assert cls.from_dict(absent) == parsed
        assert parsed.to_dict() == absent
