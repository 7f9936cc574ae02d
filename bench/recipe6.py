"""Recipe 6 of the recipes document ("Batch create sources from configuration"), verbatim in
behaviour, over the official `nexla-sdk`: for every config entry one unpaged
`client.sources.list()` to check the name, then `client.sources.create(SourceCreate(**cfg))`.
Only the `print` calls are dropped (they would time the terminal).
"""

from __future__ import annotations

from typing import Any


def batch_create_sources(client: Any, configs: dict[str, Any]) -> dict[str, list[Any]]:
    from nexla_sdk.models.sources.requests import SourceCreate

    results: dict[str, list[Any]] = {"created": [], "skipped": [], "failed": []}
    for cfg in configs["sources"]:
        try:
            existing = [s for s in client.sources.list() if s.name == cfg["name"]]
            if existing:
                results["skipped"].append(existing[0].id)
                continue
            source = client.sources.create(SourceCreate(**cfg))
            results["created"].append(source.id)
        except Exception as e:  # noqa: BLE001 - the document's recipe catches everything
            results["failed"].append({"name": cfg["name"], "error": str(e)})
    return results
