"""Bounded load test of the web API on loopback (issue 7): the real application under uvicorn in a
subprocess, warmed up, then 20 concurrent clients (threads, one keep-alive httpx client each) send a fixed
number of requests each, cycling through match, exposure and paths with a fixed set of queries — after the
warm-up round every answer is a cached look-up. Reports p50/p95/max latency, throughput and errors per
endpoint; the floor is p95 <= 100 ms for cached look-ups on 2 cores.

    .venv/bin/python benchmarks/web_load.py [--clients 20] [--requests 150] [--json FILE]

Rate limiting is turned off for the run (JALUR_RATE_PER_MINUTE=0, JALUR_ADDRESS_RATE_PER_MINUTE=0: 20
clients on one address would be limited, which is the point of the limiter, not of this test); the store is
a temporary SQLite file. The server starts its two job workers as usual (idle here).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

FLOOR_P95_MS = 100.0

QUERIES: dict[str, list[dict[str, str]]] = {
    "match": [
        {"text": "driver ojol"},
        {"text": "teller bank"},
        {"text": "guru sekolah dasar"},
        {"text": "software engineer"},
        {"text": "kasir minimarket"},
    ],
    "exposure": [{"query": q} for q in ("4211", "8321", "5230", "2512", "teller bank")],
    "paths": [{"query": q} for q in ("4211", "8321", "5230", "4132", "2512")],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, tmp: Path, log: Any) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "JALUR_DATABASE_URL": f"sqlite:///{tmp / 'web.sqlite'}",
        "JALUR_WEB_FILES": str(tmp / "files"),
        "JALUR_RATE_PER_MINUTE": "0",
        "JALUR_ADDRESS_RATE_PER_MINUTE": "0",
        "HF_HUB_OFFLINE": "1",
    }
    code = f"from jalur.faces.web.app import serve; serve('127.0.0.1', {port})"
    # the server's log goes to a file: a pipe nobody reads would fill up and stall the server
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_ready(base: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            err = log_path.read_text(encoding="utf-8", errors="replace")
            raise SystemExit(f"server exited ({proc.returncode}):\n{err[-2000:]}")
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not become ready")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run(clients: int, requests_each: int, base: str) -> dict[str, Any]:
    plan = [(ep, params) for ep in QUERIES for params in QUERIES[ep]]
    # warm-up: every query once (fills the caches), not measured
    with httpx.Client(base_url=base, timeout=60) as c:
        for ep, params in plan:
            r = c.get(f"/api/v1/{ep}", params=params)
            if r.status_code != 200:
                raise SystemExit(f"warm-up {ep} {params}: HTTP {r.status_code} {r.text[:200]}")
    latencies: dict[str, list[float]] = {ep: [] for ep in QUERIES}
    errors: dict[str, int] = dict.fromkeys(QUERIES, 0)
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client(n: int) -> None:
        mine: dict[str, list[float]] = {ep: [] for ep in QUERIES}
        bad: dict[str, int] = dict.fromkeys(QUERIES, 0)
        with httpx.Client(base_url=base, timeout=30) as c:
            barrier.wait()
            for i in range(requests_each):
                ep, params = plan[(n + i) % len(plan)]
                t0 = time.perf_counter()
                try:
                    r = c.get(f"/api/v1/{ep}", params=params)
                    ok = r.status_code == 200
                    r.read()
                except httpx.HTTPError:
                    ok = False
                mine[ep].append((time.perf_counter() - t0) * 1000)
                bad[ep] += 0 if ok else 1
        with lock:
            for ep in QUERIES:
                latencies[ep].extend(mine[ep])
                errors[ep] += bad[ep]

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    endpoints = {}
    for ep, lat in latencies.items():
        endpoints[ep] = {
            "requests": len(lat),
            "errors": errors[ep],
            "p50_ms": round(percentile(lat, 0.50), 2),
            "p95_ms": round(percentile(lat, 0.95), 2),
            "max_ms": round(max(lat), 2) if lat else None,
            "mean_ms": round(statistics.fmean(lat), 2) if lat else None,
        }
    everything = [x for lat in latencies.values() for x in lat]
    return {
        "clients": clients,
        "requests_per_client": requests_each,
        "requests": len(everything),
        "wall_s": round(wall, 2),
        "throughput_rps": round(len(everything) / wall, 1),
        "overall": {
            "p50_ms": round(percentile(everything, 0.50), 2),
            "p95_ms": round(percentile(everything, 0.95), 2),
            "errors": sum(errors.values()),
        },
        "endpoints": endpoints,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=150, help="requests per client")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="jalur-web-load-") as tmp:
        log_path = Path(tmp) / "server.log"
        with log_path.open("wb") as log:
            proc = start_server(port, Path(tmp), log)
        try:
            startup = wait_ready(base, proc, log_path)
            result = run(args.clients, args.requests, base)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    worst = max(e["p95_ms"] for e in result["endpoints"].values())
    result.update(
        {
            "startup_s": round(startup, 1),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "floor_p95_ms": FLOOR_P95_MS,
            "floor_met": worst <= FLOOR_P95_MS and result["overall"]["errors"] == 0,
        }
    )
    print(
        f"{args.clients} clients x {args.requests} requests, {result['throughput_rps']} req/s, {os.cpu_count()} CPUs"
    )
    print(f"{'endpoint':<10} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for ep, e in result["endpoints"].items():
        print(
            f"{ep:<10} {e['requests']:>8} {e['errors']:>6} {e['p50_ms']:>8} {e['p95_ms']:>8} {e['max_ms']:>8}"
        )
    print(f"floor p95 <= {FLOOR_P95_MS:.0f} ms and no errors: {'met' if result['floor_met'] else 'NOT met'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["floor_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
