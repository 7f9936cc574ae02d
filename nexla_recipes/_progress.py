"""Progress events the workflows report instead of printing.

A workflow calls the optional callback with one `Progress` per notable moment; the CLI writes
them to stderr, tests record them (or raise from them to simulate a crash at that point).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Progress:
    """One thing that happened: `stage` names the step, `done`/`total` count items if any."""

    stage: str
    message: str
    done: int = 0
    total: int = 0


ProgressFn = Callable[[Progress], None]


def emit(
    progress: ProgressFn | None, stage: str, message: str, done: int = 0, total: int = 0
) -> None:
    if progress is not None:
        progress(Progress(stage, message, done, total))


class StopFlag(Protocol):
    """Asked before starting each unit of work; `threading.Event` is one (the CLI sets it on Ctrl-C)."""

    def is_set(self) -> bool: ...


def stopped(stop: StopFlag | None) -> bool:
    return stop is not None and stop.is_set()
