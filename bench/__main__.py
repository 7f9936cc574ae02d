"""`python -m bench` (run by `nox -s bench`): every measurement in one run, on the same payloads.

Sections (`--only` takes a comma list), in run order: regen, check, parse, import, request,
sandbox, batch, ratelimit, ratelimit-apply.
Each measurement runs in a fresh process; servers run in their own processes too. Prints a
table of medians and ratios and writes it, with the raw timings, to `build/bench.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from .servers import SERVICE_KEY

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "regen",
    "check",
    "parse",
    "import",
    "request",
    "sandbox",
    "batch",
    "ratelimit",
    "ratelimit-apply",
)
IMPLS = ("ours", "sdk", "raw")


def _worker(*args: object, timeout: float = 900) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.worker", *map(str, args)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd[2:])} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


class Server:
    def __init__(self, kind: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.servers", kind],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http"):
            raise RuntimeError(f"{kind} server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _progress(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def bench_parse(quick: bool) -> dict[str, Any]:
    reps = 3 if quick else 7
    out: dict[str, Any] = {}
    for kind in ("sources", "nexsets"):
        for impl in IMPLS:
            _progress(f"parse {kind} {impl}")
            out[f"{kind}/{impl}"] = _worker("parse", impl, kind, 10000, reps)
    return out


def bench_import(quick: bool) -> dict[str, Any]:
    runs = 5 if quick else 9
    out: dict[str, Any] = {}
    for impl in IMPLS:
        _progress(f"import {impl}")
        _worker("import", impl)  # compile .pyc first: we measure imports, not compilation
        results = [_worker("import", impl) for _ in range(runs)]
        times = [r["s"] for r in results]
        out[impl] = {"median_s": statistics.median(times), "times": times, **results[0]}
    return out


def _api(url: str) -> httpx.Client:
    token = httpx.post(f"{url}/token", headers={"Authorization": f"Basic {SERVICE_KEY}"})
    token.raise_for_status()
    return httpx.Client(
        base_url=url,
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
        timeout=30,
    )


def _seed_sources(url: str, n: int, prefix: str) -> list[int]:
    ids = []
    with _api(url) as api:
        for i in range(n):
            reply = api.post(
                "/data_sources",
                json={"name": f"{prefix}-{i:05d}", "source_type": "s3", "source_config": {}},
            )
            reply.raise_for_status()
            ids.append(int(reply.json()["id"]))
    return ids


def bench_request(quick: bool) -> dict[str, Any]:
    n = 500 if quick else 2000
    out: dict[str, Any] = {}
    null, sandbox = Server("null"), Server("sandbox")
    try:
        (source_id,) = _seed_sources(sandbox.url, 1, "one")
        for name, server, auth, sid in (
            ("null", null, "token", 1),
            ("sandbox", sandbox, "key", source_id),
        ):
            for impl in IMPLS:
                _progress(f"request {name} {impl}")
                out[f"{name}/{impl}"] = _worker("request", impl, server.url, n, auth, sid)
        for impl in ("ours", "raw"):
            _progress(f"request null async {impl}")
            out[f"null-async/{impl}"] = _worker("request_async", impl, null.url, n, 1)
    finally:
        null.stop()
        sandbox.stop()
    return out


def bench_sandbox(quick: bool) -> dict[str, Any]:
    """The sandbox as the bench serves it (request validation on, reply validation off):
    median `GET /data_sources/{id}`, a page of 1,000 sources, and requests/s for 4 clients
    (each its own process) hitting it at once."""
    sandbox = Server("sandbox")
    try:
        _progress("sandbox: seeding 1000 sources")
        ids = _seed_sources(sandbox.url, 1000, "listed")
        out: dict[str, Any] = {}
        _progress("sandbox: GET one source")
        out["get"] = _worker("get", sandbox.url, f"/data_sources/{ids[0]}", 300 if quick else 1000)
        _progress("sandbox: GET a page of 1000")
        out["list"] = _worker(
            "get", sandbox.url, "/data_sources?page=1&per_page=1000", 10 if quick else 30
        )
        seconds = 3.0 if quick else 8.0
        _progress(f"sandbox: 4 concurrent clients for {seconds:g} s")
        start_at = time.time() + 2.0
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bench.worker",
                    "hammer",
                    sandbox.url,
                    str(seconds),
                    str(ids[0]),
                    str(start_at),
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        counts = []
        for proc in procs:
            stdout, _ = proc.communicate(timeout=120)
            counts.append(json.loads(stdout.strip().splitlines()[-1])["count"])
        out["concurrent"] = {
            "clients": 4,
            "seconds": seconds,
            "counts": counts,
            "rps": sum(counts) / seconds,
        }
    finally:
        sandbox.stop()
    return out


def bench_batch(quick: bool, n: int, existing: int, latency_ms: int) -> dict[str, Any]:
    out: dict[str, Any] = {"n": n, "existing": existing, "latency_ms": latency_ms}
    sandbox = Server("sandbox")
    admin = httpx.Client(base_url=sandbox.url, timeout=30)
    try:
        for impl, label in (("ours", "ours"), ("sdk", "recipe6")):
            runs = 1 if quick or impl == "sdk" else 3
            results = []
            for _ in range(runs):
                admin.post("/_sandbox/reset", json={"seed_data": False}).raise_for_status()
                admin.delete("/_sandbox/faults").raise_for_status()
                _progress(f"batch {label}: seeding {existing} sources")
                _seed_sources(sandbox.url, existing, "existing")
                admin.put("/_sandbox/faults", json={"latency_ms": latency_ms}).raise_for_status()
                admin.delete("/_bench/count").raise_for_status()
                _progress(f"batch {label}: creating {n}")
                result = _worker("batch", impl, sandbox.url, n, 16)
                result["requests"] = admin.get("/_bench/count").json()["count"]
                results.append(result)
            walls = [r["wall_s"] for r in results]
            out[label] = {
                "median_s": statistics.median(walls),
                "walls": walls,
                "requests": results[0]["requests"],
                "counts": results[0]["counts"],
            }
    finally:
        admin.close()
        sandbox.stop()
    return out


def bench_ratelimit(n: int, existing: int, rps: float, impl: str = "ours") -> dict[str, Any]:
    """Batch-create `n` sources over `existing` ones against a sandbox limiting each token to
    `rps` requests a second (bursts of one second's worth), as Nexla does.

    The floor is the requests the server accepted divided by `rps`: no client can finish
    sooner. Refused (429) requests are counted by the sandbox.
    """
    sandbox = Server("sandbox")
    admin = httpx.Client(base_url=sandbox.url, timeout=30)
    try:
        _progress(f"ratelimit: seeding {existing} sources")
        _seed_sources(sandbox.url, existing, "existing")
        admin.put("/_sandbox/faults", json={"rate_limit_rps": rps}).raise_for_status()
        admin.delete("/_bench/count").raise_for_status()
        _progress(f"ratelimit: creating {n} at {rps:g} req/s")
        result = _worker("batch", impl, sandbox.url, n, 16)
        requests = admin.get("/_bench/count").json()["count"]
        refused = admin.get("/_sandbox/state").json()["injected"]["throttled"]
    finally:
        admin.close()
        sandbox.stop()
    accepted = requests - refused
    floor = accepted / rps
    return {
        "client": impl,
        "n": n,
        "existing": existing,
        "rps": rps,
        "requests": requests,
        "accepted": accepted,
        "refused_429": refused,
        "floor_s": floor,
        "wall_s": result["wall_s"],
        "counts": result["counts"],
    }


def bench_ratelimit_apply(rps: float, directory: Path) -> dict[str, Any]:
    """`plan`, `apply --auto-approve` (creating 200 resources), `plan` again, then an edit of
    20 destinations applied as at a terminal (plan shown, confirmed) of one desired-state
    directory, against a sandbox limiting each token to `rps` requests a second.

    Each step is measured like the batch-create one: the requests the server saw, the 429s
    it answered, the floor (accepted requests / `rps`) and the wall time of the command.
    """
    from .envdir import TAG, edit, write

    resources = write(directory)
    sandbox = Server("sandbox")
    admin = httpx.Client(base_url=sandbox.url, timeout=30)
    out: dict[str, Any] = {"rps": rps, "resources": resources}
    try:
        admin.put("/_sandbox/faults", json={"rate_limit_rps": rps}).raise_for_status()
        steps = (
            ("plan", "plan"),
            ("apply", "apply"),
            ("replan", "plan"),
            ("update", "apply-confirm"),
        )
        for step, verb in steps:
            if step == "update":
                out["edited"] = edit(directory, 20)
            # a fresh bucket: each command starts as a user would, after a pause
            admin.put("/_sandbox/faults", json={"rate_limit_rps": 0}).raise_for_status()
            admin.put("/_sandbox/faults", json={"rate_limit_rps": rps}).raise_for_status()
            admin.delete("/_bench/count").raise_for_status()
            before = admin.get("/_sandbox/state").json()["injected"]["throttled"]
            _progress(f"ratelimit-apply: {step} of {resources} resources at {rps:g} req/s")
            result = _worker("envcode", verb, sandbox.url, directory, TAG)
            requests = admin.get("/_bench/count").json()["count"]
            refused = admin.get("/_sandbox/state").json()["injected"]["throttled"] - before
            accepted = requests - refused
            out[step] = {
                **result,
                "requests": requests,
                "accepted": accepted,
                "refused_429": refused,
                "floor_s": accepted / rps,
            }
    finally:
        admin.close()
        sandbox.stop()
    return out


def _time(cmd: list[str], runs: int) -> dict[str, Any]:
    times, codes = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        codes.append(proc.returncode)
        if proc.returncode:
            _progress(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-500:]}")
    return {"median_s": statistics.median(times), "times": times, "exit_codes": codes}


def bench_regen(quick: bool) -> dict[str, Any]:
    _progress("regenerate")
    return _time([sys.executable, "-m", "bench.regen"], 1 if quick else 3)


def bench_check(nox: str) -> dict[str, Any]:
    _progress("nox -s check (warm-up run, then the timed one)")
    cmd = [*shlex.split(nox), "-s", "check"]
    _time(cmd, 1)
    return _time(cmd, 1)


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def table(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows: metric, ours, sdk, raw, ours/sdk, ours/raw, target, met."""
    rows: list[dict[str, Any]] = []

    def row(
        metric: str,
        ours: float | None,
        sdk: float | None,
        raw: float | None,
        unit: str,
        target: str,
        met: bool | None,
    ) -> None:
        rows.append(
            {
                "metric": metric,
                "unit": unit,
                "ours": ours,
                "sdk": sdk,
                "raw": raw,
                "ours/sdk": _ratio(ours, sdk),
                "ours/raw": _ratio(ours, raw),
                "target": target,
                "met": met,
            }
        )

    parse = results.get("parse")
    if parse:
        for kind, raw_cap in (("sources", 2.0), ("nexsets", 1.2)):
            o, s, r = (parse[f"{kind}/{i}"]["median_s"] * 1000 for i in IMPLS)
            sdk_cap = 0.4 if kind == "sources" else 0.5
            row(
                f"parse 10k {kind}",
                o,
                s,
                r,
                "ms",
                f"≤{sdk_cap}× sdk, ≤{raw_cap}× raw",
                o <= sdk_cap * s and o <= raw_cap * r,
            )
        for kind in ("sources", "nexsets"):
            if "cpu_s" in parse[f"{kind}/ours"]:
                o, s, r = (parse[f"{kind}/{i}"]["cpu_s"] * 1000 for i in IMPLS)
                row(f"parse 10k {kind} (CPU time)", o, s, r, "ms", "(info)", None)
    imp = results.get("import")
    if imp:
        o, s, r = (imp[i]["median_s"] * 1000 for i in IMPLS)
        row("cold import (pkg + 1 endpoint)", o, s, r, "ms", "≤1.4× raw", o <= 1.4 * r)
        loaded = imp["ours"].get("catalogue_loaded")
        if loaded is not None:
            print(
                f"  connector catalogue loaded by an endpoint import: {'yes' if loaded else 'no'}"
            )
    req = results.get("request")
    if req:
        for name in ("null", "sandbox"):
            o, s, r = (req[f"{name}/{i}"]["median_s"] * 1e6 for i in IMPLS)
            met = o <= 1.1 * r if name == "null" else None
            target = "≤1.1× raw" if name == "null" else "(info)"
            row(f"get_data_source, {name} server", o, s, r, "µs", target, met)
        if "null-async/ours" in req:
            o, r = (req[f"null-async/{i}"]["median_s"] * 1e6 for i in ("ours", "raw"))
            row("get_data_source async, null server", o, None, r, "µs", "≤1.1× raw", o <= 1.1 * r)
        for name in ("null", "null-async"):
            if "cpu_s" in req.get(f"{name}/ours", {}):
                o, r = (req[f"{name}/{i}"]["cpu_s"] * 1e6 for i in ("ours", "raw"))
                label = "async" if name == "null-async" else "sync"
                row(f"client CPU per call, {label}, null server", o, None, r, "µs", "(info)", None)
    sb = results.get("sandbox")
    if sb:
        get_ms = sb["get"]["median_s"] * 1000
        list_ms = sb["list"]["median_s"] * 1000
        row("sandbox GET /data_sources/{id}", get_ms, None, None, "ms", "≤1.5 ms", get_ms <= 1.5)
        row("sandbox list of 1,000", list_ms, None, None, "ms", "≤30 ms", list_ms <= 30)
        row(
            "sandbox, 4 concurrent clients",
            sb["concurrent"]["rps"],
            None,
            None,
            "req/s",
            "(info)",
            None,
        )
    batch = results.get("batch")
    if batch:
        o, s = batch["ours"]["median_s"], batch["recipe6"]["median_s"]
        row("batch create 1k: wall", o, s, None, "s", "≤0.1× recipe 6", o <= 0.1 * s)
        oq, sq = batch["ours"]["requests"], batch["recipe6"]["requests"]
        row("batch create 1k: requests", oq, sq, None, "n", "≤0.55× recipe 6", oq <= 0.55 * sq)
    rl = results.get("ratelimit")
    if rl:
        failed = rl["counts"].get("failed", 0)
        share = rl["refused_429"] / rl["requests"] if rl["requests"] else 0.0
        ratio = rl["wall_s"] / rl["floor_s"]
        label = f"batch {rl['n']} over {rl['existing']} at {rl['rps']:g} req/s"
        if rl.get("client") == "unpaced":
            label += " (unpaced)"
        row(f"{label}: wall/floor", ratio, None, None, "×", "≤1.1× floor", ratio <= 1.1)
        row(f"{label}: wall", rl["wall_s"], None, None, "s", "(info)", None)
        row(f"{label}: floor", rl["floor_s"], None, None, "s", "(info)", None)
        row(f"{label}: requests", rl["requests"], None, None, "n", "(info)", None)
        row(f"{label}: 429s", rl["refused_429"], None, None, "n", "≤2 % of requests", share <= 0.02)
        row(f"{label}: failed items", failed, None, None, "n", "0", failed == 0)
    ra = results.get("ratelimit-apply")
    if ra:
        for step, title in (
            ("plan", "plan (nothing exists)"),
            ("apply", "apply"),
            ("replan", "plan after apply"),
            ("update", f"apply of {ra.get('edited', 0)} edits, confirmed at a terminal"),
        ):
            if step not in ra:
                continue
            r = ra[step]
            label = f"{ra['resources']} resources at {ra['rps']:g} req/s, {title}"
            ratio = r["wall_s"] / r["floor_s"] if r["floor_s"] else None
            share = r["refused_429"] / r["requests"] if r["requests"] else 0.0
            # Requests that fit in the server's first burst (one second's worth) never meet
            # the limit: such a step is bound by latency, and its floor is information only.
            bound = r["accepted"] > ra["rps"]
            row(
                f"{label}: wall/floor",
                ratio,
                None,
                None,
                "×",
                "≤1.1× floor" if bound else "(info: within one burst)",
                (ratio is not None and ratio <= 1.1) if bound else None,
            )
            row(f"{label}: wall", r["wall_s"], None, None, "s", "(info)", None)
            row(f"{label}: floor", r["floor_s"], None, None, "s", "(info)", None)
            row(f"{label}: requests", r["requests"], None, None, "n", "(info)", None)
            row(
                f"{label}: 429s",
                r["refused_429"],
                None,
                None,
                "n",
                "≤2 % of requests",
                share <= 0.02,
            )
            if step in ("apply", "update"):
                failed = r["failed"] + (0 if r["status"] == "applied" else 1)
                row(f"{label}: failed steps", r["failed"], None, None, "n", "0", failed == 0)
            else:
                want = ra["resources"] if step == "plan" else 0
                row(
                    f"{label}: changes",
                    r["changes"],
                    None,
                    None,
                    "n",
                    str(want),
                    r["changes"] == want and not r["errors"],
                )
    if "regen" in results:
        t = results["regen"]["median_s"]
        row("full regenerate", t, None, None, "s", "≤10 s", t <= 10)
    if "check" in results:
        t = results["check"]["median_s"]
        row("warm nox -s check", t, None, None, "s", "≤3 s", t <= 3)
    return rows


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "NO"
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v) < 100 else f"{v:.0f}"
    return str(v)


