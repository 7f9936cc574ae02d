"""Golden output of `list`."""

from __future__ import annotations

import pytest

from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli


def test_list_all_pages_filter_and_limit(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.admin.reset(seed_data=True)
    code, out, _ = run_cli(sandbox, monkeypatch, capsys, "list", "--type", "sources")
    assert code == 0
    assert out == (
        "      ID  STATUS    TYPE          NAME\n"
        "    <ID>  ACTIVE    s3            orders\n"
        "    <ID>  INIT      s3            customers\n"
        "2 sources\n"
    )
    code, out, _ = run_cli(
        sandbox,
        monkeypatch,
        capsys,
        "list",
        "--type",
        "destinations",
        "--name",
        "ORDERS",
        "--limit",
        "1",
    )
    assert out == (
        "      ID  STATUS    TYPE          NAME\n"
        "    <ID>  ACTIVE    snowflake     orders-to-warehouse\n"
        "1 destinations\n"
    )
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "list", "--type", "sources", "--name", "zzz"
    )
    assert (code, out) == (0, "no sources matching 'zzz'\n")
    code, out, _ = run_cli(sandbox, monkeypatch, capsys, "list", "--type", "credentials", "--json")
    assert code == 0 and '"name": "orders-bucket"' in out
