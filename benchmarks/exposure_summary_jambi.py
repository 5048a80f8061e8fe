"""Worked example of ``jalur exposure summary``: Sakernas 2020 microdata for Jambi province, one-digit KBJI.

    JALUR_HOME=/tmp/jh .venv/bin/python benchmarks/exposure_summary_jambi.py --out /tmp/jambi.svg [--runs 7]

Reads ``sakernas-2020-jambi/SAKERNAS2020.rda`` from the data folder, keeps the employed (persons with an
industry code, ``R13A_KATEG`` 1–17: worked at least one hour, helped in a family business, or temporarily
away from work), and writes an employment table into a temporary folder (never committed): one row per
KBJI major group × sex × sector with the sum of the survey weights ``FINAL_WEIG`` as workers. It then runs
the summary ``--runs`` times (read + validate + aggregate, knowledge-base look-ups included), writes the
figures to ``benchmarks/results-exposure-summary-jambi.json`` (numbers and codes only) and the chart to
``--out``. docs/benchmarks.md quotes the result.

Variables (the package documents names, not value codes; the codes below are BPS's standard ones and
were checked against the data): ``R13B_KBJI2`` KBJI 2014 major group (0 = TNI/POLRI … 9 = elementary; 0
is also the code of persons not working, told apart by ``R13A_KATEG`` = 0); ``K4`` sex (1 male, 2 female:
heads of household are 86% code 1, spouses 99.8% code 2); ``R13A_KATEG`` the 17-category industry of the
main job (all skilled agricultural workers are in 1, all TNI/POLRI in 14, 77% of professionals in 15).

The one-digit codes are spread equally over the unit groups of each major group (an approximation), and
Jambi is one province, not Indonesia.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from jalur import config
from jalur.exposure.summary import EmploymentSummary, summarise_file
from jalur.faces.cli.render import exposure_summary_svg
from jalur.kb.read import KnowledgeBase

RDA = Path("sakernas-2020-jambi") / "SAKERNAS2020.rda"
RESULTS = Path(__file__).with_name("results-exposure-summary-jambi.json")
SEX = {1: "laki-laki", 2: "perempuan"}
#: Sakernas 17 industry categories → KBLI 2020 sections
SECTOR = {
    1: "A", 2: "B", 3: "C", 4: "D", 5: "E", 6: "F", 7: "G", 8: "H", 9: "I", 10: "J", 11: "K", 12: "L",
    13: "M-N", 14: "O", 15: "P", 16: "Q", 17: "R-U",
}  # fmt: skip


def employment_table(rda: Path, out: Path) -> dict[str, Any]:
    """Write the weights CSV (KBJI one-digit × sex × sector → sum of weights); return what was read."""
    import pyreadr

    df = next(iter(pyreadr.read_r(str(rda)).values()))
    cells: dict[tuple[str, str, str], float] = defaultdict(float)
    persons = employed = 0
    weights: list[float] = []
    for kbji, sex, sector, w in zip(
        df["R13B_KBJI2"], df["K4"], df["R13A_KATEG"], df["FINAL_WEIG"], strict=True
    ):
        persons += 1
        if sector == 0 or math.isnan(sector):
            continue
        employed += 1
        weights.append(float(w))
        cells[(str(int(kbji)), SEX[int(sex)], SECTOR[int(sector)])] += float(w)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["kbji", "jenis_kelamin", "sektor", "pekerja"])
        for (code, sex, sector), w in sorted(cells.items()):
            writer.writerow([code, sex, sector, repr(w)])
    return {
        "persons": persons,
        "employed_persons": employed,
        "sum_of_weights_employed": math.fsum(weights),
        "table_rows": len(cells),
    }


def figures(s: EmploymentSummary) -> dict[str, Any]:
    def brief(f: Any) -> dict[str, Any]:
        return {
            "workers": round(f.workers, 1),
            "coverage": round(f.coverage, 4),
            "mean_score": None if f.mean_score is None else round(f.mean_score, 4),
            "gradients": {k: round(p.share, 4) for k, p in f.gradients.items()},
            "classes": {k: round(p.share, 4) for k, p in f.classes.items()},
        }

    return {
        "rows": s.rows,
        "total": brief(s.total),
        "by": {
            name: {
                g.value: {"share_of_total": round(g.share_of_total, 4), **brief(g.figures)} for g in groups
            }
            for name, groups in s.by.items()
        },
        "levels": {k: round(v, 1) for k, v in s.levels.items()},
        "assumptions": s.assumptions,
        "flags": s.flags,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True, help="where to write the SVG chart")
    ap.add_argument("--lang", choices=("id", "en"), default="en")
    args = ap.parse_args()
    rda = config.data_dir() / RDA
    with tempfile.TemporaryDirectory() as tmp, KnowledgeBase.open() as kb:
        weights = Path(tmp) / "jambi-kbji1-sex-sector.csv"
        read = employment_table(rda, weights)
        times = []
        summary = None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            summary = summarise_file(kb, weights, by=["sex", "sector"])
            times.append(time.perf_counter() - t0)
        assert summary is not None
        args.out.write_text(exposure_summary_svg(summary, args.lang), encoding="utf-8")
    result = {
        "source": "sakernas-2020-jambi",
        "level": "KBJI 2014 one-digit (major groups), spread equally within each major group",
        "input": read,
        "total_equals_sum_of_weights": math.isclose(
            summary.total.workers, read["sum_of_weights_employed"], rel_tol=1e-12
        ),
        **figures(summary),
        "timing_seconds": {
            "runs": args.runs,
            "median": round(statistics.median(times), 4),
            "min": round(min(times), 4),
            "max": round(max(times), 4),
        },
    }
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
