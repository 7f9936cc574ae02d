"""One client, several event loops and threads: it keeps working, and the token is renewed
once per expiry whoever (sync or async, which loop) finds it expired.

Against the misbehaving loopback server; no sleeping: the test waits on the fake clock's
reads (a condition variable) and the server's own bounded waits.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.sources import get_data_sources
from tests.support.misbehaving import WAIT_BOUND, Handler, json_reply, serve, token

from .helpers import FakeClock

SERVICE_KEY = "sk-event-loops-key"


def _client(url: str, **kwargs: Any) -> NexlaClient:
    return NexlaClient(service_key=SERVICE_KEY, base_url=url, env={}, **kwargs)


async def _calls(client: NexlaClient, count: int) -> list[Any]:
    return list(
        await asyncio.gather(*(get_data_sources.asyncio(client=client) for _ in range(count)))
    )


def test_successive_asyncio_runs_share_one_client() -> None:
    with serve({"/token": token(), "/data_sources": json_reply([])}) as server:
        client = _client(server.url)
        assert asyncio.run(_calls(client, 3)) == [[]] * 3
        assert asyncio.run(_calls(client, 3)) == [[]] * 3  # a new loop: no "Event loop is closed"
        assert get_data_sources.sync(client=client) == []
    assert server.hits["/nexla-api/token"] == 1


def test_loops_in_two_threads_at_once_both_finish() -> None:
    with serve({"/token": token(), "/data_sources": json_reply([])}) as server:
        client = _client(server.url)
        with ThreadPoolExecutor(max_workers=2) as pool:
            runs = [pool.submit(asyncio.run, _calls(client, 5)) for _ in range(2)]
            results = [run.result(timeout=WAIT_BOUND) for run in runs]
    assert results == [[[]] * 5, [[]] * 5]
    assert server.hits["/nexla-api/token"] == 1


def test_mixed_sync_and_async_callers_renew_once_per_expiry() -> None:
    clock = FakeClock()
    token_seen = threading.Event()
    release = threading.Event()
    issued = iter(["tok-first-000001", "tok-renewed-00002", "tok-extra-000003"])

    def slow_token(h: Handler) -> None:
        value = next(issued)
        if value != "tok-first-000001":
            token_seen.set()
            release.wait(WAIT_BOUND)  # hold the renewal until the sync caller is waiting on it
        h.send(200, {"access_token": value, "expires_in": 3600})

    with serve({"/token": slow_token, "/data_sources": json_reply([])}) as server:
        client = _client(server.url, clock=clock)
        assert get_data_sources.sync(client=client) == []
        clock.advance(3600)  # the token is now expired for everyone

        sync_result: list[Any] = []

        def sync_call() -> None:
            sync_result.append(get_data_sources.sync(client=client))

        async def main() -> list[Any]:
            leader = asyncio.ensure_future(get_data_sources.asyncio(client=client))
            await asyncio.to_thread(token_seen.wait, WAIT_BOUND)  # the async renewal is in flight
            reads = clock.reads
            thread = threading.Thread(target=sync_call)
            thread.start()
            # stamp, token check and wait bound: the sync caller has found the renewal running
            await asyncio.to_thread(clock.wait_for_reads, reads + 3)
            followers = [get_data_sources.asyncio(client=client) for _ in range(3)]
            release.set()
            results = [await leader, *await asyncio.gather(*followers)]
            await asyncio.to_thread(thread.join, WAIT_BOUND)
            return results

        assert asyncio.run(main()) == [[]] * 4
    assert sync_result == [[]]
    assert server.hits["/nexla-api/token"] == 2  # the first exchange and exactly one renewal
    assert set(server.authorizations[-5:]) == {"Bearer tok-renewed-00002"}


def test_pools_of_closed_loops_are_let_go() -> None:
    with serve({"/token": token(), "/data_sources": json_reply([])}) as server:
        client = _client(server.url)
        for _ in range(3):
            asyncio.run(_calls(client, 2))
        assert len(client._async_clients) == 1  # only the last loop's pool is still held
