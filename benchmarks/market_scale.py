"""Market monitor at scale (issue 19: 1M ads end to end ≤ 45 min and ≤ 2 GB): the synthetic corpus
(``jalur market synthetic``) of ``--ads`` ads written to Parquet, ingested into a fresh DuckDB store
(``jalur market ingest``: read, classified, coded, stored, in batches) and reported
(``jalur market report --store``), each step a separate process timed on the wall clock with the peak resident
memory of its whole process tree (the classifying workers counted). ``--repeat`` runs; the medians are reported.

    JALUR_HOME=... .venv/bin/python benchmarks/market_scale.py --ads 1000000 --repeat 1 \\
        [--workers 0] [--json benchmarks/results-market-scale.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JALUR = [str(Path(sys.executable).with_name("jalur"))]


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, in MB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            statm = (d / "statm").read_text().split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(d.name))
        rss[int(d.name)] = int(statm[1]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 2**20


def _timed(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak resident MB of the whole process tree — the workers counted with their parent —,
    standard output) of one command; the tree is sampled every 0.2 s."""
    import threading

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_mb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, peak, out


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
