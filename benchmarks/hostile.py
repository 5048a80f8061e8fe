"""Issue 13's floors for the employer service, measured against a real server (``jalur serve`` in a
subprocess on loopback, its own worker processes, a temporary SQLite store):

1. every hostile file (``tests/hostile_files.py``): outcome (4xx code or finished job), seconds, peak resident
   memory of the whole service (server + workers + isolated readers), and look-up latency (p95) from a client
   asking all the while — floors: ≤ 20 s, ≤ 1.5 GB, p95 ≤ 100 ms;
2. fairness: one organisation uploads 8 bank rosters (5,000 staff each), then another a 40-row roster —
   seconds until the small job starts (floor ≤ 10 s);
3. mixed load: 20 look-up clients and 3 uploaders (the bank roster, in a loop) for ``--mixed-seconds`` —
   look-up p95 (floor ≤ 150 ms), uploads accepted;
4. status of a 200,000-row upload polled by 10 clients: status p50/p95, and look-up p50 meanwhile.

    .venv/bin/python benchmarks/hostile.py [--json benchmarks/results-hostile.json] [--mixed-seconds 30]

Rate limits are off for the run (every client is on 127.0.0.1); job workers: 2 (the default).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_files import ALL_HOSTILE  # noqa: E402
from tests.live_server import LiveServer, MemoryPeak, lookups_during, percentile  # noqa: E402

SAMPLES = ROOT / "data" / "samples"
FLOORS = {
    "seconds": 20.0,
    "peak_mb": 1536.0,
    "lookup_p95_ms": 100.0,
    "fair_start_s": 10.0,
    "mixed_p95_ms": 150.0,
}


def hostile(srv: LiveServer, key: str) -> list[dict[str, Any]]:
    out = []
    assert srv.proc is not None
    for name, make in ALL_HOSTILE.items():
        filename, data = make()
        with MemoryPeak(srv.proc.pid) as mem, lookups_during(srv.base) as lat:
            t0 = time.monotonic()
            r = srv.upload(key, filename, data)
            if r.status_code == 202:
                st = srv.wait_job(key, r.json()["job_id"], timeout=120)
                outcome = f"job {st['status']} ({st['upload']['rows_accepted']} in, {st['upload']['rows_rejected']} out)"
            else:
                outcome = f"{r.status_code} {r.json()['error']['code']}"
            seconds = time.monotonic() - t0
        ok = [x for x in lat if x >= 0]
        out.append(
            {
                "file": name,
                "bytes": len(data),
                "outcome": outcome,
                "seconds": round(seconds, 2),
                "peak_mb": round(mem.peak / 1024**2, 1),
                "lookups": len(lat),
                "lookup_failures": len(lat) - len(ok),
                "lookup_p95_ms": round(percentile(ok, 0.95), 1) if ok else None,
                "incoming_left": sum(1 for _ in (srv.files / ".incoming").iterdir()),
            }
        )
        print(
            f"  {name:<26} {len(data):>10,} B  {outcome:<34} {seconds:6.2f} s  {out[-1]['peak_mb']:7.1f} MB  "
            f"p95 {out[-1]['lookup_p95_ms']} ms",
            flush=True,
        )
    return out


def fairness(srv: LiveServer) -> dict[str, Any]:
    _, flood = srv.org("Flood")
    _, small = srv.org("Small")
    bank = (SAMPLES / "bank-nusantara.csv").read_bytes()
    flooded = [srv.upload(flood, f"bank-{i}.csv", bank).json()["job_id"] for i in range(8)]
    t0 = time.monotonic()
    job = srv.upload(small, "toko.csv", (SAMPLES / "toko-kecil.csv").read_bytes()).json()["job_id"]
    while srv.status(small, job)["status"] == "queued" and time.monotonic() - t0 < 120:
        time.sleep(0.05)
    started = time.monotonic() - t0
    done = srv.wait_job(small, job, timeout=300)
    finished = time.monotonic() - t0
    for j in flooded:
        srv.client.post(f"/api/v1/reports/{j}/cancel", headers={"X-API-Key": flood})
    return {
        "flood_jobs": len(flooded),
        "small_job_started_s": round(started, 2),
        "small_job_done_s": round(finished, 2),
        "small_job_status": done["status"],
    }


def mixed(srv: LiveServer, seconds: float) -> dict[str, Any]:
    keys = [srv.org(f"Mixed {i}")[1] for i in range(3)]
    bank = (SAMPLES / "bank-nusantara.csv").read_bytes()
    stop = threading.Event()
    latencies: list[float] = []
    failures = 0
    uploads: list[int] = []
    lock = threading.Lock()
    queries = [
        "teller bank",
        "driver ojol",
        "kasir",
        "perawat",
        "guru sd",
        "admin olshop",
        "satpam",
        "akuntan",
    ]

    def looker(n: int) -> None:
        nonlocal failures
        with httpx.Client(base_url=srv.base, timeout=30) as c:
            i = n
            while not stop.is_set():
                t0 = time.perf_counter()
                try:
                    ok = c.get("/api/v1/match", params={"text": queries[i % len(queries)]}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    if ok:
                        latencies.append((time.perf_counter() - t0) * 1000)
                    else:
                        failures += 1
                i += 1

    def uploader(key: str) -> None:
        with httpx.Client(base_url=srv.base, timeout=120) as c:
            while not stop.is_set():
                r = c.post("/api/v1/reports", headers={"X-API-Key": key}, files={"file": ("bank.csv", bank)})
                with lock:
                    uploads.append(r.status_code)
                if r.status_code == 202:  # one at a time per uploader: wait for its job
                    job = r.json()["job_id"]
                    while not stop.is_set() and c.get(
                        f"/api/v1/reports/{job}", headers={"X-API-Key": key}
                    ).json()["status"] in ("queued", "running"):
                        time.sleep(0.5)

    threads = [threading.Thread(target=looker, args=(n,)) for n in range(20)] + [
        threading.Thread(target=uploader, args=(k,)) for k in keys
    ]
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    return {
        "seconds": seconds,
        "lookup_clients": 20,
        "uploaders": 3,
        "lookups": len(latencies),
        "lookup_failures": failures,
        "lookup_p50_ms": round(percentile(latencies, 0.5), 1),
        "lookup_p95_ms": round(percentile(latencies, 0.95), 1),
        "uploads": {str(k): uploads.count(k) for k in sorted(set(uploads))},
    }


def status_of_a_big_upload(srv: LiveServer) -> dict[str, Any]:
    _, key = srv.org("Big")
    rows = ["Jabatan,Unit Kerja,Lokasi,Gaji"] + [
        f"Teller {i % 300},Kas {i % 50},Kota {i % 30},{4_000_000 + i % 7 * 250_000}" for i in range(200_000)
    ]
    r = srv.upload(key, "big.csv", ("\n".join(rows) + "\n").encode())
    job = r.json()["job_id"]
    status_ms: list[float] = []
    stop = threading.Event()

    def poller() -> None:
        with httpx.Client(base_url=srv.base, timeout=30) as c:
            while not stop.is_set():
                t0 = time.perf_counter()
                c.get(f"/api/v1/reports/{job}", headers={"X-API-Key": key})
                status_ms.append((time.perf_counter() - t0) * 1000)

    pollers = [threading.Thread(target=poller) for _ in range(10)]
    with lookups_during(srv.base) as lat:
        for t in pollers:
            t.start()
        time.sleep(10)
        stop.set()
        for t in pollers:
            t.join()
    srv.client.post(f"/api/v1/reports/{job}/cancel", headers={"X-API-Key": key})
    ok = [x for x in lat if x >= 0]
    return {
        "rows": 200_000,
        "upload_status": r.status_code,
        "status_requests": len(status_ms),
        "status_p50_ms": round(percentile(status_ms, 0.5), 1),
        "status_p95_ms": round(percentile(status_ms, 0.95), 1),
        "lookup_p50_ms_meanwhile": round(percentile(ok, 0.5), 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--mixed-seconds", type=float, default=30.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jalur-hostile-") as tmp, LiveServer(Path(tmp)) as srv:
        srv.wait_workers(2)
        _, key = srv.org("Hostile")
        for q in ("teller bank", "driver ojol"):  # warm
            srv.client.get("/api/v1/match", params={"text": q})
        print("hostile files:")
        files = hostile(srv, key)
        print("fairness:", flush=True)
        fair = fairness(srv)
        print(" ", fair)
        print("mixed load:", flush=True)
        mix = mixed(srv, args.mixed_seconds)
        print(" ", mix)
        print("status of a 200,000-row upload, 10 pollers:", flush=True)
        status = status_of_a_big_upload(srv)
        print(" ", status)
    checks = {
        "hostile_seconds": all(f["seconds"] <= FLOORS["seconds"] for f in files),
        "hostile_peak_mb": all(f["peak_mb"] <= FLOORS["peak_mb"] for f in files),
        "hostile_lookup_p95": all(
            f["lookup_failures"] == 0 and (f["lookup_p95_ms"] or 0) <= FLOORS["lookup_p95_ms"] for f in files
        ),
        "hostile_no_raw_upload_left": all(f["incoming_left"] == 0 for f in files),
        "fairness": fair["small_job_started_s"] <= FLOORS["fair_start_s"],
        "mixed_lookup_p95": mix["lookup_failures"] == 0 and mix["lookup_p95_ms"] <= FLOORS["mixed_p95_ms"],
    }
    result = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "floors": FLOORS,
        "hostile": files,
        "fairness": fair,
        "mixed": mix,
        "status_big_upload": status,
        "checks": checks,
        "floors_met": all(checks.values()),
    }
    for k, v in checks.items():
        print(f"{k:<28} {'met' if v else 'NOT met'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["floors_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
