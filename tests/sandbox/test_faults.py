"""Fault injection: latency, 429 + Retry-After, seeded 5xx, fail-before vs fail-after, token TTL."""

from __future__ import annotations

import httpx
import pytest

from nexla_sandbox.testing import SandboxServer

from .helpers import ok


def test_latency_uses_the_injected_sleep(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.admin.set_faults(latency_ms=1500)
    before = sandbox.state.clock.now()
    for _ in range(3):
        ok(api.get("/data_sources"))
    assert sandbox.state.clock.slept == [1.5, 1.5, 1.5]
    # virtual sleep: the sandbox clock moved 4.5 s, the test did not wait
    assert (sandbox.state.clock.now() - before).total_seconds() >= 4.5


def test_rate_limit_next_n_requests(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.admin.set_faults(rate_limit_next=2, retry_after=7)
    for _ in range(2):
        limited = api.get("/data_sources")
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "7"
        assert limited.json()["status"] == 429
    ok(api.get("/data_sources"))
    assert sandbox.admin.snapshot()["injected"]["rate_limited"] == 2


def _outcomes(sandbox: SandboxServer, api: httpx.Client, seed: int) -> list[int]:
    sandbox.admin.set_faults(error_rate=30, error_status=503, seed=seed)
    return [api.get("/data_sources").status_code for _ in range(40)]


def test_error_rate_is_deterministic_under_a_seed(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    first = _outcomes(sandbox, api, seed=7)
    again = _outcomes(sandbox, api, seed=7)
    other = _outcomes(sandbox, api, seed=8)
    assert first == again and first != other
    assert set(first) == {200, 503}
    assert 5 <= first.count(503) <= 20  # ~30 % of 40
    failed = api.get("/data_sources")
    if failed.status_code == 503:
        assert failed.json()["message"].startswith("Injected server error")


def test_fail_operation_before_it_takes_effect(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.admin.fail_op("create_data_credential", times=1, when="before", status=502)
    failed = api.post("/data_credentials", json={"name": "c", "credentials_type": "s3"})
    assert failed.status_code == 502 and "create_data_credential" in failed.json()["message"]
    assert ok(api.get("/data_credentials")) == []
    assert "data_credentials" not in sandbox.admin.snapshot()["counts"]
    ok(api.post("/data_credentials", json={"name": "c", "credentials_type": "s3"}))  # only K times


def test_fail_operation_after_commit_leaves_the_resource(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    """The change is committed and the client still sees a 500: a naive retry duplicates."""
    sandbox.admin.fail_op("create_data_credential", times=1, when="after")
    failed = api.post("/data_credentials", json={"name": "dup", "credentials_type": "s3"})
    assert failed.status_code == 500 and "after commit" in failed.json()["message"]
    existing = ok(api.get("/data_credentials"))
    assert [c["name"] for c in existing] == ["dup"]
    ok(api.post("/data_credentials", json={"name": "dup", "credentials_type": "s3"}))
    assert sandbox.admin.snapshot()["counts"]["data_credentials"] == 2  # the duplicate


def test_token_lifetime_and_expiry(sandbox: SandboxServer) -> None:
    sandbox.admin.set_faults(token_ttl=60)
    issued = httpx.post(
        f"{sandbox.url}/token", headers={"Authorization": f"Basic {sandbox.service_key}"}
    )
    body = ok(issued)
    assert body["token_type"] == "Bearer" and body["expires_in"] == 60
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    ok(httpx.get(f"{sandbox.url}/data_sources", headers=headers))
    sandbox.admin.advance_clock(61)
    expired = httpx.get(f"{sandbox.url}/data_sources", headers=headers)
    assert expired.status_code == 401 and "expired" in expired.json()["message"]


def test_faults_from_start_flags() -> None:
    from nexla_sandbox.__main__ import fault_config, parse_args

    cfg = fault_config(
        parse_args(
            [
                "--rate-limit-next",
                "3",
                "--fail-op",
                "create_data_source:2:after:502",
                "--error-rate",
                "5",
                "--fault-seed",
                "9",
                "--token-ttl",
                "120",
            ]
        )
    )
    assert cfg.rate_limit_next == 3 and cfg.error_rate == 5 and cfg.seed == 9
    assert cfg.token_ttl == 120
    assert (
        cfg.fail_ops[0].operation_id,
        cfg.fail_ops[0].times,
        cfg.fail_ops[0].when,
        cfg.fail_ops[0].status,
    ) == ("create_data_source", 2, "after", 502)
    with SandboxServer(faults=cfg) as server:
        auth = {"Authorization": f"Basic {server.service_key}"}
        statuses = [httpx.post(f"{server.url}/token", headers=auth).status_code for _ in range(4)]
        assert statuses == [429, 429, 429, 200]


@pytest.mark.parametrize("bad", [{"when": "sometimes"}, {"nope": 1}])
def test_bad_fault_settings_are_rejected(sandbox: SandboxServer, bad: dict[str, object]) -> None:
    payload = {"fail_ops": [{"operation_id": "x", **bad}]} if "when" in bad else bad
    response = httpx.put(f"{sandbox.url}/_sandbox/faults", json=payload)
    assert response.status_code == 400


def test_logout_ends_the_session(sandbox: SandboxServer, api: httpx.Client) -> None:
    assert api.post("/token/logout").status_code == 204
    assert api.get("/data_sources").status_code == 401
    assert (
        api.post("/data_credentials", json={"name": "x", "credentials_type": "s3"}).status_code
        == 401
    )
