"""A bundle that passed OpenAPI validation is not validated again; a failing one always is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import generator.__main__ as cli

VALID: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
}


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    import openapi_spec_validator

    seen: list[dict[str, Any]] = []
    real = openapi_spec_validator.validate

    def counting(doc: dict[str, Any]) -> None:
        seen.append(doc)
        real(doc)

    monkeypatch.setattr(cli, "VALIDATED_CACHE", tmp_path / "validated.txt")
    monkeypatch.setattr(openapi_spec_validator, "validate", counting)
    return seen


def test_a_valid_bundle_is_validated_once(calls: list[dict[str, Any]]) -> None:
    assert cli.valid_openapi(VALID) and cli.valid_openapi(dict(VALID))
    assert len(calls) == 1
    changed = {**VALID, "info": {"title": "other", "version": "1"}}
    assert cli.valid_openapi(changed)
    assert len(calls) == 2


def test_an_invalid_bundle_is_never_remembered(
    calls: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = {**VALID, "info": {"title": "t"}}  # `version` is required
    assert not cli.valid_openapi(broken)
    assert not cli.valid_openapi(broken)
    assert len(calls) == 2
    assert "not valid OpenAPI 3.1" in capsys.readouterr().err
