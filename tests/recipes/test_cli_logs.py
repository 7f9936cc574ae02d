"""Golden output of `logs`."""

from __future__ import annotations

import pytest

from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli


def test_logs_latest_run_then_lines(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.admin.reset(seed_data=True)
    sinks = {d["name"]: d["id"] for d in sandbox.admin.dump("data_sinks")}
    sink = str(sinks["orders-to-warehouse"])
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "logs", "--resource-type", "data_sinks", "--resource-id", sink
    )
    assert code == 0
    assert out == (
        "destinations <ID> run 2: 120 records, <ID> bytes, 0 errors\n"
        "  <TIME>  INFO   EVENT  Run 2 started\n"
        "  <TIME>  INFO   LOG    Processed 120 records (<ID> bytes)\n"
        "  <TIME>  INFO   EVENT  Run 2 finished\n"
    )
    code, out, _ = run_cli(
        sandbox,
        monkeypatch,
        capsys,
        "logs",
        "--resource-type",
        "data_sinks",
        "--resource-id",
        sink,
        "--run-id",
        "1",
    )
    assert code == 0 and out.startswith("destinations <ID> run 1: ")
    other = str(sinks["customers-export"])
    code, out, err = run_cli(
        sandbox,
        monkeypatch,
        capsys,
        "logs",
        "--resource-type",
        "data_sinks",
        "--resource-id",
        other,
    )
    assert (code, out, err) == (1, "", "error: destinations <ID> has no metrics for any run yet\n")
