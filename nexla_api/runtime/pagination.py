"""Iterate every item of any generated page/per_page list function, sync or async.

Nexla list endpoints return a bare JSON array per page, so the only reliable end signal is a
short (or empty) page. `next_page` is the first page not yet fully handed out, so a recipe that
saves it after processing each item can restart with `start_page=saved` and lose nothing (items
of a partly processed page are seen again: at-least-once).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

PageFn = Callable[..., Sequence[T] | None]
AsyncPageFn = Callable[..., Awaitable[Sequence[T] | None]]


class _PageState(Generic[T]):
    """Bookkeeping shared by the sync and async paginators."""

    def __init__(
        self, *, per_page: int, start_page: int, max_items: int | None, kwargs: dict[str, Any]
    ) -> None:
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        if start_page < 1:
            raise ValueError("start_page must be at least 1 (pages are 1-based)")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must not be negative")
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

    def _store(self, page: Sequence[T] | None) -> None:
        items = list(page or [])
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

    def __init__(
        self,
        fn: PageFn[T],
        *,
        client: Any,
        per_page: int = 100,
        start_page: int = 1,
        max_items: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            per_page=per_page, start_page=start_page, max_items=max_items, kwargs=kwargs
        )
        self._fn = fn
        self._client = client

    def __iter__(self) -> Paginator[T]:
        return self

    def __next__(self) -> T:
        if self._need_fetch():
            self._store(self._fn(client=self._client, **self._call_kwargs()))
            if not self._buffer:
                raise StopIteration
        return self._pop()

    def __repr__(self) -> str:
        name = getattr(self._fn, "__module__", "?")
        return f"Paginator({name}, next_page={self.next_page}, items={self.items_yielded})"


class AsyncPaginator(_PageState[T], AsyncIterator[T]):
    """Async iterator over every item of a generated `asyncio` list function; see `apaginate`."""

    def __init__(
        self,
        fn: AsyncPageFn[T],
        *,
        client: Any,
        per_page: int = 100,
        start_page: int = 1,
        max_items: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            per_page=per_page, start_page=start_page, max_items=max_items, kwargs=kwargs
        )
        self._fn = fn
        self._client = client

    def __aiter__(self) -> AsyncPaginator[T]:
        return self

    async def __anext__(self) -> T:
        try:
            fetch = self._need_fetch()
        except StopIteration:
            raise StopAsyncIteration from None
        if fetch:
            self._store(await self._fn(client=self._client, **self._call_kwargs()))
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
    **kwargs: Any,
) -> Paginator[T]:
    """Every item of `fn` (e.g. `get_data_sources.sync`), page by page from `start_page`.

    Stops on a short or empty page, or after `max_items`. Extra keyword arguments are passed to
    every call (e.g. `access_role=`). Read `.next_page` on the result to checkpoint.
    """
    return Paginator(
        fn, client=client, per_page=per_page, start_page=start_page, max_items=max_items, **kwargs
    )


def apaginate(
    fn: AsyncPageFn[T],
    *,
    client: Any,
    per_page: int = 100,
    start_page: int = 1,
    max_items: int | None = None,
    **kwargs: Any,
) -> AsyncPaginator[T]:
    """The asyncio twin of `paginate`: pass a generated `asyncio` function, use `async for`."""
    return AsyncPaginator(
        fn, client=client, per_page=per_page, start_page=start_page, max_items=max_items, **kwargs
    )


__all__ = ["AsyncPaginator", "Paginator", "apaginate", "paginate"]
