"""`nexla-sandbox` (or `python -m nexla_sandbox`): run the Nexla sandbox on loopback until interrupted."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING

# Only the standard library at import time: `main` first checks that nexla-api[sandbox] is
# installed, and says so in one line if not.
if TYPE_CHECKING:
    from .faults import FaultConfig


def _rate_limit(text: str) -> tuple[float, int]:
    from .faults import parse_rate_limit

    try:
        return parse_rate_limit(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    env = os.environ.get
    prog = "nexla-sandbox" if os.path.basename(sys.argv[0]) == "nexla-sandbox" else None
    p = argparse.ArgumentParser(prog=prog or "python -m nexla_sandbox", description=__doc__)
    p.add_argument(
        "--host", default="127.0.0.1", help="loopback address to bind (127.0.0.1 or ::1)"
    )
    p.add_argument(
        "--port", type=int, default=int(env("SANDBOX_PORT", "0")), help="0 picks a free port"
    )
    p.add_argument(
        "--db", default=env("SANDBOX_DB"), help="SQLite file to keep state across restarts"
    )
    p.add_argument("--seed-data", action="store_true", help="load the deterministic demo org")
    p.add_argument("--service-key", default=env("SANDBOX_SERVICE_KEY", ""))
    p.add_argument("--discovery-polls", type=int, default=1)
    p.add_argument("--async-task-polls", type=int, default=1)
    p.add_argument("--no-response-validation", action="store_true")
    g = p.add_argument_group("faults (also settable at run time via /_sandbox/faults)")
    g.add_argument("--latency-ms", type=int, default=int(env("SANDBOX_LATENCY_MS", "0")))
    g.add_argument(
        "--rate-limit-next", type=int, default=0, help="answer 429 to the next N requests"
    )
    g.add_argument("--retry-after", type=int, default=1)
    g.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=env("SANDBOX_RATE_LIMIT", "0"),
        metavar="RPS[:BURST]",
        help="token bucket per credential: RPS requests a second, bursts of BURST "
        "(default one second's worth); when empty, 429 with Retry-After",
    )
    g.add_argument(
        "--error-rate",
        type=float,
        default=float(env("SANDBOX_ERROR_RATE", "0")),
        help="percent of requests answered with --error-status",
    )
    g.add_argument("--error-status", type=int, default=503)
    g.add_argument("--fault-seed", type=int, default=int(env("SANDBOX_FAULT_SEED", "0")))
    g.add_argument(
        "--fail-op",
        action="append",
        default=[],
        metavar="OPERATION_ID[:TIMES[:before|after[:STATUS]]]",
    )
    g.add_argument("--token-ttl", type=int, default=int(env("SANDBOX_TOKEN_TTL", "86400")))
    return p.parse_args(argv)


def fault_config(args: argparse.Namespace) -> FaultConfig:
    from .faults import FaultConfig, OpFailure

    cfg = FaultConfig(
        latency_ms=args.latency_ms,
        rate_limit_next=args.rate_limit_next,
        retry_after=args.retry_after,
        error_rate=args.error_rate,
        error_status=args.error_status,
        seed=args.fault_seed,
        token_ttl=args.token_ttl,
        rate_limit_rps=args.rate_limit[0],
        rate_limit_burst=args.rate_limit[1],
    )
    for spec in args.fail_op:
        parts = spec.split(":")
        cfg.fail_ops.append(
            OpFailure(
                operation_id=parts[0],
                times=int(parts[1]) if len(parts) > 1 else 1,
                when="after" if len(parts) > 2 and parts[2] == "after" else "before",
                status=int(parts[3]) if len(parts) > 3 else 500,
            )
        )
    return cfg


def main(argv: list[str] | None = None) -> int:
    from nexla_api.runtime.extras import missing_extra_message

    problem = missing_extra_message("sandbox", "nexla-sandbox")
    if problem:
        print(problem, file=sys.stderr)
        return 1
    args = parse_args(argv)
    from .testing import SandboxServer, require_loopback

    try:
        require_loopback(args.host)
    except ValueError as exc:
        print(f"sandbox: {exc}", file=sys.stderr)
        return 2
    server = SandboxServer(
        host=args.host,
        port=args.port,
        db=args.db,
        seed_data=args.seed_data,
        service_key=args.service_key,
        faults=fault_config(args),
        discovery_polls=args.discovery_polls,
        async_task_polls=args.async_task_polls,
        validate_responses=not args.no_response_validation,
        virtual_sleep=False,
    )
    server.start()
    print(
        json.dumps({"url": server.url, "service_key": server.service_key, "db": args.db}),
        flush=True,
    )
    print(f"Nexla sandbox on {server.url}  service key: {server.service_key}", flush=True)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
