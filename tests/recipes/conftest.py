"""Fixtures of the recipes tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes.envcode.export import export
from nexla_sandbox.testing import SandboxServer

from .flows_as_code_support import PROD, STAGING, seed_tagged
from .recipes_support import client_for, fast_sandbox


@pytest.fixture
def fast(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    """Response validation off: the bulk tests make thousands of requests."""
    with fast_sandbox(sandbox) as box:
        yield box


@pytest.fixture
def exported_staging(sandbox: SandboxServer, tmp_path: Path) -> tuple[Any, Path]:
    """Two seeded tags (staging and prod), and staging exported to `tmp_path/staging`."""
    client = client_for(sandbox)
    seed_tagged(client, STAGING, prod=False)
    seed_tagged(client, PROD, prod=True)
    out = tmp_path / "staging"
    export(client, out, tag=STAGING)
    return client, out
