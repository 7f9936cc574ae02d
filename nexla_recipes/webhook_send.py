"""Recipe 16: push records into a webhook source, one or many, and count what Nexla took.

Built on `nexla_api.WebhookClient`, which keeps the webhook API key out of URLs in logs and
errors. Many records go as JSON arrays in batches; the report compares records sent with
the `processed` counts Nexla returned, so a short count is visible instead of assumed away.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nexla_api import WebhookClient

from ._config import problem, read_text
from ._progress import ProgressFn, emit


@dataclass
class SendReport:
    sent: int = 0
    processed: int = 0
    requests: int = 0
    dataset_ids: list[int] = field(default_factory=list)

    @property
    def all_processed(self) -> bool:
        return self.processed == self.sent

    def to_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "processed": self.processed,
            "requests": self.requests,
            "dataset_ids": self.dataset_ids,
            "all_processed": self.all_processed,
        }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """JSON objects, one per non-blank line; `ConfigError` names the file and the bad line.

    Read through the CLI's input loader: bounded in size, UTF-8 only.
    """
    text = read_text(path, what="JSON Lines file")
    records: list[dict[str, Any]] = []
    fix = "write one JSON object per line"
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise problem(path, where, f"invalid JSON: {exc.msg}", fix) from None
        except RecursionError:
            raise problem(path, where, "nested too deeply", "flatten the record") from None
        if not isinstance(record, dict):
            raise problem(path, where, "expected a JSON object per line", fix)
        records.append(record)
    return records


def _note(report: SendReport, dataset_id: int | None) -> None:
    if dataset_id is not None and dataset_id not in report.dataset_ids:
        report.dataset_ids.append(dataset_id)


def send_one(hook: WebhookClient, record: Mapping[str, Any]) -> SendReport:
    """One record as a JSON object."""
    result = hook.send_one(record)
    report = SendReport(sent=1, processed=result.processed, requests=1)
    _note(report, result.dataset_id)
    return report


def send_many(
    hook: WebhookClient,
    records: Iterable[Mapping[str, Any]],
    *,
    batch_size: int = 500,
    progress: ProgressFn | None = None,
) -> SendReport:
    """Records as JSON arrays of at most `batch_size`; totals across batches."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    report = SendReport()
    batch: list[Mapping[str, Any]] = []

    def flush(chunk: Sequence[Mapping[str, Any]]) -> None:
        result = hook.send_many(chunk)
        report.sent += len(chunk)
        report.processed += result.processed
        report.requests += 1
        _note(report, result.dataset_id)
        emit(
            progress, "send", f"batch {report.requests}: {result.processed}/{len(chunk)} processed"
        )

    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return report
