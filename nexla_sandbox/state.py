"""The sandbox's world: store, clock, faults, settings, and the conventions every resource follows.

Helpers here encode the Nexla conventions (owner/org blocks, `access_roles`, timestamps,
audit entries on every change). A change is made by an `Actor`: the user, address, user
agent and URL its audit entry records (a request's context is one; seeding has its own).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from .builtins import install_builtins
from .clock import Clock, iso
from .errors import not_found
from .faults import FaultConfig, Faults
from .kinds import KINDS
from .limits import DEFAULT_MAX_BODY_BYTES
from .store import Doc, Store

DEFAULT_ORG_ID = 1
DEFAULT_USER_ID = 1


@dataclass(kw_only=True)
class Actor:
    """Who makes a change, and from where: what its audit entry records."""

    user_id: int
    request_ip: str
    user_agent: str
    url: str


@dataclass
class Settings:
    """Behaviour knobs fixed at start (CLI flags / fixture arguments)."""

    service_key: str = ""
    discovery_polls: int = 1  # GETs of a new source before its nexset shows up
    async_task_polls: int = 1  # GETs of a task per state step (pending -> running -> completed)
    validate_responses: bool = True
    sample_count: int = 10
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger request bodies get 413
    extra: dict[str, Any] = field(default_factory=dict)


class State:
    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        faults: FaultConfig | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.store = store
        self.clock = clock or Clock()
        self.faults = Faults(faults, clock=self.clock.monotonic)
        self.settings = settings or Settings()
        if not self.settings.service_key:
            self.settings.service_key = "sbx-" + secrets.token_hex(16)
        if store.is_empty():
            self.install_builtins()

    # -- basics --------------------------------------------------------------------
    def now(self) -> str:
        return iso(self.clock.now())

    def install_builtins(self) -> None:
        """The org, users and team every sandbox has, and Nexla's public transforms."""
        install_builtins(self.store, self.now())

    def reset(self) -> None:
        self.store.reset()
        self.install_builtins()

    def org_ref(self) -> Doc:
        org = self.store.get("orgs", DEFAULT_ORG_ID) or {"id": DEFAULT_ORG_ID, "name": "Sandbox"}
        return {"id": org["id"], "name": org["name"], "email_domain": org.get("email_domain")}

    def owner_ref(self, user_id: int) -> Doc:
        user = self.store.get("users", user_id) or {"id": user_id, "full_name": "", "email": ""}
        return {"id": user["id"], "full_name": user["full_name"], "email": user["email"]}

    def new_doc(self, kind: str, actor: Actor | None, fields: Doc) -> Doc:
        """A new resource with id, owner, org, roles and timestamps filled in."""
        now = self.now()
        user_id = actor.user_id if actor else DEFAULT_USER_ID
        doc: Doc = {
            "id": self.store.new_id(kind),
            "owner": self.owner_ref(user_id),
            "org": self.org_ref(),
            "access_roles": ["owner"],
            "created_at": now,
            "updated_at": now,
            "_accessors": [
                {
                    "type": "USER",
                    "id": user_id,
                    "email": self.owner_ref(user_id)["email"],
                    "access_roles": ["owner"],
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        }
        doc.update(fields)
        return doc

    def must(self, kind: str, doc_id: int) -> Doc:
        doc = self.store.get(kind, doc_id)
        if doc is None or doc.get("_deleted"):
            raise not_found(KINDS.get(kind, (kind, kind))[0], doc_id)
        return doc

    def save(self, kind: str, doc: Doc) -> Doc:
        doc["updated_at"] = self.now()
        return self.store.put(kind, doc)

    # -- audit ---------------------------------------------------------------------
    def audit(
        self,
        actor: Actor | None,
        kind: str,
        doc: Doc,
        event: str,
        changes: dict[str, list[Any]],
        association: Doc | None = None,
    ) -> None:
        """Record one change the way Nexla's audit log shows it."""
        user_id = actor.user_id if actor else DEFAULT_USER_ID
        owner = doc.get("owner") or self.owner_ref(user_id)
        entry: Doc = {
            "item_type": KINDS.get(kind, (kind, kind))[1],
            "item_id": doc["id"],
            "event": event,
            "change_summary": sorted(changes),
            "object_changes": changes,
            "request_ip": actor.request_ip if actor else "127.0.0.1",
            "request_user_agent": actor.user_agent if actor else "sandbox",
            "request_url": actor.url if actor else "",
            "user": self.owner_ref(user_id),
            "org_id": DEFAULT_ORG_ID,
            "owner_id": owner.get("id", user_id),
            "owner_email": owner.get("email", ""),
            "created_at": self.now(),
            "impersonator_id": None,
        }
        if association is not None:
            entry["association_resource"] = association
        self.store.add_audit(entry)

    def update_fields(
        self, actor: Actor | None, kind: str, doc: Doc, changes: Doc, event: str = "update"
    ) -> Doc:
        """Apply changed fields, audit them, save."""
        diff = {k: [doc.get(k), v] for k, v in changes.items() if doc.get(k) != v}
        doc.update(changes)
        if diff:
            self.audit(actor, kind, doc, event, diff)
        return self.save(kind, doc)


def public(doc: Doc) -> Doc:
    """A stored document without the sandbox's private `_` keys."""
    return {k: v for k, v in doc.items() if not k.startswith("_")}
