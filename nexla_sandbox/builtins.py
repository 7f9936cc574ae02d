"""Built-in state every sandbox has (marked `_builtin`, left out of state snapshots): the
org, two users, a team, and Nexla's public record and attribute transforms."""

from __future__ import annotations

from .store import Doc, Store

TEAM_ID = 1
TEAMMATE_ID = 2

ORG: Doc = {
    "id": 1,
    "name": "Sandbox Org",
    "email_domain": "example.com",
    "client_identifier": "sandbox",
}
OWNER: Doc = {"id": 1, "full_name": "Sandbox Owner", "email": "owner@example.com"}
TEAMMATE: Doc = {"id": TEAMMATE_ID, "full_name": "Dana Analyst", "email": "dana@example.com"}


def install_builtins(store: Store, now: str) -> None:
    # Built-ins keep the time they came into being: replies show the same, ordered stamps.
    stamps = {"created_at": now, "updated_at": now}
    with store.transaction():
        store.put("orgs", {**ORG, **stamps, "_builtin": True})
        store.put("users", {**OWNER, **stamps, "_builtin": True})
        store.put("users", {**TEAMMATE, **stamps, "_builtin": True})
        store.put("teams", {"id": TEAM_ID, "name": "data-engineering", **stamps, "_builtin": True})
        base = {
            "owner": dict(OWNER),
            "org": {k: ORG[k] for k in ("id", "name", "email_domain")},
            "access_roles": ["collaborator"],
            "created_at": now,
            "updated_at": now,
            "managed": True,
            "copied_from_id": None,
            "tags": [],
            "public": True,
            "reusable": True,
            "_builtin": True,
            "code_config": None,
            "custom_config": None,
            "description": None,
        }
        for i, (name, code) in enumerate(
            [
                ("drop-pii", [{"operation": "remove", "spec": {"ssn": "", "dob": ""}}]),
                ("add-source-tag", [{"operation": "default", "spec": {"source": "nexla"}}]),
            ],
            start=1,
        ):
            store.put(
                "transforms",
                {
                    **base,
                    "id": i,
                    "name": name,
                    "resource_type": "transform",
                    "output_type": "record",
                    "code_type": "jolt_standard",
                    "code_encoding": "none",
                    "code": code,
                },
            )
        for i, (name, attr_code) in enumerate(
            [
                (
                    "mask-email",
                    "lambda x: x[:2] + '***@' + x.split('@')[1] if '@' in str(x) else x",
                ),
                ("to-upper", "lambda x: str(x).upper()"),
            ],
            start=1,
        ):
            store.put(
                "attribute_transforms",
                {
                    **base,
                    "id": i,
                    "name": name,
                    "resource_type": "attribute_transform",
                    "output_type": "string",
                    "code_type": "python",
                    "code_encoding": "none",
                    "code": attr_code,
                },
            )
