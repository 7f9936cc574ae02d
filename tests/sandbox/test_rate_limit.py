"""The sandbox's token-bucket rate limit: per credential, 429 + Retry-After, set at start or run time."""

from __future__ import annotations

import httpx
import pytest

from nexla_sandbox.faults import FaultConfig, Faults, parse_rate_limit
from nexla_sandbox.testing import SandboxServer

from .helpers import ok


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _limited(rps: float, burst: int = 0) -> tuple[Faults, FakeClock]:
    clock = FakeClock()
    return Faults(FaultConfig(rate_limit_rps=rps, rate_limit_burst=burst), clock=clock), clock


def test_a_full_bucket_allows_a_burst_then_answers_retry_after() -> None:
    faults, clock = _limited(rps=2, burst=3)
    assert [faults.take_rate_limit("Bearer a") for _ in range(3)] == [None, None, None]
    assert faults.take_rate_limit("Bearer a") == 1  # half a second to the next token -> 1 s
    assert faults.injected["throttled"] == 1


def test_tokens_refill_at_the_configured_rate_up_to_the_burst() -> None:
    faults, clock = _limited(rps=10, burst=5)
    for _ in range(5):
        assert faults.take_rate_limit("k") is None
    assert faults.take_rate_limit("k") is not None
    clock.now += 0.35  # 3.5 tokens back
    assert [faults.take_rate_limit("k") for _ in range(4)] == [None, None, None, 1]
    clock.now += 3600  # a long idle time refills to the burst, not beyond
    assert sum(faults.take_rate_limit("k") is None for _ in range(10)) == 5


def test_sustained_rate_matches_rps() -> None:
    """Offered 100 req/s for 10 s against a 20 req/s limit: 20 a second (plus the burst) pass."""
    faults, clock = _limited(rps=20)
    passed = 0
    for _ in range(1000):
        clock.now += 0.01
        passed += faults.take_rate_limit("k") is None
    assert passed == 20 * 10 + 20 - 1  # the burst was full, the last token is still refilling


def test_retry_after_is_whole_seconds_until_the_next_token() -> None:
    faults, clock = _limited(rps=0.25, burst=1)
    assert faults.take_rate_limit("k") is None
    assert faults.take_rate_limit("k") == 4
    clock.now += 1.5
    assert faults.take_rate_limit("k") == 3  # 2.5 s left, rounded up


def test_each_credential_has_its_own_bucket() -> None:
    faults, _ = _limited(rps=1, burst=1)
    assert faults.take_rate_limit("Bearer one") is None
    assert faults.take_rate_limit("Bearer one") == 1
    assert faults.take_rate_limit("Bearer two") is None


def test_changing_the_rate_at_run_time_starts_fresh_buckets_and_zero_turns_it_off() -> None:
    faults, _ = _limited(rps=1, burst=1)
    faults.take_rate_limit("k")
    assert faults.take_rate_limit("k") == 1
    faults.configure({"rate_limit_rps": 5, "rate_limit_burst": 2})
    assert [faults.take_rate_limit("k") for _ in range(3)] == [None, None, 1]
    faults.configure({"latency_ms": 0})  # unrelated change: the bucket keeps its level
    assert faults.take_rate_limit("k") == 1
    faults.configure({"rate_limit_rps": 0})
    assert all(faults.take_rate_limit("k") is None for _ in range(100))


@pytest.mark.parametrize(
    "bad",
    [{"rate_limit_rps": -1}, {"rate_limit_rps": "fast"}, {"rate_limit_burst": 1.5}],
)
def test_bad_rate_settings_are_refused_and_change_nothing(bad: dict[str, object]) -> None:
    faults, _ = _limited(rps=1, burst=1)
    with pytest.raises(ValueError, match="rate_limit"):
        faults.configure(bad)
    assert (faults.config.rate_limit_rps, faults.config.rate_limit_burst) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"), [("50", (50.0, 0)), ("50:100", (50.0, 100)), ("0.5:2", (0.5, 2))]
)
def test_rate_limit_flag_syntax(text: str, expected: tuple[float, int]) -> None:
    assert parse_rate_limit(text) == expected


@pytest.mark.parametrize("text", ["", "fast", "10:x", "-1", "5:-2", "nan"])
def test_bad_rate_limit_flags_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="RPS"):
        parse_rate_limit(text)


def test_rate_limit_start_flag_limits_the_server() -> None:
    from nexla_sandbox.__main__ import fault_config, parse_args

    cfg = fault_config(parse_args(["--rate-limit", "0.1:2"]))
    assert (cfg.rate_limit_rps, cfg.rate_limit_burst) == (0.1, 2)
    with pytest.raises(SystemExit):
        parse_args(["--rate-limit", "lots"])
    with SandboxServer(faults=cfg) as server:
        auth = {"Authorization": f"Basic {server.service_key}"}
        replies = [httpx.post(f"{server.url}/token", headers=auth) for _ in range(3)]
        assert [r.status_code for r in replies] == [200, 200, 429]
        assert replies[2].headers["Retry-After"] == "10"


def test_rate_limit_set_at_run_time_via_the_admin_api(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    config = sandbox.admin.set_faults(rate_limit_rps=0.1, rate_limit_burst=2)
    assert (config["rate_limit_rps"], config["rate_limit_burst"]) == (0.1, 2)
    ok(api.get("/data_sources"))
    ok(api.get("/data_sources"))
    limited = api.get("/data_sources")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "10"
    assert limited.json() == {"message": "Rate limit exceeded, retry later", "status": 429}
    # another token has its own bucket
    other = httpx.get(
        f"{sandbox.url}/data_sources", headers={"Authorization": f"Bearer {sandbox.token()}"}
    )
    ok(other)
    # the sandbox clock refills the bucket: no real waiting
    sandbox.admin.advance_clock(10)
    ok(api.get("/data_sources"))
    assert sandbox.admin.snapshot()["injected"]["throttled"] == 1
    sandbox.admin.clear_faults()
    for _ in range(5):
        ok(api.get("/data_sources"))
