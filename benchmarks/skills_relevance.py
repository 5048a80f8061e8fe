"""Benchmark: are the "skills to learn" of a move relevant to it? (issue 17)

    .venv/bin/python benchmarks/skills_relevance.py [--json benchmarks/results-skills-relevance.json]
    .venv/bin/python benchmarks/skills_relevance.py draw   # once, before labelling (writes items.csv)

Set: ``benchmarks/skills_eval/`` — items drawn once (``draw``, seeded) from the default top five occupation
moves of the 30 origins of ``paths_eval``: skills the plans showed (the move's top five) and skills just
below the cut (destination importance 2.5-3, or beyond the fifth), so that a threshold can be measured.
Each item was labelled blind against ``RUBRIC.md`` (the labeller saw the two jobs and the skill name, not
the numbers). Halves follow the origin's half in ``paths_eval/origins.csv``.

Reported: strict (yes) and lenient (yes or partly) precision of what the code shows now (each item is
judged by the current rule, so a change of rule is measured on the same labels), per half; and for rules
on the destination's importance and on the domain, the precision and the share kept, so the cut is chosen
on ``dev`` and read on ``test``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "skills_eval"
ORIGINS = Path(__file__).parent / "paths_eval" / "origins.csv"
FLOOR = 0.85
FIELDS = [
    "sid", "half", "origin", "dest", "element_id", "domain", "name", "name_id",
    "importance", "level_needed", "level_now", "gap", "shown", "rank",
]  # fmt: skip


def draw(n_shown: int = 170, n_below: int = 70, seed: int = 17) -> None:
    from jalur.kb.read import KnowledgeBase
    from jalur.pathways.transitions import MIN_GAP, group_facts, paths
    from jalur.taxonomy.resolve import resolve

    kb = KnowledgeBase.open()
    shown: list[dict[str, Any]] = []
    below: list[dict[str, Any]] = []
    for o in csv.DictReader(ORIGINS.open(encoding="utf-8")):
        res = resolve(kb, o["isco"])
        origin = group_facts(kb, o["isco"])
        for t in paths(kb, res, top=5, role_slots=0).transitions:
            target = group_facts(kb, t.target)
            on_plan = {s["element_id"]: i for i, s in enumerate(t.skills_to_learn)}
            for eid, s in target.skills.items():
                now = origin.skills.get(eid, {}).get("level", 0.0) or 0.0
                gap = s["level"] - now
                if gap < MIN_GAP or s["importance"] < 2.5:
                    continue
                row = {
                    "half": o["half"], "origin": o["isco"], "dest": t.target, "element_id": eid,
                    "domain": s["domain"], "name": s["name"], "name_id": s["name_id"],
                    "importance": round(s["importance"], 2), "level_needed": round(s["level"], 2),
                    "level_now": round(now, 2), "gap": round(gap, 2),
                    "shown": int(eid in on_plan), "rank": on_plan.get(eid, ""),
                }  # fmt: skip
                (shown if eid in on_plan else below).append(row)
    rng = random.Random(seed)
    items = rng.sample(shown, min(n_shown, len(shown))) + rng.sample(below, min(n_below, len(below)))
    rng.shuffle(items)
    with (HERE / "items.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for i, r in enumerate(items):
            w.writerow({"sid": f"s{i:03d}", **r})
    print(
        f"{len(items)} items ({len(shown)} shown, {len(below)} below the cut to draw from)", file=sys.stderr
    )


def load() -> list[dict[str, Any]]:
    labels = {r["sid"]: r["label"] for r in csv.DictReader((HERE / "labels.csv").open(encoding="utf-8"))}
    return [
        {**r, "importance": float(r["importance"]), "gap": float(r["gap"]), "label": labels[r["sid"]]}
        for r in csv.DictReader((HERE / "items.csv").open(encoding="utf-8"))
        if r["sid"] in labels
    ]


def _shown_now(items: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(origin, destination, element) of every labelled item that the current code lists as a skill to learn
    for that move (``compare_skills`` → the first ``MAX_LEARN``, as every face shows them)."""
    from jalur.kb.read import KnowledgeBase
    from jalur.pathways.transitions import MAX_LEARN, compare_skills, group_facts

    out: set[tuple[str, str, str]] = set()
    with KnowledgeBase.open() as kb:
        for o, d in sorted({(i["origin"], i["dest"]) for i in items}):
            _, _, learn = compare_skills(group_facts(kb, o), group_facts(kb, d))
            out |= {(o, d, s["element_id"]) for s in learn[:MAX_LEARN]}
    return out


def figures(items: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(items)
    yes = sum(i["label"] == "yes" for i in items)
    part = sum(i["label"] == "partly" for i in items)
    return {
        "items": n,
        "strict_precision": round(yes / n, 4) if n else None,
        "lenient_precision": round((yes + part) / n, 4) if n else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", nargs="?", default="score", choices=["score", "draw"])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.command == "draw":
        draw()
        return
    items = load()
    shown_now = _shown_now(items)
    out: dict[str, Any] = {"floor": FLOOR, "labels": {}}
    for lab in ("yes", "partly", "no"):
        out["labels"][lab] = sum(i["label"] == lab for i in items)
    out["drawn_as_shown_before"] = {h: figures([i for i in items if i["shown"] == "1" and i["half"] == h])
                                    for h in ("dev", "test")}  # fmt: skip
    now = [i for i in items if (i["origin"], i["dest"], i["element_id"]) in shown_now]
    out["shown_now"] = {
        "all": figures(now),
        **{h: figures([i for i in now if i["half"] == h]) for h in ("dev", "test")},
        "share_of_items_kept": round(len(now) / len(items), 4) if items else None,
    }
    out["by_importance"] = [
        {"min_importance": cut, **{h: figures([i for i in items if i["half"] == h and i["importance"] >= cut])
                                   for h in ("dev", "test")}}
        for cut in (2.5, 3.0, 3.25, 3.5, 3.75, 4.0)
    ]  # fmt: skip
    out["by_domain"] = {
        d: {h: figures([i for i in items if i["half"] == h and i["domain"] == d]) for h in ("dev", "test")}
        for d in ("skill", "knowledge")
    }
    text = json.dumps(out, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
