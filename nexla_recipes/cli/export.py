"""`export`: write a live environment as a desired-state directory (one YAML file per resource)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..envcode.export import ExportReport, export
from .common import CliError, Outcome, add_command, client_from_env
from .progress import Display


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "export",
        run,
        help="write the live environment as files for plan/apply",
        description=(
            "Write every credential, transform, source, nexset, destination and flow state (of "
            "one tag, or everything visible) as one YAML file each, normalised as drift "
            "normalises; secrets become ${env:NAME} references listed in DIR/.env.example."
        ),
    )
    p.add_argument("--out", required=True, metavar="DIR", help="directory to write (created)")
    p.add_argument("--tag", help="only the environment with this tag, e.g. env:staging")


def _text(report: ExportReport) -> str:
    counts = ", ".join(f"{n} {k}(s)" for k, n in report.files.items()) or "nothing"
    lines = [f"exported {report.total} resource(s) to {report.directory}: {counts}"]
    if report.secrets:
        lines.append(
            f"{len(report.secrets)} secret(s) as ${{env:...}} references; "
            f"see {report.directory}/.env.example"
        )
    for kind, names in report.skipped.items():
        lines.append(f"skipped {kind}(s) whose name is used more than once: {', '.join(names)}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> Outcome:
    with Display(json_output=args.json, verbose=args.verbose) as display:
        try:
            report = export(client_from_env(), Path(args.out), tag=args.tag, progress=display)
        except OSError as exc:
            raise CliError(f"{args.out}: {exc.strerror or exc}") from None
    return Outcome(_text(report), report.to_dict())
