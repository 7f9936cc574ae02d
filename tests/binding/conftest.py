"""Shared fixtures for tests of the generated binding."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec import bundle


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The bundled spec (what the binding was generated from)."""
    return bundle()
