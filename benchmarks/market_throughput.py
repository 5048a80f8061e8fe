"""Market monitor throughput (issue 19: ≥ 500 ads/s with descriptions on 2 cores): the synthetic corpus
(``jalur.market.synthetic``) written to Parquet, then read and classified — salary, date, AI class,
role, desks — with the title coder over the distinct titles (fast mode). Median of ``--repeat`` runs.

    JALUR_HOME=... .venv/bin/python benchmarks/market_throughput.py --ads 20000 --repeat 3 \
        [--json benchmarks/results-market-throughput.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--ads", type=int, default=20_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json", type=Path)
    a = p.parse_args(argv)

    import pyarrow as pa
    import pyarrow.parquet as pq

    from jalur.app import lookups
    from jalur.app.market import classify_file
    from jalur.market.ads import read_ads
    from jalur.market.synthetic import ads

    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw" / "jobstreet-linkedin-id-hck022"
    corpora = {"synthetic": list(ads(a.ads))}
    if shared.is_dir():  # the real ads' long descriptions, repeated to the same size (ids kept distinct)
        real = [x for f in ("jobstreet.csv", "linkedin.xlsx") for x in read_ads(shared / f)]
        corpora["shared_ads_repeated"] = [
            {"id": f"r{i}", "title": x.title, "description": x.description, "company": x.company,
             "location": x.location} for i, x in zip(range(a.ads), (real * (a.ads // len(real) + 1)), strict=False)
        ]  # fmt: skip
    result: dict[str, object] = {"floor_ads_per_second": 500}
    with tempfile.TemporaryDirectory() as d, lookups.open_kb() as kb:
        for name, rows in corpora.items():
            path = Path(d) / f"{name}.parquet"
            pq.write_table(pa.Table.from_pylist(rows), path)
            classify_file(path, kb)  # warm: the coder's model and the knowledge base loaded once
            runs, runs_no_coder = [], []
            for _ in range(a.repeat):
                t0 = time.perf_counter()
                n = len(classify_file(path, kb))
                runs.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                classify_file(path)
                runs_no_coder.append(time.perf_counter() - t0)
            med, med0 = statistics.median(runs), statistics.median(runs_no_coder)
            chars = statistics.mean(len(str(r.get("description", ""))) for r in rows)
            result[name] = {
                "ads": n,
                "mean_description_chars": round(chars),
                "seconds_median": round(med, 3),
                "ads_per_second": round(n / med),
                "ads_per_second_without_coder": round(n / med0),
                "runs": [round(x, 3) for x in runs],
            }
    print(json.dumps(result, indent=2))
    if a.json:
        a.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
