"""Deterministic response payloads shaped like the sandbox's (and Nexla's) JSON.

Every item carries the fields a real listing has: nested owner/org/connector, access roles,
timestamps, a connector config, discovered nexsets, run ids and one field our spec does not
know (so the unknown-field path is exercised too).
"""

from __future__ import annotations

import json
from typing import Any

_STATUSES = ("ACTIVE", "PAUSED", "INIT", "DRAFT")
_TYPES = ("s3", "gcs", "postgres", "rest", "ftp")


def _ts(i: int, hour: int = 10) -> str:
    return f"2025-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}T{hour:02d}:{i % 60:02d}:00.000Z"


def owner(i: int) -> dict[str, Any]:
    return {
        "id": 1000 + i % 7,
        "full_name": f"User {i % 7}",
        "email": f"user{i % 7}@example.com",
        "email_verified_at": None,
    }


def org(i: int) -> dict[str, Any]:
    return {"id": 1, "name": "Bench Org", "email_domain": "example.com", "client_identifier": None}


def source(i: int) -> dict[str, Any]:
    kind = _TYPES[i % len(_TYPES)]
    return {
        "id": i + 1,
        "name": f"source-{i:05d}",
        "description": f"Bench source {i}" if i % 3 else None,
        "status": _STATUSES[i % len(_STATUSES)],
        "source_type": kind,
        "connector_type": kind,
        "owner": owner(i),
        "org": org(i),
        "access_roles": ["owner"],
        "managed": False,
        "auto_generated": False,
        "connector": {
            "id": 10 + i % 5,
            "type": kind,
            "connection_type": kind,
            "name": kind.upper(),
            "description": f"{kind} connector",
            "nexset_api_compatible": True,
        },
        "ingest_method": "POLL",
        "source_format": "JSON",
        "source_config": {"path": f"bucket/in/{i}/", "file_format": "json", "start.cron": None},
        "poll_schedule": None,
        "code_container_id": None,
        "data_credentials_id": 500 + i % 11,
        "data_sets": [
            {
                "id": 20000 + i,
                "owner_id": 1000 + i % 7,
                "org_id": 1,
                "name": f"source-{i:05d} nexset",
                "description": None,
                "version": 1,
                "created_at": _ts(i, 11),
                "updated_at": _ts(i, 12),
            }
        ],
        "api_keys": [],
        "run_ids": [{"id": 90000 + i, "created_at": _ts(i, 13)}],
        "copied_from_id": None,
        "flow_type": "streaming",
        "has_template": False,
        "vendor_endpoint": None,
        "vendor": None,
        "tags": ["bench", kind],
        "created_at": _ts(i),
        "updated_at": _ts(i, 14),
        "x_unknown_field": {"added": "by a newer server"},
    }


def _schema(i: int) -> dict[str, Any]:
    """A nested record schema as Nexla infers it: properties, nested objects, arrays."""
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "$schema-id": 30000 + i,
        "type": "object",
        "properties": {
            "customer_id": {"type": "integer"},
            "name": {"type": "string"},
            "email": {"type": "string", "format": "email"},
            "amount": {"type": "number"},
            "created_at": {"type": "string", "format": "date-time"},
            "address": {
                "type": "object",
                "properties": {
                    "street": {"type": "string"},
                    "city": {"type": "string"},
                    "country": {"type": "string"},
                },
            },
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }


def nexset(i: int) -> dict[str, Any]:
    return {
        "id": 20000 + i,
        "name": f"source-{i:05d} nexset",
        "description": f"Detected from source {i + 1}",
        "status": _STATUSES[i % len(_STATUSES)],
        "owner": owner(i),
        "org": org(i),
        "access_roles": ["owner"],
        "flow_type": "streaming",
        "version": 1,
        "data_source_id": i + 1,
        "parent_data_sets": [],
        "data_sinks": [],
        "transform_id": None,
        "source_schema": _schema(i),
        "output_schema": _schema(i),
        "copied_from_id": None,
        "tags": ["bench"],
        "created_at": _ts(i),
        "updated_at": _ts(i, 14),
        "x_unknown_field": 1,
    }


def sources(n: int) -> list[dict[str, Any]]:
    return [source(i) for i in range(n)]


def nexsets(n: int) -> list[dict[str, Any]]:
    return [nexset(i) for i in range(n)]


def encoded(kind: str, n: int) -> bytes:
    """The JSON bytes of an n-item listing, as a server would send them (compact)."""
    items = sources(n) if kind == "sources" else nexsets(n)
    return json.dumps(items, separators=(",", ":")).encode()
