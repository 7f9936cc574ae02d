"""Golden output of `access`."""

from __future__ import annotations

import pytest

from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli


def test_access_grant_list_revoke(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.admin.reset(seed_data=True)
    sid = str(sandbox.admin.dump("data_sources")[0]["id"])
    base = ("access", "grant", "--type", "sources", "--id", sid)
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, *base, "--team", "data-engineering", "--role", "operator"
    )
    assert code == 0
    assert out == (
        "granted operator on source <ID>; accessors now:\n"
        "  USER     1  owner@example.com        owner\n"
        "  TEAM     1  data-engineering         operator\n"
    )
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "access", "list", "--type", "sources", "--id", sid
    )
    assert out == (
        "accessors of source <ID>:\n"
        "  USER     1  owner@example.com        owner\n"
        "  TEAM     1  data-engineering         operator\n"
    )
    code, out, _ = run_cli(
        sandbox,
        monkeypatch,
        capsys,
        "access",
        "revoke",
        "--type",
        "sources",
        "--id",
        sid,
        "--team",
        "1",
        "--role",
        "operator",
    )
    assert (
        out
        == "revoked operator on source <ID>; accessors now:\n  USER     1  owner@example.com        owner\n"
    )
    code, out, err = run_cli(sandbox, monkeypatch, capsys, *base, "--team", "nope")
    assert (code, out) == (1, "")
    assert (
        err
        == "error: NotFoundError: 404 PUT /data_sources/<ID>/accessors: TEAM accessor not found: name:nope\n"
    )
    code, _, err = run_cli(sandbox, monkeypatch, capsys, *base)
    assert (code, err) == (1, "error: access grant needs --team, --user or --org\n")
