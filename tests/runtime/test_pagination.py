"""paginate / apaginate over page/per_page list functions: stop rules, caps and resume."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from nexla_api import apaginate, paginate
from nexla_api.api.sources import get_data_sources

from .helpers import SOURCE_JSON, FakeNexla, make_client

PER_PAGE = 10


class FakeList:
    """A list endpoint over `total` integers, recording the pages asked for."""

    def __init__(self, total: int) -> None:
        self.items = list(range(total))
        self.calls: list[tuple[int, int, dict[str, Any]]] = []

    def sync(self, *, client: object, page: int, per_page: int, **kwargs: Any) -> list[int]:
        self.calls.append((page, per_page, kwargs))
        start = (page - 1) * per_page
        return self.items[start : start + per_page]

    async def asyncio(
        self, *, client: object, page: int, per_page: int, **kwargs: Any
    ) -> list[int]:
        await asyncio.sleep(0)
        return self.sync(client=client, page=page, per_page=per_page, **kwargs)


# total items -> pages requested: a full last page costs one extra (empty) request
CASES = [(0, [1]), (1, [1]), (PER_PAGE, [1, 2]), (25, [1, 2, 3])]


@pytest.mark.parametrize(("total", "pages"), CASES, ids=["0", "1", "per_page", "2.5_pages"])
def test_paginate_yields_every_item_and_stops_on_short_or_empty_page(
    total: int, pages: list[int]
) -> None:
    endpoint = FakeList(total)
    pager = paginate(endpoint.sync, client=None, per_page=PER_PAGE)
    assert list(pager) == list(range(total))
    assert [page for page, _, _ in endpoint.calls] == pages
    assert pager.next_page is None and pager.done


@pytest.mark.parametrize(("total", "pages"), CASES, ids=["0", "1", "per_page", "2.5_pages"])
def test_apaginate_yields_every_item_and_stops_on_short_or_empty_page(
    total: int, pages: list[int]
) -> None:
    endpoint = FakeList(total)

    async def collect() -> list[int]:
        return [item async for item in apaginate(endpoint.asyncio, client=None, per_page=PER_PAGE)]

    assert asyncio.run(collect()) == list(range(total))
    assert [page for page, _, _ in endpoint.calls] == pages


def test_resume_from_a_saved_page_loses_nothing() -> None:
    endpoint = FakeList(25)
    seen: list[int] = []
    saved: int | None = None
    pager = paginate(endpoint.sync, client=None, per_page=PER_PAGE)
    for item in pager:
        seen.append(item)
        saved = pager.next_page  # checkpoint after handling each item
        if item == 14:  # crash half-way through page 2
            break
    assert saved == 2
    resumed = paginate(endpoint.sync, client=None, per_page=PER_PAGE, start_page=saved)
    rest = list(resumed)
    assert rest[0] == 10  # page 2 is replayed from its start: at-least-once
    assert sorted(set(seen + rest)) == list(range(25))


def test_next_page_advances_only_after_a_page_is_fully_handed_out() -> None:
    pager = paginate(FakeList(25).sync, client=None, per_page=PER_PAGE)
    positions = []
    for _ in pager:
        positions.append(pager.next_page)
    assert positions[:9] == [1] * 9
    assert positions[9] == 2  # after the 10th item
    assert positions[-1] is None


def test_async_resume_from_a_saved_page() -> None:
    endpoint = FakeList(25)

    async def run() -> list[int]:
        pager = apaginate(endpoint.asyncio, client=None, per_page=PER_PAGE, start_page=3)
        items = [item async for item in pager]
        assert pager.next_page is None
        return items

    assert asyncio.run(run()) == list(range(20, 25))


def test_max_items_caps_iteration_and_fetching() -> None:
    endpoint = FakeList(100)
    pager = paginate(endpoint.sync, client=None, per_page=PER_PAGE, max_items=15)
    assert list(pager) == list(range(15))
    assert len(endpoint.calls) == 2
    assert pager.done and pager.next_page == 2


def test_extra_keyword_arguments_reach_every_call() -> None:
    endpoint = FakeList(15)
    list(paginate(endpoint.sync, client=None, per_page=PER_PAGE, access_role="owner"))
    assert all(kwargs == {"access_role": "owner"} for _, _, kwargs in endpoint.calls)


def test_invalid_arguments_are_rejected() -> None:
    with pytest.raises(ValueError):
        paginate(FakeList(1).sync, client=None, per_page=0)
    with pytest.raises(ValueError):
        paginate(FakeList(1).sync, client=None, start_page=0)


def test_paginate_over_the_generated_list_function_sync_and_async() -> None:
    page = [dict(SOURCE_JSON, id=i) for i in (1, 2)]
    fake = FakeNexla(
        [httpx.Response(200, json=page), httpx.Response(200, json=[dict(SOURCE_JSON, id=3)])] * 2
    )
    client = make_client(fake)
    ids = [s.id for s in paginate(get_data_sources.sync, client=client, per_page=2)]
    assert ids == [1, 2, 3]

    async def collect() -> list[int]:
        pager = apaginate(get_data_sources.asyncio, client=client, per_page=2)
        return [s.id async for s in pager]

    assert asyncio.run(collect()) == [1, 2, 3]
    assert [r.url.params["page"] for r in fake.requests] == ["1", "2", "1", "2"]
    assert {r.url.params["per_page"] for r in fake.requests} == {"2"}
