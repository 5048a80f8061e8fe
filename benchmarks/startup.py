"""Benchmark: start-up costs (issue 14, "Fast start"): whole processes, timed from outside.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--json benchmarks/results-startup.json]
                                           [--before EARLIER.json] [--skip-batch] [--titles 100000]

Each figure is the median of ``--runs`` runs (after one warm-up run that is not counted), each run a new
process, so "cold" means a new process (the operating system's file cache stays warm):

  match_teller_bank   ``jalur match "teller bank"``: wall seconds from start to exit
  paths_4211          ``jalur paths 4211``
  paths_driver_ojol   ``jalur paths "driver ojol"`` (free text: the matcher is loaded)
  serve_ready         ``jalur serve`` (temporary SQLite store and files folder, no job workers) until
                      ``/api/v1/health`` answers 200
  first_match_ms      after ready: the first ``/api/v1/match?text=teller bank`` (milliseconds)
  first_roles_ms      after ready: the first ``/api/v1/roles`` (milliseconds)
  batch_titles_per_s  ``Matcher.match_many`` over ``--titles`` distinct synthetic titles (pairs and triples
                      of words of the lexicon and KBJI job titles, fixed seed), the default workers (one
                      per core); one run, the matcher's load not counted

``--before`` prints each figure beside an earlier run's (the same JSON). The limits of issue 14 are printed
beside the figures: match ≤ 1.0 s, paths 4211 ≤ 1.5 s, serve ready ≤ 3 s, first match and roles ≤ 100 ms,
batch ≥ 900 titles/s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
DEFAULT_JSON = HERE / "results-startup.json"
SEED = 14

#: figure -> (limit, "max" or "min", unit)
LIMITS: dict[str, tuple[float, str, str]] = {
    "match_teller_bank": (1.0, "max", "s"),
    "paths_4211": (1.5, "max", "s"),
    "paths_driver_ojol": (float("nan"), "max", "s"),
    "serve_ready": (3.0, "max", "s"),
    "first_match_ms": (100.0, "max", "ms"),
    "first_roles_ms": (100.0, "max", "ms"),
    "batch_titles_per_s": (900.0, "min", "/s"),
}


def jalur_command() -> list[str]:
    script = Path(sys.executable).parent / "jalur"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "jalur.faces.cli.main"]


def timed_runs(run: Callable[[], float], runs: int, warmup: int = 1) -> dict[str, Any]:
    for _ in range(warmup):
        run()
    values = [run() for _ in range(runs)]
    return {"median": round(statistics.median(values), 3), "runs": [round(v, 3) for v in values]}


def whole_process(args: list[str]) -> Callable[[], float]:
    def run() -> float:
        t0 = time.monotonic()
        done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        elapsed = time.monotonic() - t0
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr.decode()[-2000:]}")
        return elapsed

    return run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_once() -> tuple[float, float, float]:
    """Start ``jalur serve``; seconds until /health is 200, then milliseconds of the first /match and the
    first /roles."""
    import httpx

    with tempfile.TemporaryDirectory(prefix="jalur-startup-") as tmp:
        port = free_port()
        env = {
            **os.environ,
            "JALUR_DATABASE_URL": f"sqlite:///{Path(tmp) / 'web.sqlite'}",
            "JALUR_WEB_FILES": str(Path(tmp) / "files"),
            "JALUR_JOB_WORKERS": "0",
            "JALUR_RATE_PER_MINUTE": "0",
            "JALUR_ADDRESS_RATE_PER_MINUTE": "0",
        }
        base = f"http://127.0.0.1:{port}"
        with open(Path(tmp) / "server.log", "wb") as log:
            t0 = time.monotonic()
            proc = subprocess.Popen(
                [*jalur_command(), "serve", "--port", str(port), "--workers", "0"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            try:
                ready = None
                with httpx.Client(timeout=30) as client:
                    while time.monotonic() - t0 < 120:
                        if proc.poll() is not None:
                            text = (Path(tmp) / "server.log").read_text(errors="replace")
                            raise SystemExit(f"server exited ({proc.returncode}):\n{text[-2000:]}")
                        try:
                            if client.get(f"{base}/api/v1/health").status_code == 200:
                                ready = time.monotonic() - t0
                                break
                        except httpx.HTTPError:
                            pass
                        time.sleep(0.01)
                    if ready is None:
                        raise SystemExit("server did not become ready")
                    t1 = time.perf_counter()
                    r = client.get(f"{base}/api/v1/match", params={"text": "teller bank"})
                    first_match = (time.perf_counter() - t1) * 1000
                    r.raise_for_status()
                    t1 = time.perf_counter()
                    r = client.get(f"{base}/api/v1/roles")
                    first_roles = (time.perf_counter() - t1) * 1000
                    r.raise_for_status()
            finally:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    return ready, first_match, first_roles


def synthetic_titles(n: int, seed: int = SEED) -> list[str]:
    """``n`` titles with distinct cores: two or three words drawn from the lexicon's and KBJI job titles'
    words (fixed seed)."""
    from jalur.kb.read import KnowledgeBase
    from jalur.text.normalise import core_title

    with KnowledgeBase.open() as kb:
        words = sorted(
            {
                w
                for (t,) in kb.rows("SELECT text FROM match_doc WHERE kind IN ('lexicon', 'kbji_job')")
                for w in t.split()
                if w.isalpha() and len(w) > 2
            }
        )
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        title = " ".join(rng.sample(words, rng.choice((2, 2, 3))))
        core = core_title(title)
        if core and core not in seen:
            seen.add(core)
            out.append(title)
    return out


def batch_rate(n: int) -> dict[str, Any]:
    """Titles per second of ``match_many`` over ``n`` distinct titles, in a new process."""
    code = (
        "import json, sys, time\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from startup import synthetic_titles\n"
        "from jalur.kb.read import KnowledgeBase\n"
        "from jalur.match.matcher import Matcher, default_workers\n"
        "titles = synthetic_titles(int(sys.argv[2]))\n"
        "m = Matcher(KnowledgeBase.open())\n"
        "t0 = time.perf_counter()\n"
        "out = m.match_many(titles)\n"
        "dt = time.perf_counter() - t0\n"
        "assert len(out) == len(titles)\n"
        "print(json.dumps({'titles': len(titles), 'seconds': round(dt, 2),"
        " 'workers': default_workers(len(titles)), 'abstained': sum(r.abstained for r in out)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(HERE), str(n)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"batch failed:\n{done.stderr[-3000:]}")
    res: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    res["median"] = round(res["titles"] / res["seconds"], 1)
    return res


def verdict(name: str, value: float) -> str:
    limit, kind, _ = LIMITS[name]
    if limit != limit:  # no limit
        return ""
    ok = value <= limit if kind == "max" else value >= limit
    return f"{'ok' if ok else 'OVER'} ({'≤' if kind == 'max' else '≥'} {limit:g})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--titles", type=int, default=100_000)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--skip-serve", action="store_true")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON)
    ap.add_argument("--before", type=Path, help="an earlier JSON of this benchmark to compare with")
    args = ap.parse_args()

    jalur = jalur_command()
    results: dict[str, Any] = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "system": platform.system(),
        },
        "runs": args.runs,
        "figures": {},
    }
    figures = results["figures"]
    for name, cmd in (
        ("match_teller_bank", ["match", "teller bank"]),
        ("paths_4211", ["paths", "4211"]),
        ("paths_driver_ojol", ["paths", "driver ojol"]),
    ):
        figures[name] = timed_runs(whole_process([*jalur, *cmd]), args.runs)
        print(f"{name}: {figures[name]['median']} s  {figures[name]['runs']}", flush=True)
    if not args.skip_serve:
        serve_once()  # warm-up
        runs = [serve_once() for _ in range(args.runs)]
        for i, name in enumerate(("serve_ready", "first_match_ms", "first_roles_ms")):
            values = [r[i] for r in runs]
            figures[name] = {
                "median": round(statistics.median(values), 3 if i == 0 else 1),
                "runs": [round(v, 3 if i == 0 else 1) for v in values],
            }
            print(f"{name}: {figures[name]['median']}  {figures[name]['runs']}", flush=True)
    if not args.skip_batch:
        figures["batch_titles_per_s"] = batch_rate(args.titles)
        print(f"batch_titles_per_s: {figures['batch_titles_per_s']}", flush=True)

    args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8"))["figures"] if args.before else {}
    print()
    print(f"{'figure':<20} {'before':>10} {'after':>10}  limit")
    for name, fig in figures.items():
        old = before.get(name, {}).get("median")
        unit = LIMITS[name][2]
        print(
            f"{name:<20} {'' if old is None else f'{old:g}':>10} {fig['median']:>10g}  {unit} "
            f"{verdict(name, fig['median'])}"
        )


if __name__ == "__main__":
    main()
