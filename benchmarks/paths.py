"""Benchmark: occupation similarity against O*NET's curated Related Occupations, beside baselines.

    .venv/bin/python benchmarks/paths.py [--json benchmarks/results-paths.json]

For every O*NET occupation with a curated list (923), our ten most similar occupations (``similarity``
views combined with ``WEIGHTS``) are compared with O*NET's related occupations:
  recall@10 (primary)  share of the 10 "Primary" related occupations (Primary-Short + Primary-Long) found
                       in our top 10 — the headline figure (floor 0.40)
  recall@10 (all)      share of all 20 related occupations (Primary and Supplemental) in our top 10 (at most 0.5)
Weights: a small grid is searched on the even-numbered occupations (development half) and the result is
reported on the odd half, beside the committed ``WEIGHTS`` on both halves, so the choice is not tuned on
what it is judged on. Baselines: occupations of the same ISCO-08 minor group (three digits, through the
crosswalk chain; random order within it, fixed seed) and random occupations. Each view alone is reported
too.

Also reported: the correlation (Spearman) between our count of viable-and-safer moves per ISCO unit group
(among its 40 stored neighbours) and Nesta Mapping Career Causeways' mean count of safe-and-desirable
transitions of the ESCO occupations in that group — a comparison, not a target: Nesta's "safe" is
pre-generative-AI automation risk and its "desirable" uses UK-era pay and job zones; and ``jalur paths``
latency (median and p95 over 100 unit groups, warm).
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from jalur.config import data_dir
from jalur.ingest.sources.base import SourceFiles, get_source
from jalur.ingest.sources.tables import read_delimited
from jalur.ingest.steps.pathways import curated_pairs
from jalur.kb.read import KnowledgeBase
from jalur.pathways.similarity import VIEWS, WEIGHTS, combine, isco_similarity, onet_views
from jalur.pathways.transitions import paths
from jalur.taxonomy.resolve import resolve

SEED = 5
GRID = (0.0, 0.5, 1.0, 3.0)


def related(kb: KnowledgeBase, codes: list[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    known = set(codes)
    primary: dict[str, set[str]] = defaultdict(set)
    every: dict[str, set[str]] = defaultdict(set)
    for a, b, tier in kb.rows("SELECT onet_code, related_code, tier FROM onet_related"):
        if a in known and b in known:
            every[a].add(b)
            if tier.startswith("Primary"):
                primary[a].add(b)
    return primary, every


def recall_at(
    sim: np.ndarray, codes: list[str], gold: dict[str, set[str]], rows: list[int], k: int = 10
) -> float:
    s = sim.copy()
    np.fill_diagonal(s, -np.inf)
    top = np.argsort(-s[rows], axis=1, kind="stable")[:, :k]
    scores = [
        len({codes[j] for j in t} & gold[codes[i]]) / len(gold[codes[i]])
        for i, t in zip(rows, top, strict=True)
    ]
    return round(float(np.mean(scores)), 4)


def minor_group_baseline(kb: KnowledgeBase, codes: list[str]) -> np.ndarray:
    groups: dict[str, set[str]] = defaultdict(set)
    for onet, isco in kb.rows(
        "SELECT from_code, to_code FROM link WHERE from_scheme = 'onet' AND to_scheme = 'isco' AND source = 'chain'"
    ):
        groups[onet].add(isco[:3])
    rng = np.random.default_rng(SEED)
    noise = rng.random((len(codes), len(codes))) * 0.5
    same = np.array([[1.0 if groups[a] & groups[b] else 0.0 for b in codes] for a in codes])
    out: np.ndarray = same + noise
    return out


def isco_level(kb: KnowledgeBase, isco: list[str], sims: dict[str, np.ndarray]) -> dict[str, Any]:
    """Recall@10 of the ISCO group pairs behind O*NET's primary related occupations, for a few weights of
    the ESCO-skills view (the committed weight is 1.0)."""
    gold: dict[str, set[str]] = defaultdict(set)
    for a, b in curated_pairs(kb):
        gold[a].add(b)
    present = {name: np.diag(s) > 0 for name, s in sims.items()}
    rows = [i for i, c in enumerate(isco) if gold.get(c)]

    def recall(m: np.ndarray) -> float:
        m = m.copy()
        np.fill_diagonal(m, -np.inf)
        top = np.argsort(-m[rows], axis=1, kind="stable")[:, :10]
        hits = [
            len({isco[j] for j in t} & gold[isco[i]]) / min(10, len(gold[isco[i]]))
            for i, t in zip(rows, top, strict=True)
        ]
        return round(float(np.mean(hits)), 4)

    out: dict[str, Any] = {"groups": len(rows)}
    for w in (0.0, 0.5, 1.0, 2.0, 3.0):
        out[f"esco_weight_{w}"] = recall(combine(sims, present, {**WEIGHTS, "esco_skills": w}))
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra = np.argsort(np.argsort(a)).astype(float)
    rb = np.argsort(np.argsort(b)).astype(float)
    return round(float(np.corrcoef(ra, rb)[0, 1]), 4)


def nesta_comparison(kb: KnowledgeBase) -> dict[str, Any]:
    files = SourceFiles(get_source("nesta-mapping-career-causeways"), data_dir())
    rows = read_delimited(
        files.path("mcc_transitions_Occupation_data.csv"),
        ["isco_code", "n_safe_desirable", "n_desirable"],
        source="nesta-mapping-career-causeways",
        min_rows=1000,
    )
    safe: dict[str, list[float]] = defaultdict(list)
    desirable: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        code = r["isco_code"].strip().zfill(4)
        if r["n_safe_desirable"].strip() and r["n_desirable"].strip():
            safe[code].append(float(r["n_safe_desirable"]))
            desirable[code].append(float(r["n_desirable"]))
    viable_safer: dict[str, float] = {}
    viable: dict[str, float] = {}
    for g in [r[0] for r in kb.rows("SELECT DISTINCT origin FROM isco_neighbour")]:
        moves = paths(kb, resolve(kb, g), top=1000, role_slots=0).transitions
        kinds = [set(t.kind) for t in moves if t.target_type == "occupation"]
        viable_safer[g] = float(sum(1 for k in kinds if {"viable", "safer"} <= k))
        viable[g] = float(sum(1 for k in kinds if "viable" in k))
    common = sorted(set(viable) & set(safe))
    return {
        "isco_groups_compared": len(common),
        "spearman_viable_safer_vs_nesta_safe_desirable": spearman(
            [viable_safer[g] for g in common], [float(np.mean(safe[g])) for g in common]
        ),
        "spearman_viable_vs_nesta_desirable": spearman(
            [viable[g] for g in common], [float(np.mean(desirable[g])) for g in common]
        ),
        "ours_viable_safer_median": float(np.median([viable_safer[g] for g in common])),
        "nesta_safe_desirable_median": float(np.median([float(np.mean(safe[g])) for g in common])),
    }


def paths_latency(kb: KnowledgeBase, n: int = 100) -> dict[str, Any]:
    codes = [r[0] for r in kb.rows("SELECT DISTINCT origin FROM isco_neighbour ORDER BY origin")][:n]
    paths(kb, resolve(kb, codes[0]))  # warm
    lat = []
    for c in codes:
        t0 = time.perf_counter()
        paths(kb, resolve(kb, c), top=10)
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    return {
        "n": len(lat),
        "p50_ms": round(float(np.median(lat)), 1),
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    with KnowledgeBase.open() as kb:
        t0 = time.perf_counter()
        views = onet_views(kb)
        sims = views.similarities()
        present = {name: views.has(name) for name in VIEWS}
        t_views = time.perf_counter() - t0
        primary, every = related(kb, views.codes)
        rows = [i for i, c in enumerate(views.codes) if primary.get(c)]
        dev, test = rows[0::2], rows[1::2]

        def report(sim: np.ndarray) -> dict[str, Any]:
            return {
                "recall10_primary": recall_at(sim, views.codes, primary, rows),
                "recall10_all": recall_at(sim, views.codes, every, rows),
                "recall10_primary_dev": recall_at(sim, views.codes, primary, dev),
                "recall10_primary_test": recall_at(sim, views.codes, primary, test),
            }

        out: dict[str, Any] = {"occupations": len(rows), "weights": WEIGHTS}
        out["jalur"] = report(combine(sims, present, WEIGHTS))
        out["views_alone"] = {name: report(sims[name]) for name in VIEWS}
        grid = []
        for w in itertools.product(GRID, repeat=len(VIEWS)):
            if sum(w) == 0:
                continue
            weights = dict(zip(VIEWS, w, strict=True))
            grid.append((recall_at(combine(sims, present, weights), views.codes, primary, dev), w))
        grid.sort(key=lambda g: (-g[0], g[1]))
        best = dict(zip(VIEWS, grid[0][1], strict=True))
        out["grid_best_on_dev"] = {
            "weights": best,
            "recall10_primary_dev": grid[0][0],
            "recall10_primary_test": recall_at(combine(sims, present, best), views.codes, primary, test),
        }
        out["baseline_same_isco_minor_group"] = report(minor_group_baseline(kb, views.codes))
        out["baseline_random"] = report(np.random.default_rng(SEED).random((len(views.codes),) * 2))
        t1 = time.perf_counter()
        isco, isco_sims, _ = isco_similarity(kb)
        out["seconds"] = {
            "onet_views": round(t_views, 2),
            "isco_similarity": round(time.perf_counter() - t1, 2),
        }
        out["isco_groups"] = len(isco)
        out["isco_level"] = isco_level(kb, isco, isco_sims)
        out["nesta"] = nesta_comparison(kb)
        out["paths_latency"] = paths_latency(kb)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
