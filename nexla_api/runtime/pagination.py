"""Iterate every item of any generated page/per_page list function, sync or async.

Nexla list endpoints return a bare JSON array per page, so the only reliable end signal is a
short (or empty) page. `next_page` is the first page not yet fully handed out, so a recipe that
saves it after processing each item can restart with `start_page=saved` and lose nothing (items
of a partly processed page are seen again: at-least-once).

A listing always ends: a page equal to the one before it means the server is not paging (it
ignores `?page=`), and raises `PaginationError`, as does reaching `max_pages`; the whole
listing, every page call included, is bounded by `deadline` (`DeadlineExceededError`). Both
default to the client's `max_pages` and `listing_deadline`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Generic, TypeVar

from .constants import DEFAULT_LISTING_DEADLINE, DEFAULT_MAX_PAGES
from .deadline import outer_deadline
from .errors import DeadlineExceededError, PaginationError

T = TypeVar("T")

PageFn = Callable[..., Sequence[T] | None]
AsyncPageFn = Callable[..., Awaitable[Sequence[T] | None]]


class _PageState(Generic[T]):
    """Bookkeeping shared by the sync and async paginators."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        client: Any,
        per_page: int = 100,
        start_page: int = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
        deadline: float | None = None,
        **kwargs: Any,
    ) -> None:
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        if start_page < 1:
            raise ValueError("start_page must be at least 1 (pages are 1-based)")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must not be negative")
        if max_pages is None:
            max_pages = int(getattr(client, "max_pages", DEFAULT_MAX_PAGES))
        if deadline is None:
            deadline = float(getattr(client, "listing_deadline", DEFAULT_LISTING_DEADLINE))
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        if not deadline > 0:
            raise ValueError("deadline must be a positive number of seconds")
        self._fn = fn
        self._client = client
        self._operation = str(getattr(fn, "__module__", "listing")).rsplit(".", 1)[-1]
        self.max_pages = max_pages
        self.deadline = deadline
        self._clock: Callable[[], float] = getattr(client, "clock", time.monotonic)
        self._ends_at: float | None = None
        self._previous: list[T] | None = None
        self.per_page = per_page
        self.max_items = max_items
        self.kwargs = kwargs
        #: First page whose items have not all been handed out; None once the listing is done.
        self.next_page: int | None = start_page
        self.pages_fetched = 0
        self.items_yielded = 0
        self._buffer: deque[T] = deque()
        self._fetching = start_page
        self._last_page_short = False

    @property
    def done(self) -> bool:
        """True once every item was handed out or the item cap was reached."""
        return self.next_page is None or self._capped()

    def _capped(self) -> bool:
        return self.max_items is not None and self.items_yielded >= self.max_items

    def _need_fetch(self) -> bool:
        if self._capped():
            raise StopIteration
        if self._buffer:
            return False
        if self.next_page is None or self._last_page_short:
            raise StopIteration
        return True

    def _bounded(self) -> AbstractContextManager[None]:
        """Checks the page cap and the listing deadline; bounds the next page call by the latter."""
        if self._ends_at is None:
            self._ends_at = self._clock() + self.deadline
        if self.pages_fetched >= self.max_pages:
            raise PaginationError(
                f"{self._operation}: stopped after {self.pages_fetched} pages (max_pages); "
                f"resume from page {self._fetching} or raise the cap"
            )
        if self._clock() >= self._ends_at:
            raise DeadlineExceededError(
                f"{self._operation}: listing deadline of {self.deadline:g}s exceeded after "
                f"{self.pages_fetched} pages; resume from page {self._fetching}",
                deadline=self.deadline,
            )
        return outer_deadline(self._ends_at)

    def _store(self, page: Sequence[T] | None) -> None:
        items = list(page or [])
        if items and items == self._previous:
            raise PaginationError(
                f"{self._operation}: page {self._fetching} repeats page {self._fetching - 1}; "
                "the server is not paging (it ignores ?page=)"
            )
        self._previous = items
        self.pages_fetched += 1
        self._buffer.extend(items)
        self._last_page_short = len(items) < self.per_page
        if not items:
            self.next_page = None

    def _pop(self) -> T:
        item = self._buffer.popleft()
        self.items_yielded += 1
        if not self._buffer:
            self.next_page = None if self._last_page_short else self._fetching + 1
            self._fetching += 1
        return item

    def _call_kwargs(self) -> dict[str, Any]:
        return {**self.kwargs, "page": self._fetching, "per_page": self.per_page}


class Paginator(_PageState[T], Iterator[T]):
    """Iterator over every item of a generated sync list function; see `paginate`."""

    def __iter__(self) -> Paginator[T]:
        return self

    def __next__(self) -> T:
        if self._need_fetch():
            with self._bounded():
                page = self._fn(client=self._client, **self._call_kwargs())
            self._store(page)
            if not self._buffer:
                raise StopIteration
        return self._pop()

    def __repr__(self) -> str:
        name = getattr(self._fn, "__module__", "?")
        return f"Paginator({name}, next_page={self.next_page}, items={self.items_yielded})"


class AsyncPaginator(_PageState[T], AsyncIterator[T]):
    """Async iterator over every item of a generated `asyncio` list function; see `apaginate`."""

    def __aiter__(self) -> AsyncPaginator[T]:
        return self

    async def __anext__(self) -> T:
        try:
            fetch = self._need_fetch()
        except StopIteration:
            raise StopAsyncIteration from None
        if fetch:
            with self._bounded():
                page = await self._fn(client=self._client, **self._call_kwargs())
            self._store(page)
            if not self._buffer:
                raise StopAsyncIteration
        return self._pop()

    def __repr__(self) -> str:
        name = getattr(self._fn, "__module__", "?")
        return f"AsyncPaginator({name}, next_page={self.next_page}, items={self.items_yielded})"


def paginate(
    fn: PageFn[T],
    *,
    client: Any,
    per_page: int = 100,
    start_page: int = 1,
    max_items: int | None = None,
    max_pages: int | None = None,
    deadline: float | None = None,
    **kwargs: Any,
) -> Paginator[T]:
    """Every item of `fn` (e.g. `get_data_sources.sync`), page by page from `start_page`.

    Stops on a short or empty page, or after `max_items`. Extra keyword arguments are passed to
    every call (e.g. `access_role=`). Read `.next_page` on the result to checkpoint.
    Raises `PaginationError` on a repeated page or after `max_pages` pages, and
    `DeadlineExceededError` once the listing has run `deadline` seconds (both default to the
    client's `max_pages` and `listing_deadline`).
    """
    return Paginator(
        fn,
        client=client,
        per_page=per_page,
        start_page=start_page,
        max_items=max_items,
        max_pages=max_pages,
        deadline=deadline,
        **kwargs,
    )


def apaginate(
    fn: AsyncPageFn[T],
    *,
    client: Any,
    per_page: int = 100,
    start_page: int = 1,
    max_items: int | None = None,
    max_pages: int | None = None,
    deadline: float | None = None,
    **kwargs: Any,
) -> AsyncPaginator[T]:
    """The asyncio twin of `paginate`: pass a generated `asyncio` function, use `async for`."""
    return AsyncPaginator(
        fn,
        client=client,
        per_page=per_page,
        start_page=start_page,
        max_items=max_items,
        max_pages=max_pages,
        deadline=deadline,
        **kwargs,
    )


__all__ = ["AsyncPaginator", "Paginator", "apaginate", "paginate"]
