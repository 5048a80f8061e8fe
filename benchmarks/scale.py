"""Scale-out (issue 20): a synthetic national survey of ``--rows`` occupation answers (``jalur.batch.synthetic``,
realistic repetition) coded end to end by ``jalur match --file … --out … --by province`` on the local engine
(DuckDB + this machine's processes) and on Spark ``local[2]`` (session start included), each a separate
process timed on the wall clock with the peak resident memory of its whole process tree (JVM and Python
workers counted); the two outputs compared row for row; and the coder's throughput per core on distinct
keys, single process vs Spark (median of ``--repeat`` runs on a warm session).

    JALUR_HOME=... .venv/bin/python benchmarks/scale.py --rows 1000000 \\
        [--fast] [--json benchmarks/results-scale-1m.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from market_scale import _timed

JALUR = str(Path(sys.executable).with_name("jalur"))


def generate(path: Path, rows: int) -> dict[str, Any]:
    if path.exists():
        return {"rows": rows, "reused": True}
    done = subprocess.run(
        [sys.executable, "-m", "jalur.batch.synthetic", "survey", str(path), "--rows", str(rows)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def code(src: Path, out: Path, engine: str, fast: bool) -> dict[str, Any]:
    cmd = [JALUR, "match", "--file", str(src), "--out", str(out), "--by", "province", "--top", "3",
           "--engine", engine, "--json"] + (["--fast"] if fast else [])  # fmt: skip
    seconds, peak_mb, stdout = _timed(cmd)
    result = json.loads(stdout.strip().splitlines()[-1])
    return {"engine": engine, "wall_s": round(seconds, 1), "peak_tree_mb": round(peak_mb), **result}


def compare(a: Path, b: Path) -> dict[str, Any]:
    """Rows of the two outputs that differ in any coder column, joined on the answer's id."""
    import duckdb

    cols = ["key", "isco", "confidence", "abstained", "reason", "context_used", "candidates"]
    diff = " OR ".join(f"l.{c} IS DISTINCT FROM s.{c}" for c in cols)
    con = duckdb.connect()
    bdir = f"{b}/*.parquet" if b.is_dir() else str(b)
    row = con.execute(
        f"SELECT count(*), count(s.id), sum(CASE WHEN {diff} THEN 1 ELSE 0 END) "
        f"FROM read_parquet('{a}') l LEFT JOIN read_parquet('{bdir}') s USING (id)"
    ).fetchall()[0]
    return {"rows": int(row[0]), "matched": int(row[1]), "differing": int(row[2] or 0)}


def throughput(src_out: Path, keys: int, repeat: int, fast: bool) -> dict[str, Any]:
    """Keys per second per core: ``code_texts`` on ``keys`` distinct keys in one process (workers=1) vs
    keys through Spark ``local[2]`` (``mapInArrow``, 2 cores, a session whose Python workers are warm).
    Every run codes keys new to the coder (disjoint slices: its answer cache never helps); medians."""
    import duckdb

    from jalur.app import spark
    from jalur.batch import functions as fn
    from jalur.batch.runtime import runtime

    con = duckdb.connect()
    reps = con.sql(
        f"SELECT any_value(text) AS text FROM read_parquet('{src_out}') WHERE key <> '' GROUP BY key "
        f"ORDER BY hash(key) LIMIT {keys * (2 * repeat + 1)}"
    ).to_arrow_table()
    n = reps.num_rows // (2 * repeat + 1)
    slices = [reps.slice(i * n, n) for i in range(2 * repeat + 1)]
    runtime(None).matcher(fast)  # built before the clock starts, as a worker's is
    single = []
    for part in slices[:repeat]:
        t0 = time.perf_counter()
        fn.code_texts(part, top=3, fast=fast, workers=1)
        single.append(time.perf_counter() - t0)
    s = spark.session("local[2]")
    spec = spark.ship_kb(s, None)

    def frame(part: Any) -> Any:
        df = (
            s.createDataFrame([(t,) for t in part.column("text").to_pylist()], "text string")
            .repartition(6)
            .cache()
        )
        df.count()
        return df

    def run(df: Any) -> None:
        spark.apply(
            df, "code_texts", fn.CODE_FIELDS, kb=spec, text="text", top=3, fast=fast, workers=1
        ).write.mode("overwrite").format("noop").save()

    run(frame(slices[repeat]))  # warm: the Python workers open the knowledge base and build their coder
    on_spark = []
    for part in slices[repeat + 1 :]:
        df = frame(part)
        t0 = time.perf_counter()
        run(df)
        on_spark.append(time.perf_counter() - t0)
        df.unpersist()
    s.stop()
    one = n / statistics.median(single)
    per_core_spark = n / statistics.median(on_spark) / 2
    return {
        "keys_per_run": n,
        "runs": repeat,
        "single_process_keys_per_s": round(one),
        "spark_keys_per_s_per_core": round(per_core_spark),
        "ratio_single_to_spark_per_core": round(one / per_core_spark, 2),
        "single_runs_s": [round(x, 2) for x in single],
        "spark_runs_s": [round(x, 2) for x in on_spark],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/jalur-scale"))
    ap.add_argument("--fast", action="store_true", help="the coder without its embedding stage")
    ap.add_argument("--keys", type=int, default=20_000, help="distinct keys for the per-core throughput")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    src = args.work / f"survey-{args.rows}.parquet"
    out: dict[str, Any] = {"rows": args.rows, "fast": args.fast, "corpus": generate(src, args.rows)}
    local_out, spark_out = (
        args.work / f"coded-local-{args.rows}.parquet",
        args.work / f"coded-spark-{args.rows}.parquet",
    )
    out["local"] = code(src, local_out, "local", args.fast)
    out["spark"] = code(src, spark_out, "spark", args.fast)
    out["same_answers"] = compare(local_out, spark_out)
    out["local_faster_by"] = round(out["spark"]["wall_s"] / max(out["local"]["wall_s"], 0.1), 2)
    if not args.skip_throughput:
        out["throughput"] = throughput(local_out, args.keys, args.repeat, args.fast)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
