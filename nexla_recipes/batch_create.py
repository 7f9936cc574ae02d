"""Batch create sources, destinations or credentials from a list of definitions.

Better than the recipes document's loop (one unpaged listing per item, duplicates on any
ambiguous failure): existing names are read once with a paginated listing, creates run
concurrently under a semaphore, and a POST that failed in a way the server may still have
applied (500/502/504, timeout, dropped connection — the runtime never re-sends those) is
reconciled by re-listing before it is retried or reported failed. One listing reconciles a
whole round of such failures, so faults cost a few extra pages, not one listing per item.
A re-run creates nothing: every name already present is skipped.

Progress is reported per item as each create finishes (not per round), and a `stop` flag
(set by the CLI on Ctrl-C) stops starting new creates: requests in flight finish, the rest
are reported `not_started`, and re-running the same command completes the batch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx

from nexla_api import (
    NexlaClient,
    NexlaError,
    RateLimitError,
    ServerError,
    TransportError,
    apaginate,
)
from nexla_api.runtime.connectors import FAMILIES

from ._config import ConfigError, ConfigProblem, load_document
from ._connectors import check_block, raise_for
from ._progress import ProgressFn, StopFlag, emit, stopped
from .kinds import CREATABLE, Kind, kind

Outcome = Literal["created", "skipped", "failed", "not_started", "would_create", "would_skip"]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class ItemResult:
    """What happened to one input item; `reconciled` means found by re-listing after a fault."""

    index: int
    name: str
    outcome: Outcome
    id: int | None = None
    reason: str | None = None
    attempts: int = 0
    reconciled: bool = False


@dataclass(frozen=True)
class BatchReport:
    kind: str
    dry_run: bool
    items: list[ItemResult]
    existing: int
    listings: int = 1
    counts: dict[str, int] = field(default_factory=dict)
    #: True when a stop was requested: some items may be `not_started`.
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not any(i.outcome == "failed" for i in self.items)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_items(path: Path, kind_name: str) -> list[dict[str, Any]]:
    """The item list of a YAML/JSON file: a bare list, or a mapping with a `<kind>:` list."""
    doc = load_document(path)
    items = doc.get(kind_name) if isinstance(doc, dict) else doc
    if isinstance(doc, dict) and items is None:
        keys = ", ".join(sorted(map(str, doc))) or "none"
        raise ConfigError(
            [
                ConfigProblem(
                    str(path),
                    kind_name,
                    f"no `{kind_name}` list (top-level keys: {keys})",
                    f"put the definitions under `{kind_name}:` or pass the matching --type",
                )
            ]
        )
    if not isinstance(items, list):
        raise ConfigError(
            [ConfigProblem(str(path), kind_name, "must be a list of definitions", "write a list")]
        )
    problems = [
        ConfigProblem(str(path), f"{kind_name}[{i}]", "must be a mapping", "write `name: ...` etc.")
        for i, item in enumerate(items)
        if not isinstance(item, dict)
    ]
    if problems:
        raise ConfigError(problems)
    k = kind(kind_name)
    for i, item in enumerate(items):
        unknown = unknown_fields(k, item)
        if unknown:
            problems.append(
                ConfigProblem(
                    str(path),
                    f"{kind_name}[{i}]"
                    + (f" ({item['name']})" if isinstance(item.get("name"), str) else ""),
                    f"unknown field(s) {', '.join(f'`{u}`' for u in unknown[:5])}",
                    f"remove or rename them; a {k.singular} has {', '.join(known_fields(k))}",
                )
            )
    if problems:
        raise ConfigError(problems)
    if k.cli_word in FAMILIES:
        raise_for(
            problem
            for i, item in enumerate(items)
            for problem in check_block(str(path), [kind_name, i], k.cli_word, item)
        )
    return [dict(item) for item in items]


def known_fields(k: Kind) -> list[str]:
    """The fields the spec gives a create request of this kind."""
    assert k.create_body is not None
    model = getattr(k.create_body, "__self__", None)
    if model is None or not attrs.has(model):
        return []
    return sorted(
        f.alias if f.alias and not f.alias.startswith("_") else f.name.rstrip("_")
        for f in attrs.fields(model)
        if f.name != "additional_properties"
    )


def unknown_fields(k: Kind, item: Mapping[str, Any]) -> list[str]:
    """Keys of `item` the spec does not know for this kind (a typo the server would drop)."""
    known = set(known_fields(k))
    if not known:
        return []
    return sorted(str(key)[:40] for key in item if key not in known)


async def _names(client: NexlaClient, k: Kind, per_page: int) -> dict[str, int]:
    """Every existing name -> id (lowest id if a name repeats), from one paginated listing."""
    names: dict[str, int] = {}
    assert k.list_async is not None
    async for resource in apaginate(k.list_async, client=client, per_page=per_page):
        name = getattr(resource, "name", None)
        if isinstance(name, str):
            rid = int(resource.id)
            names[name] = min(rid, names.get(name, rid))
    return names


_Attempt = tuple[Literal["created", "failed", "retry", "unknown", "not_started"], int | None, str]


def _classify(exc: Exception) -> _Attempt:
    """Whether a failed POST is final, surely unapplied (retry) or possibly applied (unknown)."""
    if isinstance(exc, RateLimitError):
        return ("retry", None, exc.summary())
    if isinstance(exc, ServerError):
        return ("retry" if exc.status == 503 else "unknown", None, exc.summary())
    if isinstance(exc, TransportError):
        return ("unknown", None, exc.summary())
    if isinstance(exc, NexlaError):
        return ("failed", None, exc.summary())
    if isinstance(exc, httpx.HTTPError):
        return ("unknown", None, f"{type(exc).__name__}: {exc}")
    raise exc


async def abatch_create(
    client: NexlaClient,
    kind_name: str,
    items: Sequence[Mapping[str, Any]],
    *,
    dry_run: bool = False,
    concurrency: int = 8,
    max_rounds: int = 4,
    per_page: int = 100,
    progress: ProgressFn | None = None,
    sleep: Sleep = asyncio.sleep,
    stop: StopFlag | None = None,
) -> BatchReport:
    """Create every item whose name does not exist yet; see the module docstring."""
    if kind_name not in CREATABLE:
        raise ValueError(f"batch create supports {', '.join(CREATABLE)}, not {kind_name!r}")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    k = kind(kind_name)
    assert k.create_async is not None and k.create_body is not None
    results: dict[int, ItemResult] = {}
    todo: list[tuple[int, str, Any]] = []
    first_index: dict[str, int] = {}
    for index, raw in enumerate(items):
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            results[index] = ItemResult(
                index, str(name or ""), "failed", reason="invalid item: `name` is missing or empty"
            )
            continue
        if name in first_index:
            reason = f"duplicate name in the input (same as item {first_index[name]})"
            results[index] = ItemResult(index, name, "failed", reason=reason)
            continue
        first_index[name] = index
        extra = unknown_fields(k, raw)
        if extra:
            reason = f"invalid item: unknown field(s) {', '.join(extra[:5])}"
            results[index] = ItemResult(index, name, "failed", reason=reason)
            continue
        try:
            body = k.create_body(dict(raw))
        except KeyError as exc:
            results[index] = ItemResult(
                index, name, "failed", reason=f"invalid item: required field {exc} is missing"
            )
            continue
        except (TypeError, ValueError) as exc:
            results[index] = ItemResult(index, name, "failed", reason=f"invalid item: {exc}")
            continue
        todo.append((index, name, body))

    emit(progress, "list", f"listing existing {k.cli_word}")
    existing = await _names(client, k, per_page)
    listings = 1
    emit(progress, "list", f"{len(existing)} existing {k.cli_word} names")
    remaining: list[tuple[int, str, Any]] = []
    for index, name, body in todo:
        if name in existing:
            outcome: Outcome = "would_skip" if dry_run else "skipped"
            results[index] = ItemResult(index, name, outcome, existing[name], "already exists")
        elif dry_run:
            results[index] = ItemResult(index, name, "would_create")
        else:
            remaining.append((index, name, body))

    attempts: dict[int, int] = {}
    last_reason: dict[int, str] = {}
    total = len(remaining)
    done = 0
    semaphore = asyncio.Semaphore(concurrency)
    create = k.create_async

    async def attempt(index: int, body: Any) -> _Attempt:
        async with semaphore:
            if stopped(stop):
                return ("not_started", None, "")
            attempts[index] = attempts.get(index, 0) + 1
            try:
                created = await create(client=client, body=body)
            except Exception as exc:  # noqa: BLE001 - classified; unknown kinds re-raised
                return _classify(exc)
            return ("created", int(created.id), "")

    def settle(index: int, name: str, result: ItemResult) -> None:
        nonlocal done
        results[index] = result
        done += 1
        emit(
            progress,
            "create",
            f"{result.outcome} {name}" + (f" ({result.reason})" if result.reason else ""),
            done,
            total,
        )

    def give_up(index: int, name: str, reason: str) -> None:
        settle(
            index, name, ItemResult(index, name, "failed", reason=reason, attempts=attempts[index])
        )

    for round_number in range(max_rounds):
        if not remaining or stopped(stop):
            break
        if round_number:
            await sleep(min(30.0, 2.0**round_number))
        retry: list[tuple[int, str, Any]] = []
        unknown: list[tuple[int, str, Any]] = []
        not_started: list[tuple[int, str, Any]] = []

        async def attempt_item(item: tuple[int, str, Any]) -> tuple[tuple[int, str, Any], _Attempt]:
            return item, await attempt(item[0], item[2])

        # tasks are created in input order, so creates start in input order
        pending = [asyncio.ensure_future(attempt_item(item)) for item in remaining]
        for finished in asyncio.as_completed(pending):  # settle each item as it finishes
            (index, name, body), (status, rid, reason) = await finished
            if status == "created":
                settle(
                    index, name, ItemResult(index, name, "created", rid, attempts=attempts[index])
                )
            elif status == "failed":
                give_up(index, name, reason)
            elif status == "not_started":
                not_started.append((index, name, body))
            else:
                last_reason[index] = reason
                (unknown if status == "unknown" else retry).append((index, name, body))
        if unknown:
            emit(
                progress,
                "reconcile",
                f"re-listing to check {len(unknown)} create(s) that may have been applied",
            )
            now = await _names(client, k, per_page)
            listings += 1
            for index, name, body in unknown:
                if name in now:
                    result = ItemResult(
                        index,
                        name,
                        "created",
                        now[name],
                        "applied despite: " + last_reason[index],
                        attempts[index],
                        True,
                    )
                    settle(index, name, result)
                else:
                    retry.append((index, name, body))
        remaining = sorted(retry + not_started, key=lambda t: t[0])
    never = [(index, name) for index, name, _ in remaining if index not in attempts]
    for index, name in never:  # not counted as progress: the bar shows the work really done
        results[index] = ItemResult(index, name, "not_started", reason="stopped before it started")
    if never:
        emit(progress, "stop", f"{len(never)} item(s) not started")
    for index, name, _ in remaining:
        if index not in attempts:
            continue
        if stopped(stop):
            give_up(index, name, f"stopped before retrying (verified absent): {last_reason[index]}")
        else:
            give_up(
                index,
                name,
                f"gave up after {attempts[index]} attempts (verified absent): {last_reason[index]}",
            )

    ordered = [results[i] for i in sorted(results)]
    counts: dict[str, int] = {}
    for item in ordered:
        counts[item.outcome] = counts.get(item.outcome, 0) + 1
    return BatchReport(
        k.cli_word, dry_run, ordered, len(existing), listings, counts, interrupted=stopped(stop)
    )


def batch_create(
    client: NexlaClient,
    kind_name: str,
    items: Sequence[Mapping[str, Any]],
    *,
    dry_run: bool = False,
    concurrency: int = 8,
    max_rounds: int = 4,
    per_page: int = 100,
    progress: ProgressFn | None = None,
    sleep: Sleep = asyncio.sleep,
    stop: StopFlag | None = None,
) -> BatchReport:
    """Synchronous entry point: runs `abatch_create` in a fresh event loop."""

    async def run() -> BatchReport:
        try:
            return await abatch_create(
                client,
                kind_name,
                items,
                dry_run=dry_run,
                concurrency=concurrency,
                max_rounds=max_rounds,
                per_page=per_page,
                progress=progress,
                sleep=sleep,
                stop=stop,
            )
        finally:
            await client.aclose()

    return asyncio.run(run())
