"""Benchmark: are the new tasks a move lists relevant to it? (issue 17)

    .venv/bin/python benchmarks/tasks_relevance.py draw --sheet /tmp/sheet.csv   # once: items.csv + a sheet
    .venv/bin/python benchmarks/tasks_relevance.py [--json benchmarks/results-tasks-relevance.json]

Set: ``benchmarks/tasks_eval/`` (rubric ``RUBRIC.md``, written first). ``draw`` takes every task to learn
(``tasks_to_learn``, at most three per move) of the default top five occupation moves of the 30
``paths_eval`` origins and keeps a seeded sample of 150 in ``items.csv`` (pointers only: the destination's
unit group and the task's number; the texts stay in the knowledge base), and writes a labelling sheet with
the texts outside the repository. Labels (``labels.csv``: item, label, note) come from a labeller who saw
the sheet and the rubric only. Scoring reports strict (yes) and lenient (yes or partly) precision by the
origin's dev/test half, beside the O*NET skill areas' figures on the same origins
(``benchmarks/skills_relevance.py``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.pathways.transitions import paths
from jalur.taxonomy.resolve import resolve

HERE = Path(__file__).parent / "tasks_eval"
ORIGINS = Path(__file__).parent / "paths_eval" / "origins.csv"
SAMPLE = 150
SEED = 20261207


def draw(kb_path: Path | None, sheet: Path) -> None:
    origins = list(csv.DictReader(ORIGINS.open(encoding="utf-8")))
    found: list[dict[str, Any]] = []
    with KnowledgeBase.open(kb_path) as kb:
        for o in origins:
            res = replace(resolve(kb, o["isco"]), input=o["query"])
            moves = [t for t in paths(kb, res, top=10).transitions if t.target_type == "occupation"][:5]
            for t in moves:
                for k, task in enumerate(t.tasks_to_learn, start=1):
                    found.append(
                        {
                            "half": o["half"],
                            "origin_query": o["query"],
                            "origin_isco": o["isco"],
                            "dest": t.target,
                            "seq": task["seq"],
                            "position": k,
                            "novelty": task["novelty"],
                            "text_id": task["text_id"],
                            "text_en": task["text_en"],
                            "origin_title_id": kb.repo.unit_group(o["isco"]).title_id,
                            "origin_title_en": kb.repo.unit_group(o["isco"]).title_en,
                            "dest_title_id": t.target_title_id,
                            "dest_title_en": t.target_title_en,
                        }
                    )
    rows = random.Random(SEED).sample(found, min(SAMPLE, len(found)))
    for i, r in enumerate(rows, start=1):
        r["item"] = f"k{i:03d}"
    HERE.mkdir(exist_ok=True)
    cols = ["item", "half", "origin_query", "origin_isco", "dest", "seq", "position", "novelty"]
    with (HERE / "items.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    show = ["item", "origin_query", "origin_isco", "origin_title_id", "origin_title_en", "dest",
            "dest_title_id", "dest_title_en", "text_id", "text_en"]  # fmt: skip
    with sheet.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, show, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(found)} tasks shown, {len(rows)} drawn")


def score() -> dict[str, Any]:
    items = {r["item"]: r for r in csv.DictReader((HERE / "items.csv").open(encoding="utf-8"))}
    labels = {r["item"]: r["label"] for r in csv.DictReader((HERE / "labels.csv").open(encoding="utf-8"))}
    out: dict[str, Any] = {"items": len(items), "labelled": len(labels)}
    for half in ("dev", "test", "all"):
        got = [labels.get(k, "unlabelled") for k, r in items.items() if half in ("all", r["half"])]
        c = Counter(got)
        n = len(got)
        out[half] = {
            "n": n,
            "labels": dict(c),
            "strict_precision": round(c["yes"] / n, 4) if n else None,
            "lenient_precision": round((c["yes"] + c["partly"]) / n, 4) if n else None,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", nargs="?", default="score", choices=("draw", "score"))
    ap.add_argument("--kb", type=Path)
    ap.add_argument("--sheet", type=Path, default=Path("/tmp/tasks-sheet.csv"))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.mode == "draw":
        draw(args.kb, args.sheet)
        return
    result = score()
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
