"""Generated endpoints take one client type: anything that skips Nexla auth and retries is a
type error under `mypy --strict`, and every generated file says it is generated."""

from __future__ import annotations

import re
from pathlib import Path

from generator.codegen import HEADER
from tests.support.typecheck import ROOT, mypy_errors

SNIPPET = '''\
import httpx

from nexla_api import NexlaClient
from nexla_api.api.sources import get_data_sources


class BareClient:
    """Has what an endpoint calls, but no Nexla auth or retry policy behind it."""

    def get_httpx_client(self) -> httpx.Client:
        return httpx.Client(base_url="http://127.0.0.1")

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url="http://127.0.0.1")

    def raise_for_status(self, response: httpx.Response) -> None:
        response.raise_for_status()


def through_nexla(client: NexlaClient) -> None:
    get_data_sources.sync(client=client)


def through_httpx(client: httpx.Client) -> None:
    get_data_sources.sync(client=client)  # line 25


def through_bare() -> None:
    get_data_sources.sync(client=BareClient())  # line 29
'''

GONE = """\
from nexla_api.client import AuthenticatedClient, Client
"""


def test_a_client_other_than_nexla_client_fails_mypy_strict(tmp_path: Path) -> None:
    errors = mypy_errors(tmp_path, SNIPPET)
    lines = sorted({int(re.search(r"\.py:(\d+):", e).group(1)) for e in errors})  # type: ignore[union-attr]
    assert lines == [25, 29], errors
    assert all('"client"' in e and "ApiClient" in e for e in errors), errors


def test_the_generated_client_classes_are_gone(tmp_path: Path) -> None:
    errors = mypy_errors(tmp_path, GONE)
    assert any('"AuthenticatedClient"' in e for e in errors), errors
    assert any('"Client"' in e for e in errors), errors


def test_every_generated_python_file_starts_with_the_header() -> None:
    package = ROOT / "nexla_api"
    generated = [package / "client.py", package / "errors.py", package / "types.py"]
    for entry in ("api", "models", "connectors"):
        generated += sorted((package / entry).rglob("*.py"))
    assert len(generated) > 300
    unmarked = [
        str(path.relative_to(ROOT))
        for path in generated
        if not path.read_text(encoding="utf-8").startswith(HEADER)
    ]
    assert unmarked == []
    hand_written = package / "runtime" / "client.py"
    assert not hand_written.read_text(encoding="utf-8").startswith(HEADER)
