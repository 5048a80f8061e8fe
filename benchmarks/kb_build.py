"""Benchmark: knowledge-base build time and size, and occupation-profile latency.

    .venv/bin/python benchmarks/kb_build.py [--runs 3] [--queries 200]

Builds the KB ``--runs`` times from scratch into a temporary folder (forced, no reuse) and reports the
median, min and max wall time per step and in total, the file size, whether every run produced a
byte-identical file, and the median / p95 latency of ``resolve`` + ``profile`` for a warm KB.
Prints a JSON object; docs/benchmarks.md quotes it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from jalur import config
from jalur.ingest.build import build
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.profile import profile
from jalur.taxonomy.resolve import resolve

QUERIES = ["4211", "4132", "5230", "8321", "2512", "4211.01", "43-3071.00", "Teller Bank", "0112", "9613"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    data_dir = config.data_dir()
    totals: list[float] = []
    steps: dict[str, list[float]] = {}
    hashes = set()
    size = 0
    with tempfile.TemporaryDirectory() as tmp:
        kb = Path(tmp) / "kb.sqlite"
        for _ in range(args.runs):
            t0 = time.perf_counter()
            manifest = build(kb, data_dir, force=True)
            totals.append(time.perf_counter() - t0)
            for k, v in manifest["step_seconds"].items():
                steps.setdefault(k, []).append(v)
            hashes.add(manifest["kb_sha256"])
            size = manifest["kb_bytes"]
        lat = []
        with KnowledgeBase(kb) as base:
            for q in QUERIES:  # warm up
                profile(base, resolve(base, q))
            for i in range(args.queries):
                q = QUERIES[i % len(QUERIES)]
                t0 = time.perf_counter()
                profile(base, resolve(base, q))
                lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    result = {
        "machine": {"cpus": os.cpu_count()},
        "runs": args.runs,
        "build_seconds": {
            "median": round(statistics.median(totals), 2),
            "min": round(min(totals), 2),
            "max": round(max(totals), 2),
        },
        "step_seconds_median": {k: round(statistics.median(v), 2) for k, v in steps.items()},
        "kb_megabytes": round(size / 1e6, 1),
        "identical_files": len(hashes) == 1,
        "profile_ms": {
            "queries": len(lat),
            "p50": round(statistics.median(lat), 2),
            "p95": round(lat[int(0.95 * (len(lat) - 1))], 2),
        },
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
