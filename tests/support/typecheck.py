"""Run `mypy --strict` over a snippet that uses the package, for tests of what its types allow."""

from __future__ import annotations

from pathlib import Path

import mypy.api

import nexla_api

ROOT = Path(nexla_api.__file__).resolve().parent.parent


def mypy_errors(tmp_path: Path, source: str) -> list[str]:
    """The `error:` lines `mypy --strict` reports for `source` (written to `tmp_path`)."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source, encoding="utf-8")
    stdout, stderr, _ = mypy.api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    assert not stderr
    return [line for line in stdout.splitlines() if ": error:" in line]