def render(rows: list[dict[str, Any]]) -> str:
    cols = ["metric", "unit", "ours", "sdk", "raw", "ours/sdk", "ours/raw", "target", "met"]
    cells = [cols] + [[_fmt(r[c]) for c in cols] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(cols))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench.json")
    parser.add_argument("--label", default="", help="also keep a copy as bench-LABEL.json")
    parser.add_argument("--nox", default="nox", help="command that runs nox (for `check`)")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--existing", type=int, default=1000)
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--rate-batch", type=int, default=2000, help="ratelimit: sources to create")
    parser.add_argument("--rate-existing", type=int, default=2000, help="ratelimit: existing")
    parser.add_argument("--rps", type=float, default=50.0, help="ratelimit: the sandbox's limit")
    parser.add_argument(
        "--unpaced", action="store_true", help="ratelimit: a client that only honours Retry-After"
    )
    args = parser.parse_args()
    only = [s for s in args.only.split(",") if s]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    results: dict[str, Any] = {}
    for section in SECTIONS:
        if section not in only:
            continue
        if section == "parse":
            results["parse"] = bench_parse(args.quick)
        elif section == "import":
            results["import"] = bench_import(args.quick)
        elif section == "request":
            results["request"] = bench_request(args.quick)
        elif section == "sandbox":
            results["sandbox"] = bench_sandbox(args.quick)
        elif section == "batch":
            results["batch"] = bench_batch(
                args.quick, args.batch_size, args.existing, args.latency_ms
            )
        elif section == "ratelimit":
            results["ratelimit"] = bench_ratelimit(
                args.rate_batch, args.rate_existing, args.rps, "unpaced" if args.unpaced else "ours"
            )
        elif section == "ratelimit-apply":
            results["ratelimit-apply"] = bench_ratelimit_apply(
                args.rps, args.out.parent / "bench-apply-dir"
            )
        elif section == "regen":
            results["regen"] = bench_regen(args.quick)
        elif section == "check":
            results["check"] = bench_check(args.nox)
    rows = table(results)
    print(render(rows))
    doc = {
        "label": args.label,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "seconds": round(time.perf_counter() - started, 1),
        "table": rows,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    if args.label:
        args.out.with_name(f"{args.out.stem}-{args.label}.json").write_text(
            json.dumps(doc, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {args.out} ({doc['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
