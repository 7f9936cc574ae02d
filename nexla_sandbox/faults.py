"""Fault injection: latency, rate limiting, random 5xx and per-operation failures.

Everything is deterministic under `seed`: the random-5xx decision comes from a
`random.Random(seed)` that is re-created whenever the faults are (re)configured.

Rate limiting comes in two forms: `rate_limit_next` answers 429 to the next N requests,
and `rate_limit_rps` (with `rate_limit_burst`) is a token bucket per caller credential, the
way Nexla limits request rates: each request takes a token, tokens refill at `rps` per
second up to `burst`, and a request finding the bucket empty gets 429 with `Retry-After`
(whole seconds until a token is back). The bucket reads an injectable monotonic clock.
"""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

When = Literal["before", "after"]


@dataclass
class OpFailure:
    """Fail `operation_id` for the next `times` calls; `after` commits the change first."""

    operation_id: str
    times: int = 1
    when: When = "before"
    status: int = 500


@dataclass
class FaultConfig:
    latency_ms: int = 0
    rate_limit_next: int = 0
    retry_after: int = 1
    error_rate: float = 0.0  # percent of requests answered with a 5xx
    error_status: int = 503
    seed: int = 0
    fail_ops: list[OpFailure] = field(default_factory=list)
    token_ttl: int = 86400
    rate_limit_rps: float = 0.0  # token-bucket refill per second per credential; 0 = off
    rate_limit_burst: int = 0  # bucket size; 0 = one second's worth (at least 1)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def parse_rate_limit(text: str) -> tuple[float, int]:
    """`RPS[:BURST]` (e.g. `50`, `50:100`, `0.5:2`) as (rps, burst); burst 0 means default."""
    rps_text, _, burst_text = text.partition(":")
    try:
        rps = float(rps_text)
        burst = int(burst_text) if burst_text else 0
    except ValueError:
        raise ValueError(f"rate limit must be RPS[:BURST], not {text!r}") from None
    if not math.isfinite(rps) or rps < 0 or burst < 0:
        raise ValueError(f"rate limit must be RPS[:BURST] with RPS, BURST >= 0, not {text!r}")
    return rps, burst


class TokenBuckets:
    """One token bucket per caller key: `rps` tokens a second, at most `burst` held."""

    def __init__(self, rps: float, burst: int, clock: Callable[[], float]) -> None:
        self.rps = rps
        self.burst = burst if burst > 0 else max(1, math.ceil(rps))
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)

    def take(self, key: str) -> int | None:
        """None if a token was taken, else the whole seconds until one is available."""
        now = self._clock()
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + max(0.0, now - last) * self.rps)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return max(1, math.ceil((1.0 - tokens) / self.rps))


def _int(low: int, high: int) -> dict[str, Any]:
    return {"type": "integer", "minimum": low, "maximum": high}


#: What `/_sandbox/faults` accepts: typed and bounded, so no setting can wedge the sandbox.
SETTINGS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "latency_ms": _int(0, 600_000),
        "rate_limit_next": _int(0, 1_000_000),
        "retry_after": _int(0, 86_400),
        "error_rate": {"type": "number", "minimum": 0, "maximum": 100},
        "error_status": _int(400, 599),
        "seed": _int(-(2**63), 2**63 - 1),
        "token_ttl": _int(1, 10 * 365 * 86_400),
        "rate_limit_rps": {"type": "number", "minimum": 0, "maximum": 1_000_000},
        "rate_limit_burst": _int(0, 1_000_000),
        "fail_ops": {
            "type": "array",
            "maxItems": 1000,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["operation_id"],
                "properties": {
                    "operation_id": {"type": "string", "minLength": 1, "maxLength": 200},
                    "times": _int(0, 1_000_000),
                    "when": {"enum": ["before", "after"]},
                    "status": _int(400, 599),
                },
            },
        },
    },
}
_SETTINGS = Draft202012Validator(SETTINGS_SCHEMA)


def check_settings(updates: Any) -> None:
    """`ValueError` naming the first bad setting (`fail_ops.0.when: ...`), if any."""
    error = best_match(_SETTINGS.iter_errors(updates))
    if error is None:
        return
    where = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        raise ValueError(f"unknown fault setting {(where + '.') if where else ''}{extra[0]}")
    message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
    raise ValueError(f"{where or 'settings'}: {message}")


class Faults:
    """Thread-safe holder of the active fault configuration and its counters."""

    def __init__(
        self, config: FaultConfig | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self.config = config or FaultConfig()
        self._rng = random.Random(self.config.seed)
        self._buckets = self._new_buckets(self.config)
        self.injected: dict[str, int] = {
            "rate_limited": 0,
            "throttled": 0,
            "random_5xx": 0,
            "op_failures": 0,
        }

    def _new_buckets(self, cfg: FaultConfig) -> TokenBuckets | None:
        rps, burst = cfg.rate_limit_rps, cfg.rate_limit_burst
        if isinstance(rps, bool) or not isinstance(rps, int | float) or not math.isfinite(rps):
            raise ValueError("rate_limit_rps must be a number of requests per second")
        if isinstance(burst, bool) or not isinstance(burst, int):
            raise ValueError("rate_limit_burst must be a whole number of requests")
        if rps < 0 or burst < 0:
            raise ValueError("rate_limit_rps and rate_limit_burst must be >= 0")
        return TokenBuckets(float(rps), burst, self._clock) if rps else None

    def configure(self, updates: dict[str, Any], *, replace: bool = False) -> FaultConfig:
        """Apply a JSON patch of fault settings (or replace them all, zeroing the counters)."""
        check_settings(updates)
        with self._lock:
            base = FaultConfig() if replace else self.config
            data = asdict(base)
            data.update(updates)
            ops = [o if isinstance(o, OpFailure) else OpFailure(**o) for o in data.pop("fail_ops")]
            data["error_rate"] = float(data["error_rate"])
            config = FaultConfig(**data, fail_ops=ops)
            rate = (config.rate_limit_rps, config.rate_limit_burst)
            if replace or rate != (self.config.rate_limit_rps, self.config.rate_limit_burst):
                self._buckets = self._new_buckets(config)  # validates before anything changes
            self.config = config
            self._rng = random.Random(self.config.seed)
            if replace:
                self.injected = dict.fromkeys(self.injected, 0)
            return self.config

    def take_rate_limit(self, caller: str = "") -> int | None:
        """Retry-After seconds if this request is to be rate limited.

        `caller` identifies whose bucket the request draws from (its credential).
        """
        with self._lock:
            if self.config.rate_limit_next > 0:
                self.config.rate_limit_next -= 1
                self.injected["rate_limited"] += 1
                return self.config.retry_after
            if self._buckets is None:
                return None
            key = hashlib.blake2b(caller.encode(), digest_size=16).hexdigest()
            wait = self._buckets.take(key)
            if wait is not None:
                self.injected["throttled"] += 1
            return wait

    def take_random_error(self) -> int | None:
        with self._lock:
            if self.config.error_rate <= 0:
                return None
            if self._rng.random() * 100 < self.config.error_rate:
                self.injected["random_5xx"] += 1
                return self.config.error_status
            return None

    def take_op_failure(self, operation_id: str) -> OpFailure | None:
        with self._lock:
            for op in self.config.fail_ops:
                if op.operation_id == operation_id and op.times > 0:
                    op.times -= 1
                    self.injected["op_failures"] += 1
                    return OpFailure(op.operation_id, 1, op.when, op.status)
            return None
