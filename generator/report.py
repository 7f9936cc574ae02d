"""The change record and the report outputs shared by `compare-official` and `api-diff`.

Both tools find changes between two descriptions of the API (ours vs the official reference;
the binding at a revision vs the working tree), list them as `Change`s and write the same two
outputs: a Markdown page for people and a JSON document for scripts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Change:
    """One difference: its kind, where it is, the value on each side and a note.

    `before` is the side compared from (our spec; the old revision), `after` the side compared
    with (the official reference; the working tree). `accepted` marks a change a user has
    acknowledged.
    """

    kind: str
    subject: str
    before: str | None = None
    after: str | None = None
    detail: str = ""
    accepted: bool = False

    @property
    def key(self) -> str:
        """`<kind> <subject>`: what an acknowledgement file lists."""
        return f"{self.kind} {self.subject}"


def md_cell(value: str | None) -> str:
    """A value as a Markdown table cell: code-quoted, pipes escaped, `–` for nothing."""
    if not value:
        return "–"
    return "`" + value.replace("|", "\\|").replace("`", "'") + "`"


def write_outputs(
    data: dict[str, Any], text: str, json_out: Path | None, md_out: Path | None
) -> None:
    """Write the JSON document and the Markdown page where asked (parents created)."""
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if md_out is not None:
        md_out.parent.mkdir(parents=True, exist_ok=True)
        md_out.write_text(text, encoding="utf-8")
