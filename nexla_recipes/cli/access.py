"""`access`: grant, revoke or list who may use a source, nexset, destination or credential."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api import NexlaError
from nexla_api.models import Accessor as AccessorModel
from nexla_api.models import AccessorsRequest, AccessorType, AccessRole

from .._kinds import KINDS
from .common import api_failure, client_from_env, fail, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("access", help="grant, revoke or list access to a resource")
    p.add_argument("action", choices=["grant", "revoke", "list"])
    p.add_argument("--type", dest="kind", choices=sorted(KINDS), required=True)
    p.add_argument("--id", dest="resource_id", type=int, required=True)
    who = p.add_mutually_exclusive_group()
    who.add_argument("--team", help="team id or name")
    who.add_argument("--user", help="user id or email")
    who.add_argument("--org", help="org id, client identifier or email domain")
    p.add_argument("--role", choices=[r.value for r in AccessRole], default="collaborator")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=handle)


def _accessor(args: argparse.Namespace) -> AccessorModel:
    roles = [AccessRole(args.role)]
    if args.team is not None:
        acc = AccessorModel(type_=AccessorType.TEAM, access_roles=roles)
        if args.team.isdigit():
            acc.id = int(args.team)
        else:
            acc.name = args.team
    elif args.user is not None:
        acc = AccessorModel(type_=AccessorType.USER, access_roles=roles)
        if args.user.isdigit():
            acc.id = int(args.user)
        else:
            acc.email = args.user
    else:
        acc = AccessorModel(type_=AccessorType.ORG, access_roles=roles)
        if args.org.isdigit():
            acc.id = int(args.org)
        elif "." in args.org and "@" not in args.org:
            acc.email_domain = args.org
        else:
            acc.client_identifier = args.org
    return acc


def _row(entry: Any) -> dict[str, Any]:
    data: dict[str, Any] = entry.to_dict()
    who = (
        data.get("name")
        or data.get("email")
        or data.get("client_identifier")
        or data.get("email_domain")
        or ""
    )
    return {
        "type": data.get("type"),
        "id": data.get("id"),
        "who": who,
        "roles": data.get("access_roles", []),
    }


def handle(args: argparse.Namespace) -> int:
    k = KINDS[args.kind]
    assert k.accessors_get and k.accessors_add and k.accessors_delete
    if args.action != "list" and args.team is None and args.user is None and args.org is None:
        return fail(f"access {args.action} needs --team, --user or --org")
    client = client_from_env()
    try:
        if args.action == "grant":
            entries = k.accessors_add(
                args.resource_id, client=client, body=AccessorsRequest(accessors=[_accessor(args)])
            )
        elif args.action == "revoke":
            entries = k.accessors_delete(
                args.resource_id, client=client, body=AccessorsRequest(accessors=[_accessor(args)])
            )
        else:
            entries = k.accessors_get(args.resource_id, client=client)
    except NexlaError as exc:
        return api_failure(exc)
    rows = [_row(e) for e in entries or []]
    if args.json:
        print_json(rows)
        return 0
    verb = {"grant": "granted", "revoke": "revoked", "list": "accessors of"}[args.action]
    target = f"{k.singular} {args.resource_id}"
    if args.action != "list":
        print(f"{verb} {args.role} on {target}; accessors now:")
    else:
        print(f"{verb} {target}:")
    for row in rows:
        print(
            f"  {row['type']:<5} {str(row['id']):>4}  {row['who']:<24} {', '.join(map(str, row['roles']))}"
        )
    if not rows:
        print("  (none)")
    return 0
