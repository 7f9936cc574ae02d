"""One measurement per process: `python -m bench.worker CASE ...` prints a JSON result.

Cases: `parse IMPL KIND N REPS`, `import IMPL`, `request IMPL URL N AUTH ID`,
`request_async IMPL URL N ID`, `get URL PATH N`, `hammer URL SECONDS ID START`, `batch IMPL URL N`,
`envcode VERB URL DIR TAG` (VERB `plan` or `apply`: the `nexla-recipes` command, in process).
IMPL is `ours`, `sdk` or `raw` (raw = httpx + json.loads, the floor).
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from . import payloads
from .servers import SERVICE_KEY, TOKEN

ACCEPT = "application/vnd.nexla.api.v1+json"


def _timed(
    fn: Callable[[], object], reps: int, warm: int, cpu: list[float] | None = None
) -> list[float]:
    """Wall times of `reps` calls (and their CPU times into `cpu`, if given)."""
    for _ in range(warm):
        fn()
    times = []
    for _ in range(reps):
        gc.collect()
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        if cpu is not None:
            cpu.append(time.process_time() - c0)
        del result
    return times


def parse(impl: str, kind: str, n: int, reps: int) -> dict[str, Any]:
    data = payloads.encoded(kind, n)
    fn: Callable[[], object]
    if impl == "raw":

        def fn() -> object:
            return json.loads(data)

    elif impl == "ours":
        import importlib

        import httpx

        name = "sources.get_data_sources" if kind == "sources" else "nexsets.get_nexsets"
        endpoint = importlib.import_module(f"nexla_api.api.{name}")

        def fn() -> object:
            # The path `sync`/`sync_detailed` take once the reply has arrived.
            reply = httpx.Response(200, content=data)
            return endpoint._build_response(reply).parsed

    else:
        if kind == "sources":
            from nexla_sdk.models.sources.responses import Source as Model
        else:
            from nexla_sdk.models.nexsets.responses import Nexset as Model

        def fn() -> object:
            # what BaseResource._parse_response does with the decoded list
            return [
                Model.model_validate(item) if isinstance(item, dict) else item
                for item in json.loads(data)
            ]

    sample = fn()
    assert isinstance(sample, list) and len(sample) == n, "parse returned the wrong count"
    del sample
    cpu: list[float] = []
    times = _timed(fn, reps, warm=1, cpu=cpu)
    return {
        "median_s": statistics.median(times),
        "cpu_s": statistics.median(cpu),
        "times": times,
        "bytes": len(data),
    }


IMPORTS = {
    "ours": "import nexla_api; import nexla_api.api.sources.get_data_source",
    "sdk": "import nexla_sdk; import nexla_sdk.resources.sources",
    "raw": "import httpx",
}


def import_(impl: str) -> dict[str, Any]:
    t0 = time.perf_counter()
    exec(IMPORTS[impl])  # noqa: S102 - fixed strings above
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"s": elapsed, "modules": len(sys.modules)}
    if impl == "ours":
        # Untimed: an endpoint whose body takes typed connector configs must not load the
        # connector catalogue either (it loads on first use of nexla_api.connectors).
        import nexla_api.api.credentials.create_data_credential  # noqa: F401

        out["catalogue_loaded"] = "nexla_api.connectors" in sys.modules
    return out


def _client(impl: str, url: str, token: bool, sid: int) -> tuple[Any, Callable[[], object]]:
    if impl == "ours":
        from nexla_api import NexlaClient
        from nexla_api.api.sources import get_data_source

        ours = (
            NexlaClient(access_token=TOKEN, base_url=url, env={})
            if token
            else NexlaClient(service_key=SERVICE_KEY, base_url=url, env={})
        )
        return ours, lambda: get_data_source.sync(sid, client=ours)
    if impl == "sdk":
        from nexla_sdk import NexlaClient as SdkClient

        sdk = (
            SdkClient(access_token=TOKEN, base_url=url)
            if token
            else SdkClient(service_key=SERVICE_KEY, base_url=url)
        )
        return sdk, lambda: sdk.sources.get(sid)
    import httpx

    if token:
        bearer = TOKEN
    else:
        reply = httpx.post(f"{url}/token", headers={"Authorization": f"Basic {SERVICE_KEY}"})
        bearer = reply.json()["access_token"]
    raw = httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {bearer}", "Accept": ACCEPT}
    )
    return raw, lambda: json.loads(raw.get(f"/data_sources/{sid}").content)


def request(impl: str, url: str, n: int, token: bool, sid: int) -> dict[str, Any]:
    _, call = _client(impl, url, token, sid)
    for _ in range(max(50, n // 10)):
        call()
    times, cpu = [], []
    for _ in range(n):
        c0 = time.process_time()
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    # CPU time per call is the client's own cost, robust to a busy machine; wall is the target.
    return {"median_s": statistics.median(times), "cpu_s": statistics.fmean(cpu), "n": n}


def request_async(impl: str, url: str, n: int, sid: int) -> dict[str, Any]:
    """Per-request time of sequential awaited calls (ours via `asyncio`, raw httpx.AsyncClient)."""
    import asyncio

    import httpx

    async def run() -> list[float]:
        call: Callable[[], Any]
        if impl == "ours":
            from nexla_api import NexlaClient
            from nexla_api.api.sources import get_data_source

            ours = NexlaClient(access_token=TOKEN, base_url=url, env={})

            def call() -> Any:
                return get_data_source.asyncio(sid, client=ours)

        else:
            raw = httpx.AsyncClient(
                base_url=url, headers={"Authorization": f"Bearer {TOKEN}", "Accept": ACCEPT}
            )

            async def fetch() -> Any:
                return json.loads((await raw.get(f"/data_sources/{sid}")).content)

            call = fetch
        for _ in range(max(50, n // 10)):
            await call()
        times = []
        c0 = time.process_time()
        for _ in range(n):
            t0 = time.perf_counter()
            await call()
            times.append(time.perf_counter() - t0)
        cpu.append((time.process_time() - c0) / n)
        return times

    cpu: list[float] = []
    times = asyncio.run(run())
    return {"median_s": statistics.median(times), "cpu_s": cpu[0], "n": n}


def hammer(url: str, seconds: float, sid: int, start_at: float) -> dict[str, Any]:
    """Raw GETs of one source back to back for `seconds` from wall time `start_at`."""
    import httpx

    reply = httpx.post(f"{url}/token", headers={"Authorization": f"Basic {SERVICE_KEY}"})
    bearer = reply.json()["access_token"]
    client = httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {bearer}", "Accept": ACCEPT}
    )
    client.get(f"/data_sources/{sid}").raise_for_status()
    time.sleep(max(0.0, start_at - time.time()))
    count = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        client.get(f"/data_sources/{sid}").raise_for_status()
        count += 1
    return {"count": count, "seconds": seconds}


def get_times(url: str, path: str, n: int) -> dict[str, Any]:
    """Median wall time of raw `GET path` (a bearer token from the service key)."""
    import httpx

    reply = httpx.post(f"{url}/token", headers={"Authorization": f"Basic {SERVICE_KEY}"})
    bearer = reply.json()["access_token"]
    client = httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {bearer}", "Accept": ACCEPT}, timeout=60
    )
    for _ in range(max(3, n // 10)):
        client.get(path).raise_for_status()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        client.get(path).raise_for_status()
        times.append(time.perf_counter() - t0)
    return {"median_s": statistics.median(times), "n": n}


def batch(impl: str, url: str, n: int, concurrency: int) -> dict[str, Any]:
    configs = {
        "sources": [
            {
                "name": f"batch-{i:05d}",
                "source_type": "s3",
                "source_config": {"path": f"orders/{i}/", "file_format": "json"},
            }
            for i in range(n)
        ]
    }
    if impl in ("ours", "unpaced"):
        from nexla_api import NexlaClient, Pacer
        from nexla_recipes.batch_create import batch_create

        # impl "unpaced": the client only honours Retry-After (what it did before pacing).
        pacer = Pacer(adaptive=False) if impl == "unpaced" else None
        client = NexlaClient(service_key=SERVICE_KEY, base_url=url, env={}, pacer=pacer)
        t0 = time.perf_counter()
        report = batch_create(client, "sources", configs["sources"], concurrency=concurrency)
        wall = time.perf_counter() - t0
        counts = dict(report.counts)
    else:
        from nexla_sdk import NexlaClient as SdkClient

        from .recipe6 import batch_create_sources

        sdk = SdkClient(service_key=SERVICE_KEY, base_url=url)
        t0 = time.perf_counter()
        results = batch_create_sources(sdk, configs)
        wall = time.perf_counter() - t0
        counts = {k: len(v) for k, v in results.items()}
        if results["failed"]:
            counts["first_error"] = results["failed"][0]["error"][:300]
    return {"wall_s": wall, "counts": counts}


def envcode(verb: str, url: str, directory: str, tag: str) -> dict[str, Any]:
    """`nexla-recipes plan|apply DIR --tag TAG` run in this process, as a user runs it (the
    client comes from the environment); the wall time excludes interpreter start-up only."""
    import contextlib
    import io
    import os
    from pathlib import Path

    from nexla_recipes.cli import main as cli

    from .envdir import secret_env

    os.environ.update(secret_env(), NEXLA_SERVICE_KEY=SERVICE_KEY, NEXLA_API_URL=url)
    argv = [verb.split("-")[0], directory, "--tag", tag, "--json"]
    if verb.startswith("apply"):
        journal = Path(directory).with_suffix(".apply.jsonl")
        journal.unlink(missing_ok=True)
        argv += ["--journal", str(journal)]
    if verb == "apply":
        argv.append("--auto-approve")
    elif verb == "apply-confirm":  # at a terminal: the plan is shown, the user answers y
        import builtins

        sys.stdin.isatty = lambda: True  # type: ignore[method-assign]
        builtins.input = lambda prompt="": "y"
    stdout = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(stdout):
        code = cli(argv)
    wall = time.perf_counter() - t0
    text = stdout.getvalue()
    doc = json.loads(text[text.index("\n{") + 1 :] if not text.startswith("{") else text)
    out: dict[str, Any] = {"wall_s": wall, "exit_code": code}
    if verb == "plan":
        items = doc.get("items") or []
        out["changes"] = len(items)
        out["errors"] = doc.get("errors") or []
    else:
        steps = doc.get("steps") or []
        out["status"] = doc.get("status")
        out["steps"] = len(steps)
        out["failed"] = sum(1 for s in steps if s.get("status") == "failed")
        out["reconciled"] = sum(1 for s in steps if s.get("status") == "reconciled")
        out["error"] = doc.get("error")
    return out


def main(argv: list[str]) -> None:
    case, *args = argv
    if case == "parse":
        out = parse(args[0], args[1], int(args[2]), int(args[3]))
    elif case == "import":
        out = import_(args[0])
    elif case == "request":
        out = request(args[0], args[1], int(args[2]), args[3] == "token", int(args[4]))
    elif case == "request_async":
        out = request_async(args[0], args[1], int(args[2]), int(args[3]))
    elif case == "hammer":
        out = hammer(args[0], float(args[1]), int(args[2]), float(args[3]))
    elif case == "get":
        out = get_times(args[0], args[1], int(args[2]))
    elif case == "batch":
        out = batch(args[0], args[1], int(args[2]), int(args[3]))
    elif case == "envcode":
        out = envcode(args[0], args[1], args[2], args[3])
    else:
        raise SystemExit(f"unknown case {case!r}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
