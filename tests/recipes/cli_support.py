"""Running the recipes CLI in-process against the sandbox, with normalised output."""

from __future__ import annotations

import os

import pytest

from nexla_recipes.cli import main
from nexla_sandbox.testing import SandboxServer

from .recipes_support import normalise


def run_cli(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    normalised: bool = True,
) -> tuple[int, str, str]:
    monkeypatch.setenv("NEXLA_SERVICE_KEY", sandbox.service_key)
    monkeypatch.setenv("NEXLA_API_URL", sandbox.url)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    code = main(["--env-file", os.devnull, *argv])
    out, err = capsys.readouterr()
    if not normalised:
        return code, out, err
    return code, normalise(out), normalise(err)
