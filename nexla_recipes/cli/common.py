"""What every command shares: .env loading, the client, output and error reporting."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from nexla_api import NexlaClient, NexlaError


def load_env_file(path: str) -> None:
    """Set NEXLA_* variables from a dotenv file; the real environment wins."""
    file = Path(path)
    if not file.is_file():
        return
    for line in file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.removeprefix("export ").strip()
        os.environ.setdefault(key, value.strip().strip("'\""))


def client_from_env() -> NexlaClient:
    return NexlaClient.from_env()


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, default=str))


def fail(message: str) -> int:
    """One clear line on stderr, exit code 1 — never a traceback."""
    print(f"error: {message}", file=sys.stderr)
    return 1


def api_failure(error: NexlaError) -> int:
    return fail(error.summary())
