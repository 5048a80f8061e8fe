"""Employer report end to end on a generated roster (issue 6: 100,000 employees in <= 60 s and <= 2 GB on
2 cores).

Generates a one-row-per-employee roster (``benchmarks/roster_gen.py``, seeded), then runs the command a
user runs — ``jalur report ROSTER --out DIR`` with all four formats — as a separate process, ``--runs``
times, and reports the median wall time and the largest peak resident memory of the process (its own
``ru_maxrss``, read by a wrapper, so this script's memory does not count).

    .venv/bin/python benchmarks/report_100k.py --rows 100000 --runs 3 --json benchmarks/results-report.json
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster_gen import generate

#: runs the CLI in a child and prints its peak memory (kB on Linux) to stderr's last line
_WRAPPER = """
import resource, sys
from jalur.faces.cli.main import main
sys.argv = ["jalur", *sys.argv[1:]]
try:
    main()
except SystemExit as e:
    code = e.code
else:
    code = 0
sys.stderr.write("\\nMAXRSS_KB=%d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def run_once(roster: Path, out: Path, formats: str) -> tuple[float, int, dict[str, object]]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _WRAPPER,
            "report",
            str(roster),
            "--out",
            str(out),
            "--format",
            formats,
            "--json",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "120"},
        check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"jalur report failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    rss = int(proc.stderr.strip().splitlines()[-1].split("=")[1])
    return wall, rss, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default="html,pdf,xlsx,json")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        roster = Path(tmp) / f"roster-{args.rows}.csv"
        t0 = time.perf_counter()
        generate(args.rows, roster)
        gen_s = time.perf_counter() - t0
        # a first run warms the file cache and the embedding engine's files (not counted)
        run_once(roster, Path(tmp) / "warm", args.formats)
        walls, peaks = [], []
        summary: dict[str, object] = {}
        for i in range(args.runs):
            wall, rss, summary = run_once(roster, Path(tmp) / f"out{i}", args.formats)
            walls.append(wall)
            peaks.append(rss)
        sizes = {p.name: p.stat().st_size for p in (Path(tmp) / "out0").iterdir()}
    result = {
        "rows": args.rows,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "formats": args.formats,
        "generate_seconds": round(gen_s, 2),
        "wall_seconds": {"median": round(statistics.median(walls), 2), "min": round(min(walls), 2),
                         "max": round(max(walls), 2)},
        "peak_rss_mb": round(max(peaks) / 1024, 1),
        "files_bytes": sizes,
        "totals": summary.get("totals"),
    }  # fmt: skip
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
