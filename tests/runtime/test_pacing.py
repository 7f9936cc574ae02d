"""Client-side pacing: off until a 429, then one shared bucket at the rate the server grants."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading

import httpx
import pytest

from nexla_api import NexlaClient, Pacer
from nexla_api.api.sources import get_data_sources
from nexla_sandbox.faults import TokenBuckets
from nexla_sandbox.testing import SandboxServer

from .helpers import FakeClock, FakeNexla, Sleeps, make_client, no_jitter_policy


def test_a_client_that_was_never_refused_is_not_paced() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for _ in range(1000):
        assert pacer.reserve()[0] == 0.0
        pacer.record(200)
    assert pacer.rate is None


def test_a_429_pauses_every_request_of_the_client_for_retry_after() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    delay, before = pacer.reserve()
    pacer.record(429, 3.0)
    assert not pacer.valid(before)  # a slot taken before the refusal must not be used
    clock.advance(1.0)
    delay, generation = pacer.reserve()
    assert delay == pytest.approx(2.0) and pacer.valid(generation)


def test_try_acquire_sends_at_once_only_when_no_wait_is_due() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert pacer.try_acquire() and pacer.try_acquire()  # not pacing: never held back
    pacer.record(429, 2.0)
    assert not pacer.try_acquire()  # paused for Retry-After
    clock.advance(2.0)
    assert pacer.try_acquire()

    paced = Pacer(rate=4.0, clock=clock)
    assert paced.try_acquire()  # claims the free slot...
    assert not paced.try_acquire()  # ...so the next one is a quarter second away
    assert paced.reserve()[0] == pytest.approx(0.25)  # and the caller reserves it instead
    clock.advance(0.5)
    assert paced.try_acquire()


def _simulate(pacer: Pacer, clock: FakeClock, rps: float, n: int, service: float) -> int:
    """One client sending `n` requests back to back against a token-bucket server."""
    server = TokenBuckets(rps, 0, clock)
    refused = 0
    sent = 0
    while sent < n:
        delay, generation = pacer.reserve()
        clock.advance(delay)
        if not pacer.valid(generation):
            continue
        clock.advance(service)
        retry_after = server.take("token")
        if retry_after is None:
            pacer.record(200)
            sent += 1
        else:
            refused += 1
            pacer.record(429, float(retry_after))
    return refused


@pytest.mark.parametrize("rps", [5.0, 20.0, 50.0, 200.0])
def test_the_client_learns_the_servers_rate_and_stops_bouncing_off_it(rps: float) -> None:
    clock = FakeClock(start=0.0)
    pacer = Pacer(clock=clock)
    n = max(1000, int(rps * 40))
    refused = _simulate(pacer, clock, rps, n, service=0.001)
    floor = n / rps
    assert refused <= 0.02 * n
    assert clock.now <= 1.1 * floor
    assert pacer.rate is not None and 0.9 * rps <= pacer.rate <= 1.2 * rps


def _simulate_in_flight(
    pacer: Pacer, clock: FakeClock, rps: float, n: int, workers: int, latency: float
) -> int:
    """`workers` requests in flight at once (a listing's readers), each answered `latency`
    seconds after it reaches a token-bucket server holding one second's worth of burst."""
    server = TokenBuckets(rps, 0, clock)
    events: list[tuple[float, int, str, int | None]] = []
    order = itertools.count()
    for _ in range(workers):
        heapq.heappush(events, (clock.now, next(order), "ready", None))
    refused = sent = 0
    while sent < n:
        at, _, what, value = heapq.heappop(events)
        clock.now = max(clock.now, at)
        if what == "ready":
            delay, generation = pacer.reserve()
            heapq.heappush(events, (clock.now + delay, next(order), "send", generation))
        elif what == "send":
            if value is None or not pacer.valid(value):
                heapq.heappush(events, (clock.now, next(order), "ready", None))
                continue
            retry_after = server.take("token")
            answer = -1 if retry_after is None else retry_after
            heapq.heappush(events, (clock.now + latency, next(order), "reply", answer))
        else:
            if value == -1:
                pacer.record(200)
                sent += 1
            else:
                refused += 1
                pacer.record(429, float(value or 1))
            heapq.heappush(events, (clock.now, next(order), "ready", None))
    return refused


@pytest.mark.parametrize("rps", [20.0, 50.0])
def test_readers_in_flight_learn_the_rate_from_their_first_refusal(rps: float) -> None:
    """Eight readers drain the server's burst together: the first estimate takes that burst
    out, so the client settles at the server's rate instead of being refused again."""
    clock = FakeClock(start=0.0)
    pacer = Pacer(clock=clock)
    n = int(rps * 30)
    refused = _simulate_in_flight(pacer, clock, rps, n, workers=8, latency=0.02)
    assert refused <= 0.02 * n
    assert clock.now <= 1.1 * n / rps
    assert pacer.rate is not None and 0.85 * rps <= pacer.rate <= 1.2 * rps


def test_without_pacing_the_same_client_keeps_bouncing_off_the_limit() -> None:
    """The comparison the pacer is for: honouring Retry-After alone hits 429 every second."""
    clock = FakeClock(start=0.0)
    unpaced = _simulate(Pacer(adaptive=False, clock=clock), clock, 50.0, 2000, service=0.001)
    clock = FakeClock(start=0.0)
    paced = _simulate(Pacer(clock=clock), clock, 50.0, 2000, service=0.001)
    assert unpaced >= 35 and paced * 4 <= unpaced


def test_a_known_rate_paces_from_the_first_request() -> None:
    clock = FakeClock()
    pacer = Pacer(rate=4.0, clock=clock)
    delays = [pacer.reserve()[0] for _ in range(4)]
    assert delays == pytest.approx([0.0, 0.25, 0.5, 0.75])


def test_a_lone_429_after_idling_does_not_throttle_the_client_to_a_crawl() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for _ in range(3):
        pacer.record(200)
        clock.advance(10.0)
    pacer.record(429, 1.0)
    assert pacer.rate is None  # too little traffic to learn a rate from: only the pause
    clock.advance(1.0)
    assert [pacer.reserve()[0] for _ in range(3)] == [0.0, 0.0, 0.0]


def test_threads_share_one_bucket_each_getting_its_own_slot() -> None:
    clock = FakeClock()
    pacer = Pacer(rate=10.0, clock=clock)
    delays: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        delay, _ = pacer.reserve()
        with lock:
            delays.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(delays) == pytest.approx([i / 10 for i in range(8)])


def test_asyncio_tasks_and_threads_wait_on_the_same_pacer() -> None:
    clock = FakeClock()
    pacer = Pacer(rate=5.0, clock=clock)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def tasks() -> None:
        await asyncio.gather(*(pacer.aacquire(sleep) for _ in range(3)))

    asyncio.run(tasks())
    pacer.acquire(slept.append)  # a sync caller queues behind the tasks
    assert slept == pytest.approx([0.2, 0.4, 0.6])


def test_sibling_clients_share_the_pacer_and_it_is_not_a_secret() -> None:
    client = NexlaClient(service_key="sk-secret-value", base_url="https://nexla.test", env={})
    assert client.with_headers({"X-Trace": "1"}).pacer is client.pacer
    assert client.with_retry(client.retry_policy).pacer is client.pacer
    assert "sk-secret" not in repr(client.pacer)


def test_the_retry_waits_out_retry_after_once_not_twice() -> None:
    sleeps = Sleeps()
    clock = FakeClock()
    fake = FakeNexla([httpx.Response(429, headers={"Retry-After": "4"})])
    client = make_client(fake, sleeps=sleeps, clock=clock)
    assert get_data_sources.sync(client=client) == []
    assert sleeps.delays == [4.0]
    assert client.pacer.refusals == 1


def test_paced_client_against_a_rate_limited_sandbox(sandbox: SandboxServer) -> None:
    """Real HTTP: 60 GETs at a 2 req/s limit, sleeping on a virtual clock both sides share."""
    clock = FakeClock(start=0.0)

    def sleep(seconds: float) -> None:
        clock.advance(seconds)
        sandbox.state.clock.advance(seconds)

    sandbox.admin.set_faults(rate_limit_rps=2, rate_limit_burst=2)
    client = NexlaClient(
        service_key=sandbox.service_key,
        base_url=sandbox.url,
        env={},
        clock=clock,
        retry=no_jitter_policy(Sleeps(), sleep=sleep, max_retries=5),
    )
    with client:
        for _ in range(60):
            assert get_data_sources.sync(client=client) == []
    throttled = sandbox.admin.snapshot()["injected"]["throttled"]
    assert throttled <= 4
    assert client.pacer.rate is not None and 1.5 <= client.pacer.rate <= 2.5


def test_waiting_for_the_pacer_counts_against_the_calls_deadline() -> None:
    from nexla_api import DeadlineExceededError, RateLimitError

    clock = FakeClock()
    fake = FakeNexla([httpx.Response(429, headers={"Retry-After": "30"})])
    client = make_client(fake, clock=clock, deadline=10.0)
    with pytest.raises(RateLimitError):  # 30 s is past this call's deadline: no retry
        get_data_sources.sync(client=client)
    with pytest.raises(DeadlineExceededError, match="rate limit"):
        get_data_sources.sync(client=client)  # the client is paused for longer than 10 s
    assert len(fake.requests) == 1  # the second call never reached the server
    clock.advance(30.0)
    assert get_data_sources.sync(client=client) == []


def test_a_long_running_client_keeps_only_recent_history() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    for _ in range(10_000):
        clock.advance(0.01)
        pacer.record(200)
    assert len(pacer._accepted) <= pacer.horizon / 0.01 + 1
