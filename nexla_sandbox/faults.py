"""Fault injection: latency, rate limiting, random 5xx and per-operation failures.

Everything is deterministic under `seed`: the random-5xx decision comes from a
`random.Random(seed)` that is re-created whenever the faults are (re)configured.
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Faults:
    """Thread-safe holder of the active fault configuration and its counters."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self.config = config or FaultConfig()
        self._rng = random.Random(self.config.seed)
        self.injected: dict[str, int] = {"rate_limited": 0, "random_5xx": 0, "op_failures": 0}

    def configure(self, updates: dict[str, Any], *, replace: bool = False) -> FaultConfig:
        """Apply a JSON patch of fault settings (or replace them all, zeroing the counters)."""
        with self._lock:
            if replace:
                self.injected = dict.fromkeys(self.injected, 0)
            base = FaultConfig() if replace else self.config
            data = asdict(base)
            for key, value in updates.items():
                if key not in data:
                    raise ValueError(f"unknown fault setting {key!r}")
                data[key] = value
            ops = [o if isinstance(o, OpFailure) else OpFailure(**o) for o in data.pop("fail_ops")]
            for op in ops:
                if op.when not in ("before", "after"):
                    raise ValueError(f"fail_ops.when must be 'before' or 'after', not {op.when!r}")
            self.config = FaultConfig(**data, fail_ops=ops)
            self._rng = random.Random(self.config.seed)
            return self.config

    def take_rate_limit(self) -> int | None:
        """Retry-After seconds if this request is to be rate limited."""
        with self._lock:
            if self.config.rate_limit_next > 0:
                self.config.rate_limit_next -= 1
                self.injected["rate_limited"] += 1
                return self.config.retry_after
            return None

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
