"""Market monitor at scale (issue 19: 1M ads end to end ≤ 45 min and ≤ 2 GB): the synthetic corpus
(``jalur market synthetic``) of ``--ads`` ads written to Parquet, ingested into a fresh DuckDB store
(``jalur market ingest``: read, classified, coded, stored, in batches) and reported
(``jalur market report --store``), each step a separate process timed on the wall clock with its peak
resident memory (``/usr/bin/time -v``). ``--repeat`` runs; the medians are reported.

    JALUR_HOME=... .venv/bin/python benchmarks/market_scale.py --ads 1000000 --repeat 1 \\
        [--workers 0] [--json benchmarks/results-market-scale.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JALUR = [str(Path(sys.executable).with_name("jalur"))]


def _timed(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak resident MB, standard output) of one command."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, (int(peak.group(1)) / 1024 if peak else float("nan")), p.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ads", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--workers", type=int, default=0, help="classifying processes (0: one per core)")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    runs: dict[str, list[tuple[float, float]]] = {"synthetic": [], "ingest": [], "report": []}
    counts: dict[str, object] = {}
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as d:
            corpus, store = Path(d) / "ads.parquet", Path(d) / "ads.duckdb"
            w, m, _ = _timed([*JALUR, "market", "synthetic", str(a.ads), "--out", str(corpus)])
            runs["synthetic"].append((w, m))
            w, m, out = _timed(
                [
                    *JALUR,
                    "market",
                    "ingest",
                    str(corpus),
                    "--store",
                    str(store),
                    "--json",
                    "--workers",
                    str(a.workers),
                ]
            )
            runs["ingest"].append((w, m))
            counts = json.loads(out)
            w, m, out = _timed([*JALUR, "market", "report", "--store", str(store), "--json"])
            runs["report"].append((w, m))
            report = json.loads(out)
            counts["report_ads"] = report["ads"]
            counts["corpus_mb"] = round(corpus.stat().st_size / 2**20, 1)
            counts["store_mb"] = round(store.stat().st_size / 2**20, 1)
    steps = {
        k: {"seconds": round(statistics.median(w for w, _ in v), 1),
            "peak_mb": round(max(m for _, m in v), 1)}
        for k, v in runs.items()
    }  # fmt: skip
    end_to_end = steps["ingest"]["seconds"] + steps["report"]["seconds"]
    result = {
        "ads": a.ads,
        "repeat": a.repeat,
        "cores": os.cpu_count(),
        "workers": a.workers or os.cpu_count(),
        "steps": steps,
        "end_to_end_seconds": round(end_to_end, 1),
        "ads_per_second_ingest": round(a.ads / steps["ingest"]["seconds"]),
        "peak_mb": max(s["peak_mb"] for k, s in steps.items() if k != "synthetic"),
        "floor": {"seconds": 45 * 60, "peak_mb": 2048},
        "counts": counts,
    }
    print(json.dumps(result, indent=1))
    if a.json:
        a.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
