"""Benchmark: are the AI-era roles Jalur offers a worker plausible next jobs? (issue 17)

    .venv/bin/python benchmarks/roles_plausible.py [--json benchmarks/results-roles-plausible.json]
    .venv/bin/python benchmarks/roles_plausible.py draw      # once, before labelling: writes the pairs

Set: ``benchmarks/paths_eval/`` — the 30 origins of ``origins.csv`` (their dev/test halves), and origin → role
pairs (``role_pairs.csv``) drawn once by ``draw`` from the code of the day the rubric was written: for each
origin, the ten roles nearest by score, the five whose skills the origin covers best, and every role shown
to the worker (``roles_within_reach``), deduplicated and shuffled. Labelled blind against
``RUBRIC_ROLES.md`` in ``role_labels_a.csv`` (the labeller saw the pair only: origin words and group, the
role's name, description and tasks; not the rank, the kind, hours or entry gate). ``role_provenance.csv``
keeps why each pair was drawn.

Measures, over the roles a worker is shown as within reach for each origin (``roles_within_reach``: viable
roles, at most five; before it, the web's list of viable roles and entry-level desks among the five nearest):
  strict precision   share labelled yes (an unlabelled role counts as a miss)
  lenient precision  yes or partly
  shown              roles shown, and origins shown none
and, beside them, the same over the entry-level desks shown apart (``entry_desks_apart``) and over the first
five roles by score whatever their kind (``nearest_5``: the baseline a ranking by similarity alone gives).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from paths_plausible import load_pair_labels

from jalur.kb.read import KnowledgeBase
from jalur.pathways.transitions import Transition, group_facts, role_transitions
from jalur.taxonomy.resolve import resolve

HERE = Path(__file__).parent / "paths_eval"
SHOWN = 5


def within_reach(roles: list[Transition]) -> tuple[list[Transition], list[Transition]]:
    """The roles a worker is shown as within reach, and the entry-level desks shown apart, as the faces list
    them (``jalur.pathways.transitions.roles_within_reach``); for code before it, the web's rule of its day
    (viable or open-entry among the five nearest, in one list; nothing apart)."""
    try:
        from jalur.pathways.transitions import roles_within_reach  # type: ignore[attr-defined]
    except ImportError:
        return [t for t in roles[:SHOWN] if "viable" in t.kind or "open_entry" in t.kind], []
    close, entry = roles_within_reach(roles)
    return list(close), list(entry)


def origin_roles(kb: KnowledgeBase, isco: str) -> list[Transition]:
    origin = group_facts(kb, resolve(kb, isco).isco)
    meta = kb.repo.pathways_meta()
    return role_transitions(kb, origin, float(meta.get("role_viable_threshold", 0.0)))


def draw(
    kb: KnowledgeBase, origins_file: str = "origins.csv", out: str = "role_pairs.csv", prefix: str = "w"
) -> None:
    origins = list(csv.DictReader((HERE / origins_file).open(encoding="utf-8")))
    why: dict[tuple[str, str, str], list[str]] = {}
    for o in origins:
        roles = origin_roles(kb, o["isco"])
        picks = {
            "nearest_10": [t.target for t in roles[:10]],
            "coverage_5": [
                t.target for t in sorted(roles, key=lambda t: (-t.coverage, -t.similarity, t.target))[:5]
            ],
            "shown": [t.target for t in within_reach(roles)[0]],
            "entry_desks_apart": [t.target for t in within_reach(roles)[1]],
        }
        for source, ids in picks.items():
            for rid in ids:
                why.setdefault((o["query"], o["isco"], rid), []).append(source)
    keys = sorted(why)
    random.Random(20261207).shuffle(keys)
    with (HERE / out).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pair_id", "origin_query", "origin_isco", "role"])
        for i, k in enumerate(keys, 1):
            w.writerow([f"{prefix}{i:03d}", *k])
    with (HERE / out.replace("pairs", "provenance")).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pair_id", "drawn_as"])
        for i, k in enumerate(keys, 1):
            w.writerow([f"{prefix}{i:03d}", ";".join(why[k])])
    print(f"{len(keys)} pairs for {len(origins)} origins")


def load_labels() -> dict[tuple[str, str], dict[str, str]]:
    """The labelled origin -> role pairs (``role_pairs*.csv`` with ``role_labels_*.csv``)."""
    return load_pair_labels("role_pairs*.csv", "role_labels_*.csv", "role")


def _precision(labels: list[str]) -> dict[str, Any]:
    c = Counter(labels)
    m = len(labels)
    return {
        "roles": m,
        "strict_precision": round(c["yes"] / m, 4) if m else None,
        "lenient_precision": round((c["yes"] + c["partly"]) / m, 4) if m else None,
        "no": c["no"],
        "unlabelled": c["unlabelled"],
    }


def score(kb: KnowledgeBase, origins_file: str = "origins.csv") -> dict[str, Any]:
    labels = load_labels()
    origins = list(csv.DictReader((HERE / origins_file).open(encoding="utf-8")))
    per = []
    for o in origins:
        roles = origin_roles(kb, o["isco"])

        def lab(ts: list[Transition], q: str = o["query"]) -> list[tuple[str, str]]:
            return [(t.target, labels.get((q, t.target), {}).get("label", "unlabelled")) for t in ts]

        per.append(
            {
                "query": o["query"],
                "isco": o["isco"],
                "half": o["half"],
                "shown": lab(within_reach(roles)[0]),
                "entry_desks_apart": lab(within_reach(roles)[1]),
                "nearest_5": lab(roles[:SHOWN]),
            }
        )
    out: dict[str, Any] = {"origins": len(per), "labelled_pairs": len(labels)}
    for key in ("shown", "entry_desks_apart", "nearest_5"):
        out[key] = {
            half: {
                **_precision([lab for r in per if half in ("all", r["half"]) for _, lab in r[key]]),
                "origins_with_none": sum(1 for r in per if half in ("all", r["half"]) and not r[key]),
            }
            for half in ("all", "dev", "test")
        }
    out["per_origin"] = per
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", nargs="?", default="score", choices=["score", "draw"])
    ap.add_argument("--kb", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--origins", default="origins.csv", help="origins file in paths_eval (origins_2.csv: the second set)"
    )
    args = ap.parse_args()
    second = args.origins != "origins.csv"
    with KnowledgeBase.open(args.kb) as kb:
        if args.command == "draw":
            draw(kb, args.origins, "role_pairs_2.csv" if second else "role_pairs.csv", "y" if second else "w")
            return
        res = score(kb, args.origins)
    summary = {k: v for k, v in res.items() if k != "per_origin"}
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
