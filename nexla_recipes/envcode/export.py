"""Export: write a live environment as a desired-state directory.

Every resource of the environment becomes one file, normalised as drift normalises; secret
values are replaced by `${env:NAME}` references and listed (without values) in a generated
`.env.example`. Exporting and then planning against the same environment gives an empty plan.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from nexla_api import NexlaClient

from .._progress import ProgressFn, emit
from .files import EnvRef, dump, env_name, file_name, map_secrets, resource_files
from .kinds import KINDS, ORDER
from .live import LiveState, read_live

ENV_EXAMPLE = ".env.example"


@dataclass
class ExportReport:
    directory: str
    tag: str | None
    files: dict[str, int] = field(default_factory=dict)  # kind -> files written
    secrets: list[str] = field(default_factory=list)  # env variable names (never values)
    skipped: dict[str, list[str]] = field(default_factory=dict)  # ambiguous names

    @property
    def total(self) -> int:
        return sum(self.files.values())

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


def documents(live: LiveState) -> tuple[dict[tuple[str, str], dict[str, Any]], dict[str, str]]:
    """The live resources as file documents, secrets as env references; and what each reference holds."""
    docs: dict[tuple[str, str], dict[str, Any]] = {}
    refs: dict[str, str] = {}
    for (kind, name), resource in live.resources.items():
        if not resource.in_scope:
            continue

        def to_ref(
            path: tuple[str | int, ...], _: Any, kind: str = kind, name: str = name
        ) -> EnvRef:
            variable = env_name(kind, name, path)
            refs[variable] = f"{kind} {name}: /" + "/".join(map(str, path))
            return EnvRef(variable)

        docs[(kind, name)] = map_secrets(resource.doc, to_ref)
    for name, flow in live.flows.items():
        if ("source", name) in live.resources:
            docs[("flow", name)] = {"active": flow.active}
    return docs, refs


def export(
    client: NexlaClient,
    out: Path,
    *,
    tag: str | None = None,
    concurrency: int = 8,
    progress: ProgressFn | None = None,
) -> ExportReport:
    """Write `tag`'s resources (everything visible if None) under `out`, one file each."""
    live = read_live(client, tag, concurrency=concurrency, progress=progress)
    return write(live, out, progress=progress)


def write(live: LiveState, out: Path, *, progress: ProgressFn | None = None) -> ExportReport:
    docs, refs = documents(live)
    report = ExportReport(str(out), live.tag, skipped=dict(live.duplicates))
    out.mkdir(parents=True, exist_ok=True)
    for stale in list(resource_files(out)):  # a re-export mirrors the environment
        stale.unlink()
    for kind in ORDER:
        folder = out / KINDS[kind].plural
        names = sorted(n for k, n in docs if k == kind)
        if not names:
            continue
        folder.mkdir(exist_ok=True)
        used: set[str] = set()
        for name in names:
            stem = file_name(name)
            candidate, n = stem, 1
            while candidate.lower() in used:
                n += 1
                candidate = f"{stem}-{n}"
            used.add(candidate.lower())
            (folder / f"{candidate}.yaml").write_text(dump(kind, name, docs[(kind, name)]), "utf-8")
        report.files[kind] = len(names)
        emit(progress, "export", f"wrote {len(names)} {KINDS[kind].plural}")
    lines = [
        "# Secrets the files refer to as ${env:NAME}. Set them (never commit the values)",
        "# before `apply` creates or updates what needs them.",
    ]
    for variable in sorted(refs):
        lines += [f"# {refs[variable]}", f"{variable}="]
    (out / ENV_EXAMPLE).write_text("\n".join(lines) + "\n", "utf-8")
    report.secrets = sorted(refs)
    return report
