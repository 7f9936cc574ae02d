"""`access`: grant, revoke or list who may use a source, nexset, destination or credential."""

from __future__ import annotations

import argparse
from typing import Any

from nexla_api.models import Accessor as AccessorModel
from nexla_api.models import AccessorsRequest, AccessorType, AccessRole

from ..kinds import LISTABLE, kind
from .common import CliError, Outcome, add_command, add_type_option, client_from_env


def register(subparsers: Any) -> None:
    p = add_command(subparsers, "access", handle, help="grant, revoke or list access to a resource")
    p.add_argument("action", choices=["grant", "revoke", "list"])
    add_type_option(p, LISTABLE)
    p.add_argument("--id", dest="resource_id", type=int, required=True)
    who = p.add_mutually_exclusive_group()
    who.add_argument("--team", help="team id or name")
    who.add_argument("--user", help="user id or email")
    who.add_argument("--org", help="org id, client identifier or email domain")
    p.add_argument("--role", choices=[r.value for r in AccessRole], default="collaborator")


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


def handle(args: argparse.Namespace) -> Outcome:
    k = kind(args.kind)
    assert k.accessors_get and k.accessors_add and k.accessors_delete
    if args.action != "list" and args.team is None and args.user is None and args.org is None:
        raise CliError(f"access {args.action} needs --team, --user or --org")
    client = client_from_env()
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
    rows = [_row(e) for e in entries or []]
    verb = {"grant": "granted", "revoke": "revoked", "list": "accessors of"}[args.action]
    target = f"{k.singular} {args.resource_id}"
    if args.action != "list":
        lines = [f"{verb} {args.role} on {target}; accessors now:"]
    else:
        lines = [f"{verb} {target}:"]
    for row in rows:
        lines.append(
            f"  {row['type']:<5} {str(row['id']):>4}  {row['who']:<24} "
            f"{', '.join(map(str, row['roles']))}"
        )
    if not rows:
        lines.append("  (none)")
    return Outcome("\n".join(lines), rows)
