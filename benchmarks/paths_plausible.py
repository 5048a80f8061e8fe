"""Benchmark: are the moves Jalur offers plausible for an Indonesian worker? (issue 17)

    .venv/bin/python benchmarks/paths_plausible.py [--top 5] [--json benchmarks/results-paths-plausible.json]

Set: ``benchmarks/paths_eval/`` — 30 origins (``origins.csv``: the everyday words a worker types and the unit
group they resolve to, or the one chosen where the coder asks back), 450 origin → destination pairs
(``pairs.csv``: every destination of the top-15 lists of the version before issue 17, deduplicated and
shuffled) labelled blind against ``RUBRIC.md`` (``labels_a.csv``, ``labels_b.csv``: yes / partly / no with
reasons; the labellers saw the pairs only, not ranks or which version proposed them), and the 30 pairs the
new lists added (``pairs_2.csv``, labelled the same way in ``labels_c.csv``), and the pairs the industry
step brought into the top ten and the car-plant report (``pairs_3.csv``, ``labels_d.csv``), and the pairs the
authored career ladders brought into the top five (``pairs_4.csv``, ``labels_e.csv``). The pairs the evidence split
brought in are ``pairs_6.csv``, labelled in ``labels_g.csv``. ``provenance.csv`` keeps where each pair came from. Each origin is resolved to its labelled group with the query's own words,
so that the industry they name ("teller bank" -> KBLI 64) counts as it does for a worker typing them.

Baseline in the same run: the code before issue 17, put first on PYTHONPATH (a git worktree):

    git worktree add /tmp/jalur-before db99d27
    PYTHONPATH=/tmp/jalur-before/src .venv/bin/python benchmarks/paths_plausible.py --json /tmp/before.json

The origins are split once into a ``dev`` and a ``test`` half (alternate rows of ``origins.csv``, fixed
before any rule was tuned on the labels); rules are looked at on ``dev`` only, both halves are reported.

Measures, over the default top ``--top`` occupation moves of each origin — the *suggested* moves, those every
face lists first (``Transition.suggested``: viable, on a career-ladder step or in the origin's ISCO minor
group); for code before that mark, the first moves — and, beside them, over the first ``--top`` of the moves
shown apart with a weaker link (``weaker``) and the first ``--top`` of the whole list (``first_five_of_all``):
  strict precision   share of moves labelled yes (an unlabelled move counts as a miss)
  lenient precision  yes or partly
  unlabelled         moves with no label (new pairs the set does not cover: label them before trusting)
  barrier_as_short_move  moves into a group of ``data/barriers.csv`` that the origin lacks (floor: 0)
  excluded_anywhere      moves or long routes into ``data/excluded_occupations.csv`` (floor: 0)
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.pathways.transitions import paths
from jalur.taxonomy.resolve import resolve

HERE = Path(__file__).parent / "paths_eval"
#: the authored tables, read from this checkout (so that an older version of the code, put first on
#: PYTHONPATH for the baseline, is judged by the same tables)
DATA = Path(__file__).parent.parent / "src" / "jalur" / "data"


def _table(name: str) -> dict[str, dict[str, str]]:
    return {r["isco"]: r for r in csv.DictReader((DATA / name).open(encoding="utf-8"))}


def barrier_between(origin: str, target: str, barriers: dict[str, dict[str, str]]) -> bool:
    """As ``jalur.pathways.context.barrier_between``: the target's barrier unless the origin shares it."""
    b, mine = barriers.get(target), barriers.get(origin)
    if b is None or origin == target:
        return False
    return not (mine is not None and mine["kind"] == b["kind"] and mine["requires_en"] == b["requires_en"])


def load_pair_labels(
    pairs_glob: str = "pairs*.csv", labels_glob: str = "labels_*.csv", target: str = "dest"
) -> dict[tuple[str, str], dict[str, str]]:
    """Every labelled pair of ``paths_eval`` (the pair files matching ``pairs_glob`` with the label files
    matching ``labels_glob``), by origin words and the pair's ``target`` column; a pair labelled twice is an
    error. Also read by ``roles_plausible.py`` for the role pairs."""
    pairs = {
        r["pair_id"]: r
        for name in sorted(HERE.glob(pairs_glob))
        for r in csv.DictReader(name.open(encoding="utf-8"))
    }
    out: dict[tuple[str, str], dict[str, str]] = {}
    for name in sorted(HERE.glob(labels_glob)):
        for r in csv.DictReader(name.open(encoding="utf-8")):
            p = pairs[r["pair_id"]]
            key = (p["origin_query"], p[target])
            if key in out:
                raise ValueError(f"pair labelled twice: {r['pair_id']}")
            out[key] = r
    return out


def load_labels() -> dict[tuple[str, str], dict[str, str]]:
    """The labelled origin -> destination occupation moves."""
    return load_pair_labels()


