"""Live progress on stderr, and Ctrl-C that stops starting new work instead of killing it.

`Display` is the `ProgressFn` the CLI hands to workflows. Counted events (`total > 0`, one
per finished item) drive a bar with count, rate and ETA when stderr is a terminal (rich), or
a plain line at every tenth of the work when it is not; `--verbose` adds one line per item;
`--json` keeps stderr quiet so stdout carries nothing but the JSON document. Stage messages
(no count) are printed as lines.

`stop_on_interrupt` turns the first Ctrl-C into a request to stop: the workflow starts no
new item, lets in-flight requests finish (or time out) and reports what it did; a second
Ctrl-C aborts at once.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import IO, Any

from .._progress import Progress


class Display:
    """Render workflow progress; use as a context manager around the work."""

    def __init__(
        self,
        *,
        json_output: bool = False,
        verbose: bool = False,
        stream: IO[str] | None = None,
        tty: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = json_output and not verbose
        self.verbose = verbose
        self.tty = self.stream.isatty() if tty is None else tty
        self._clock = clock
        self._bar: Any = None
        self._task: Any = None
        self._started: float | None = None
        self._last_tenth = 0

    # -- context ------------------------------------------------------------------------------
    def __enter__(self) -> Display:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    # -- output -------------------------------------------------------------------------------
    def line(self, text: str) -> None:
        """A line on stderr (above the bar while one is shown)."""
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=self.stream, flush=True)

    def __call__(self, event: Progress) -> None:
        if event.stage.endswith(".start"):
            return
        if event.total <= 0:
            self.line(f"[{event.stage}] {event.message}")
            return
        if self._started is None:
            self._started = self._clock()
        if self.verbose:
            self.line(f"[{event.done}/{event.total}] {event.message}")
        if self.quiet:
            return
        if self.tty:
            self._advance_bar(event)
        elif not self.verbose:
            tenth = event.done * 10 // event.total
            if tenth > self._last_tenth or event.done == event.total:
                self._last_tenth = tenth
                self.line(f"[{event.stage}] {event.done}/{event.total} {self._rate(event)}")

    def _rate(self, event: Progress) -> str:
        elapsed = self._clock() - (self._started or self._clock())
        if elapsed < 1.0 or event.done <= 0:  # too early for a meaningful rate
            return ""
        rate = event.done / elapsed
        left = (event.total - event.done) / rate
        return f"({rate:.1f}/s, ~{left:.0f}s left)"

    def _advance_bar(self, event: Progress) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

            self._bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("eta"),
                TimeRemainingColumn(),
                console=Console(file=self.stream, force_terminal=True),
                refresh_per_second=8,
            )
            self._bar.start()
            self._task = self._bar.add_task(event.stage, total=event.total, rate="")
        speed = self._bar.tasks[0].speed if self._bar.tasks else None
        rate = f"{speed:.1f}/s" if speed else ""
        self._bar.update(
            self._task, completed=event.done, total=event.total, description=event.stage, rate=rate
        )


@contextmanager
def stop_on_interrupt(stop: threading.Event, say: Callable[[str], None]) -> Iterator[None]:
    """First Ctrl-C sets `stop` (finish in-flight work, start nothing new); second aborts."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        say(
            "stopping: no new work is started; waiting for requests in flight (Ctrl-C again to abort)"
        )

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
