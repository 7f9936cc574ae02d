"""`rotate`: move an environment's sources and destinations to a new credential."""

from __future__ import annotations

import argparse
import re
import shlex
import threading
from pathlib import Path
from typing import Any

from ..rotate import (
    RotationInterrupted,
    RotationResult,
    load_rotation_plan,
    rotate_credentials,
)
from .common import INTERRUPTED, Outcome, add_command, client_from_env, env_file_args
from .progress import Display, stop_on_interrupt


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "rotate",
        run,
        help="rotate the credential of every source/destination tagged TAG",
        description=(
            "Plan, create and probe the new credential, then per flow: pause, repoint, "
            "re-activate, verify. Progress is checkpointed after every step; rerun with "
            "--resume after a failure."
        ),
    )
    p.add_argument("--tag", required=True, help="environment tag, e.g. env:prod")
    p.add_argument(
        "--new-credential",
        required=True,
        metavar="FILE",
        help="YAML/JSON file (schema: nexla_recipes/schemas/rotation_plan.schema.json)",
    )
    p.add_argument("--checkpoint", metavar="PATH", help="default: rotation-<tag>.checkpoint.json")
    p.add_argument("--resume", action="store_true", help="continue the rotation in --checkpoint")
    p.add_argument(
        "--delete-old", action="store_true", help="delete old credentials nobody uses at the end"
    )
    p.add_argument("--dry-run", action="store_true", help="only show the plan")


def default_checkpoint(tag: str) -> str:
    return f"rotation-{re.sub(r'[^A-Za-z0-9_.-]+', '_', tag)}.checkpoint.json"


def human(result: RotationResult) -> str:
    plan = result.plan
    lines = [
        f"plan: {len(plan.dependents)} dependent(s) tagged {plan.tag} in {len(plan.groups)} "
        f"flow(s) move to {plan.credentials_type} credential {plan.new_credential_name!r}"
    ]
    for group in plan.groups:
        flow = f"flow {group.flow_id}" if group.flow_id is not None else "no flow"
        for d in group.dependents:
            lines.append(f"  {flow}: {d.kind} {d.id} {d.name!r} (credential {d.old_credential_id})")
    lines += [f"  skipped: {s.kind} {s.id} {s.name!r}: {s.reason}" for s in plan.skipped]
    if result.dry_run:
        lines.append("dry run: nothing changed")
        return "\n".join(lines)
    state = "finished" if result.finished else "not finished"
    lines.append(f"rotation {state}; new credential {result.new_credential_id}")
    lines.append(
        f"  repointed {len(result.repointed)}, found already repointed "
        f"{len(result.already_repointed)}"
    )
    if result.flows_paused:
        lines.append(f"  paused and re-activated flows: {', '.join(map(str, result.flows_paused))}")
    for cred_id, outcome in sorted(result.old_credentials.items()):
        lines.append(f"  old credential {cred_id}: {outcome}")
    lines.append(f"checkpoint: {result.checkpoint}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> Outcome:
    new, old_id = load_rotation_plan(Path(args.new_credential))
    checkpoint = args.checkpoint or default_checkpoint(args.tag)
    client = client_from_env()
    stop = threading.Event()
    with (
        Display(json_output=args.json, verbose=args.verbose) as display,
        stop_on_interrupt(stop, display.line),
    ):
        try:
            result = rotate_credentials(
                client,
                args.tag,
                new,
                checkpoint=checkpoint,
                resume=args.resume,
                delete_old=args.delete_old,
                dry_run=args.dry_run,
                old_credential_id=old_id,
                progress=display,
                stop=stop,
            )
        except RotationInterrupted as exc:
            outcome = Outcome(human(exc.result), exc.result.to_dict(), INTERRUPTED)
            resume = ["nexla-recipes", "rotate", "--tag", args.tag, "--new-credential"]
            resume += [args.new_credential, "--checkpoint", checkpoint, "--resume"]
            resume += env_file_args(args)
            outcome.notes += [
                f"interrupted: {exc}",
                f"resume: {' '.join(shlex.quote(part) for part in resume)}",
            ]
            return outcome
    return Outcome(human(result), result.to_dict())