def _labelled(
    labels: dict[tuple[str, str], dict[str, str]], query: str, moves: list[Any]
) -> list[tuple[str, str]]:
    """Each move's destination with its label (``unlabelled`` where the set has none)."""
    out = []
    for t in moves:
        lab = labels.get((query, t.target))
        out.append((t.target, lab["label"] if lab else "unlabelled"))
    return out


def _precision(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Strict (yes) and lenient (yes or partly) precision of the moves under ``key`` of each origin's row."""
    c: Counter[str] = Counter(lab for row in rows for _, lab in row[key])
    m = sum(c.values())
    return {
        "moves": m,
        "strict_precision": round(c["yes"] / m, 4) if m else None,
        "lenient_precision": round((c["yes"] + c["partly"]) / m, 4) if m else None,
        "unlabelled": c["unlabelled"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=Path)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--origins", default="origins.csv", help="origins file in paths_eval (origins_2.csv: the second set)"
    )
    ap.add_argument("--draw", type=Path, help="write the shown pairs no label covers to this file, and stop")
    args = ap.parse_args()
    labels = load_labels()
    origins = list(csv.DictReader((HERE / args.origins).open(encoding="utf-8")))
    per: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    barrier_short = excluded = 0
    barriers, excluded_codes = _table("barriers.csv"), _table("excluded_occupations.csv")
    with KnowledgeBase.open(args.kb) as kb:
        for o in origins:
            # the origin resolved to its labelled group, with the query's own words (so that the industry they
            # name, "teller bank" -> KBLI 64, counts as it does when the worker types them)
            res = replace(resolve(kb, o["isco"]), input=o["query"])
            p = paths(kb, res, top=10)
            occupations = [t for t in p.transitions if t.target_type == "occupation"]
            # the default list every face shows first: the suggested moves (a career step or the same kind of
            # work); code before the evidence step has no such mark, and shows its first moves
            marked = any(hasattr(t, "suggested") for t in occupations)
            moves = [t for t in occupations if t.suggested][: args.top] if marked else occupations[: args.top]
            weaker = [t for t in occupations if marked and not t.suggested][: args.top]

            got = _labelled(labels, o["query"], moves)
            for t, (_, lab) in zip(moves, got, strict=True):
                counts[lab] += 1
                if barrier_between(o["isco"], t.target, barriers):
                    barrier_short += 1
            long = getattr(p, "long_routes", [])
            excluded += sum(t.target in excluded_codes for t in [*p.transitions, *long])
            per.append(
                {
                    "query": o["query"],
                    "isco": o["isco"],
                    "moves": got,
                    "weaker": _labelled(labels, o["query"], weaker),
                    "first_five_of_all": _labelled(labels, o["query"], occupations[: args.top]),
                    "long_routes": [t.target for t in long],
                }
            )
    if args.draw:
        _draw(args.draw, per, labels)
        return
    halves = {}
    for half in ("dev", "test"):
        rows = [row for o, row in zip(origins, per, strict=True) if o.get("half") == half]
        halves[half] = {
            "origins": len(rows),
            **_precision(rows, "moves"),
            "origins_without_a_suggested_move": sum(not row["moves"] for row in rows),
            "weaker": _precision(rows, "weaker"),
            "first_five_of_all": _precision(rows, "first_five_of_all"),
        }
    n = sum(counts.values())
    result = {
        "halves": halves,
        "origins": len(origins),
        "top": args.top,
        "moves": n,
        "labels": dict(counts),
        "strict_precision": round(counts["yes"] / n, 4) if n else None,
        "lenient_precision": round((counts["yes"] + counts["partly"]) / n, 4) if n else None,
        "precision_when_labelled": round(counts["yes"] / (n - counts["unlabelled"]), 4)
        if n - counts["unlabelled"]
        else None,
        "origins_without_a_suggested_move": sum(not row["moves"] for row in per),
        "weaker": _precision(per, "weaker"),
        "first_five_of_all": _precision(per, "first_five_of_all"),
        "barrier_as_short_move": barrier_short,
        "excluded_anywhere": excluded,
        "per_origin": per,
    }
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


def _draw(path: Path, per: list[dict[str, Any]], labels: dict[tuple[str, str], dict[str, str]]) -> None:
    """Pairs to label: every destination shown (suggested, weaker, first five of all) that no label covers,
    deduplicated and shuffled, with ids after the highest of ``paths_eval``'s pairs."""
    import random

    rows = {
        (row["query"], row["isco"], dest)
        for row in per
        for key in ("moves", "weaker", "first_five_of_all")
        for dest, lab in row[key]
        if lab == "unlabelled"
    }
    keys = sorted(rows)
    random.Random(20261207).shuffle(keys)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pair_id", "origin_query", "origin_isco", "dest"])
        for i, k in enumerate(keys, 1):
            w.writerow([f"x{i:03d}", *k])
    print(f"{len(keys)} pairs written to {path}")


if __name__ == "__main__":
    main()
