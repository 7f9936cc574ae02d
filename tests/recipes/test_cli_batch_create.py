"""Golden output of `batch-create`."""

from __future__ import annotations

from pathlib import Path

import pytest

from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli

FILE = """\
sources:
  - {name: orders-prod, source_type: s3, source_config: {path: orders/, start.cron: "0 * * * *"}}
  - {name: customers-prod, source_type: s3, source_config: {path: customers/, start.cron: "0 * * * *"}}
"""


def test_batch_create_human_then_rerun_json(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(FILE, encoding="utf-8")
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path)
    )
    assert code == 0
    assert out == (
        "batch create of 2 sources (0 existed before)\n"
        "  created      orders-prod id=<ID>\n"
        "  created      customers-prod id=<ID>\n"
        "totals: created=2\n"
    )
    assert "[create] 2/2" in err and "created orders-prod" not in err  # per item: --verbose
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path), "--dry-run"
    )
    assert code == 0
    assert out == (
        "plan for 2 sources (2 existed before)\n"
        "  would_skip   orders-prod id=<ID>: already exists\n"
        "  would_skip   customers-prod id=<ID>: already exists\n"
        "totals: would_skip=2\n"
    )


def test_batch_create_bad_file_is_one_clear_line(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "dest.yaml"
    path.write_text(FILE, encoding="utf-8")
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "destinations", str(path)
    )
    assert code == 1 and out == ""
    assert err == (
        f"error: {path}: destinations: no `destinations` list (top-level keys: sources) "
        "(fix: put the definitions under `destinations:` or pass the matching --type)\n"
    )
