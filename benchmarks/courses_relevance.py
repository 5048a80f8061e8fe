"""Benchmark: are the courses a plan shows relevant to the skill and the job? (issue 17)

    .venv/bin/python benchmarks/courses_relevance.py [--json benchmarks/results-courses-relevance.json]

Set: ``benchmarks/courses_eval/`` — every course the plans offered (up to three per skill to learn, first
three occupation moves and the first AI-era role of each of the 30 origins of ``paths_eval``, the sample
catalogue), 534 (destination, skill, course) items labelled blind against ``RUBRIC.md`` (the labellers saw
the destination job, the skill and the course title, not the matcher's score or rank). Halves follow the
origin's half in ``paths_eval/origins.csv``.

A second set, ``items_id.csv`` / ``labels_id.csv``, holds every course the same plans offer from the
Indonesian sample catalogue Jalur authors (``src/jalur/data/kursus_indonesia.csv``, courses naming the
occupations they serve), labelled the same way; all its matches are shown, so its precision is reported
as is. A third, ``items_id_2.csv`` / ``labels_id_2.csv``, holds what the plans newly offered once the sample
grew to 147 rows (labelled the same way), and ``items_id_3.csv`` / ``labels_id_3.csv`` what the career-ladder
moves newly offered (2026-12-07). ``offered_now`` recomputes what the current code offers and judges
it by those labels (unlabelled = miss); ``heldout_coverage`` measures coverage on origins nobody wrote
courses for.

Reported: strict (yes) and lenient (yes or partly) precision of the courses shown, and the share of items
kept, for every cut-off on the matcher's score; the cut-off chosen on the ``dev`` half — the lowest whose
strict precision reaches ``FLOOR`` there, or none — and its figures on ``test``. Below the cut-off a plan
says "no course found yet" rather than show a wrong course.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "courses_eval"
FLOOR = 0.90
CUTS = [round(0.30 + 0.05 * i, 2) for i in range(15)]  # 0.30 … 1.00


def load(
    items_file: str = "items.csv", label_files: tuple[str, ...] = ("labels_a.csv", "labels_b.csv")
) -> list[dict[str, Any]]:
    labels: dict[str, str] = {}
    for name in label_files:
        if not (HERE / name).exists():
            continue
        for r in csv.DictReader((HERE / name).open(encoding="utf-8")):
            labels[r["cid"]] = r["label"]
    items = []
    if not (HERE / items_file).exists():
        return items
    for r in csv.DictReader((HERE / items_file).open(encoding="utf-8")):
        if r["cid"] in labels:
            items.append({**r, "match": float(r["match"]), "label": labels[r["cid"]]})
    return items


def at(items: list[dict[str, Any]], cut: float) -> dict[str, Any]:
    kept = [i for i in items if i["match"] >= cut]
    n = len(kept)
    yes = sum(i["label"] == "yes" for i in kept)
    part = sum(i["label"] == "partly" for i in kept)
    return {
        "cut": cut,
        "kept": n,
        "kept_share": round(n / len(items), 4) if items else None,
        "strict_precision": round(yes / n, 4) if n else None,
        "lenient_precision": round((yes + part) / n, 4) if n else None,
    }


def offered_now() -> dict[str, Any]:
    """What the current code offers from the default catalogue, by the protocol of the labelled items (the
    first three occupation moves and the first AI-era role of each ``paths_eval`` origin, the query's words
    naming its industry), judged by the labels of ``items_id*.csv``: precision (an unlabelled course counts
    as a miss) and coverage (plan steps with at least one course)."""
    import hashlib
    from dataclasses import replace

    from jalur.app.lookups import course_catalogue
    from jalur.kb.read import KnowledgeBase
    from jalur.pathways.plan import plan_role, plan_to
    from jalur.pathways.transitions import paths
    from jalur.taxonomy.resolve import resolve

    labels = {
        (i["dest"], i["skill"], i["course_sha1"]): i["label"]
        for i in load("items_id.csv", ("labels_id.csv",))
        + load("items_id_2.csv", ("labels_id_2.csv",))
        + load("items_id_3.csv", ("labels_id_3.csv",))
    }
    courses = list(course_catalogue().courses)
    origins = list(csv.DictReader((HERE.parent / "paths_eval" / "origins.csv").open(encoding="utf-8")))
    out: dict[str, Any] = {}
    with KnowledgeBase.open() as kb:
        for half in ("dev", "test"):
            steps = covered = 0
            got: list[str] = []
            for o in (o for o in origins if o["half"] == half):
                origin = resolve(kb, o["isco"])
                p = paths(kb, replace(origin, input=o["query"]), top=10)
                occ = [t for t in p.transitions if t.target_type == "occupation"][:3]
                roles = [t for t in p.transitions if t.target_type == "role"][:1]
                plans = [(t.target, plan_to(kb, origin, t.target, courses)) for t in occ]
                plans += [(t.target, plan_role(kb, origin, t.target, courses)) for t in roles]
                for dest, plan in plans:
                    for s in plan.steps:
                        steps += 1
                        covered += bool(s.courses)
                        for c in s.courses:
                            sha = hashlib.sha1(c["title"].encode()).hexdigest()[:12]
                            got.append(labels.get((dest, s.skill["name"], sha), "unlabelled"))
            n = len(got)
            out[half] = {
                "courses_shown": n,
                "strict_precision": round(got.count("yes") / n, 4) if n else None,
                "lenient_precision": round((got.count("yes") + got.count("partly")) / n, 4) if n else None,
                "unlabelled": got.count("unlabelled"),
                "plan_steps": steps,
                "steps_with_a_course": covered,
                "coverage": round(covered / steps, 4) if steps else None,
            }
    return out


def heldout_coverage(n: int = 60, seed: int = 2026) -> dict[str, Any]:
    """Coverage on origins nobody wrote courses for: ``n`` unit groups outside ``paths_eval`` drawn with a
    fixed seed, the first three occupation moves each (the catalogue rows added on 2026-12-06 were written
    for the destinations of all 30 ``paths_eval`` origins, so their coverage there is not held out)."""
    import random

    from jalur.app.lookups import course_catalogue
    from jalur.kb.read import KnowledgeBase
    from jalur.pathways.plan import plan_to
    from jalur.pathways.transitions import paths
    from jalur.taxonomy.resolve import resolve

    evals = {
        r["isco"] for r in csv.DictReader((HERE.parent / "paths_eval" / "origins.csv").open(encoding="utf-8"))
    }
    courses = list(course_catalogue().courses)
    steps = covered = 0
    with KnowledgeBase.open() as kb:
        codes = [r[0] for r in kb.rows("SELECT code FROM isco_group WHERE level = 4 ORDER BY code")]
        for code in random.Random(seed).sample([c for c in codes if c not in evals], n):
            origin = resolve(kb, code)
            for t in [t for t in paths(kb, origin, top=10).transitions if t.target_type == "occupation"][:3]:
                for s in plan_to(kb, origin, t.target, courses).steps:
                    steps += 1
                    covered += bool(s.courses)
    return {"origins": n, "plan_steps": steps, "steps_with_a_course": covered,
            "coverage": round(covered / steps, 4) if steps else None}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-kb", action="store_true", help="only the stored labels (no plans recomputed)")
    args = ap.parse_args()
    items = load()
    dev = [i for i in items if i["half"] == "dev"]
    test = [i for i in items if i["half"] == "test"]
    curve = [at(dev, c) for c in CUTS]
    chosen = next((c["cut"] for c in curve if c["kept"] and (c["strict_precision"] or 0) >= FLOOR), None)
    result = {
        "items": len(items),
        "labels": {k: sum(i["label"] == k for i in items) for k in ("yes", "partly", "no")},
        "shown_today": {"dev": at(dev, 0.0), "test": at(test, 0.0)},
        "dev_curve": curve,
        "floor": FLOOR,
        "cut_chosen_on_dev": chosen,
        "test_at_cut": at(test, chosen) if chosen is not None else None,
    }
    # the Indonesian sample Jalur authors (the default catalogue since issue 17): every match is shown
    own = load("items_id.csv", ("labels_id.csv",))
    if own:
        result["indonesian_sample"] = {
            "items": len(own),
            "labels": {k: sum(i["label"] == k for i in own) for k in ("yes", "partly", "no")},
            "all": at(own, 0.0),
            "dev": at([i for i in own if i["half"] == "dev"], 0.0),
            "test": at([i for i in own if i["half"] == "test"], 0.0),
        }
    if not args.no_kb:
        result["indonesian_sample_now"] = offered_now()
        result["indonesian_sample_heldout_coverage"] = heldout_coverage()
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
