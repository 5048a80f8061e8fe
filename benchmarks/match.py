"""Benchmark: job-title matching (ISCO-08 four digits), with leave-one-out, baselines and speed.

    .venv/bin/python benchmarks/match.py [--onet-sample 2000] [--fit] [--json out.json]

Sets (a title being evaluated is hidden from the index for its own query: every document with the same
core text, and for KBJI every document of that job title):
  onet      O*NET Sample of Reported Titles -> ISCO through the crosswalk chain (any target counts); English
  kbji      KBJI 2014 six-digit job titles -> their unit group (leave-one-out); Indonesian
  everyday  benchmarks/data/everyday_titles.csv: real posting titles and everyday Indonesian forms,
            labelled by hand before the matcher was tuned; rows with no code must be abstained on
            (also reported as 'everyday_as_shipped': the same titles with nothing hidden)
Baselines in the same run: rapidfuzz (WRatio) over all names alone; the embedding model alone.
--fit refits the ranking/confidence model on training halves of the development sets -- O*NET reported
titles outside the evaluation sample and the odd-numbered KBJI job titles; never on everyday -- and writes
src/jalur/data/match_ranker.json (threshold for 0.90 precision on that training data). KBJI figures are
reported on the held-out even-numbered half ('kbji') and on all titles ('kbji_all').
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from jalur.kb.read import KnowledgeBase
from jalur.match.calibration import Ranker, fit, threshold_for_precision
from jalur.match.matcher import Exclusion, Matcher, default_workers
from jalur.text.normalise import core_parts, core_title

HERE = Path(__file__).parent
EVERYDAY = HERE / "data" / "everyday_titles.csv"
TARGET_PRECISION_DEV = 0.90


def _texts(title: str) -> frozenset[str]:
    """What a title can be searched as (its core, and each part's): all hidden for its own query."""
    return frozenset({core_title(title), *core_parts(title)})


def load_sets(kb: KnowledgeBase, onet_sample: int, seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    chain: dict[str, set[str]] = defaultdict(set)
    for a, b in kb.rows(
        "SELECT from_code, to_code FROM link WHERE from_scheme = 'onet' AND to_scheme = 'isco' AND source = 'chain'"
    ):
        chain[a].add(b)
    onet = [
        {"title": t, "gold": sorted(chain[c]), "exclude": Exclusion(_texts(t))}
        for c, t in kb.rows(
            "SELECT onet_code, title FROM onet_title WHERE kind = 'reported' ORDER BY onet_code, title"
        )
        if chain.get(c)
    ]
    random.Random(seed).shuffle(onet)
    kbji_links: dict[str, set[str]] = defaultdict(set)
    for a, b in kb.rows(
        "SELECT from_code, to_code FROM link WHERE from_scheme = 'kbji' AND to_scheme = 'isco'"
    ):
        kbji_links[a].add(b)
    kbji = [
        {
            "title": t,
            "gold": sorted(kbji_links[u]),
            "exclude": Exclusion(_texts(t), frozenset({f"kbji_job:{code}"})),
        }
        for code, u, t in kb.rows("SELECT code, unit_group, title_id FROM kbji_job ORDER BY code")
    ]
    everyday = []
    if EVERYDAY.is_file():
        with EVERYDAY.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                gold = [c for c in (r.get("isco") or "").split(";") if c.strip()]
                everyday.append(
                    {
                        "title": r["title"],
                        "gold": gold,
                        "source": r.get("source", ""),
                        "exclude": Exclusion(_texts(r["title"])),
                    }
                )
    return {
        "onet": onet[:onet_sample],
        "kbji": kbji[0::2],
        "kbji_all": kbji,
        "everyday": everyday,
        # the lexicon was written without seeing this set, so matching with it intact is also a fair test
        # of Jalur as shipped; reported beside the leave-one-out figures, which remain the primary ones
        "everyday_as_shipped": [dict(it, exclude=None) for it in everyday],
        "train": onet[onet_sample : onet_sample + 3000] + kbji[1::2],
    }


def evaluate(predict: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    """predict(item) -> (ranked codes, abstained). Items with no gold code score as 'should abstain'."""
    n = top1 = top3 = abst = kept = kept_ok = 0
    none_items = none_abst = 0
    for it in items:
        codes, abstained = predict(it)
        if not it["gold"]:
            none_items += 1
            none_abst += int(abstained or not codes)
            continue
        n += 1
        gold = set(it["gold"])
        ok1 = bool(codes) and codes[0] in gold
        top1 += ok1
        top3 += bool(gold & set(codes[:3]))
        if abstained:
            abst += 1
        else:
            kept += 1
            kept_ok += ok1
    out = {
        "n": n,
        "top1": round(top1 / n, 4) if n else None,
        "top3": round(top3 / n, 4) if n else None,
        "abstention_rate": round(abst / n, 4) if n else None,
        "precision_when_answering": round(kept_ok / kept, 4) if kept else None,
        "answered": kept,
    }
    if none_items:
        out["no_occupation_items"] = none_items
        out["no_occupation_abstained"] = round(none_abst / none_items, 4)
    return out


def jalur_predict(m: Matcher) -> Any:
    def predict(it: dict[str, Any]) -> tuple[list[str], bool]:
        r = m.match(it["title"], exclude=it["exclude"])
        return [c.isco for c in r.candidates], r.abstained

    return predict


def fuzzy_baseline(m: Matcher) -> Any:
    from rapidfuzz import fuzz, process

    def predict(it: dict[str, Any]) -> tuple[list[str], bool]:
        q = core_title(it["title"])
        hidden = m._hidden(it["exclude"])
        scores: dict[str, float] = {}
        for _, s, row in process.extract(q, m.text, scorer=fuzz.WRatio, limit=60):
            if row in hidden:
                continue
            for isco, w in m.isco_weights(row):
                scores[isco] = max(scores.get(isco, 0.0), s * w)
        ranked = sorted(scores, key=lambda c: -scores[c])
        return ranked[:5], False

    return predict


def embedding_baseline(m: Matcher) -> Any:
    from jalur.ingest.steps.match import embedding_text
    from jalur.text.embed import encode

    def predict(it: dict[str, Any]) -> tuple[list[str], bool]:
        assert m.vectors is not None
        q = core_title(it["title"])
        v = encode([embedding_text(q, "id")])[0]
        sims = m.vectors @ v
        hidden = m._hidden(it["exclude"])
        scores: dict[str, float] = {}
        for j in np.argsort(-sims)[:60].tolist():
            row = int(m.vec_rows[j])
            if row in hidden:
                continue
            for isco, w in m.isco_weights(row):
                scores[isco] = max(scores.get(isco, 0.0), float(sims[j]) * w)
        return sorted(scores, key=lambda c: -scores[c])[:5], False

    return predict


def fit_ranker(m: Matcher, items: list[dict[str, Any]]) -> Ranker:
    xs, ys, tops, top_ok = [], [], [], []
    for it in items:
        scored = m.score(it["title"], exclude=it["exclude"])
        if not isinstance(scored, tuple) or not scored[2]:
            continue
        _, _, idx, x, _, _ = scored
        y = np.array([1.0 if m.codes[i] in set(it["gold"]) else 0.0 for i in idx])
        xs.append(x)
        ys.append(y)
    x_all, y_all = np.vstack(xs), np.concatenate(ys)
    w = fit(x_all, y_all)
    ranker = Ranker(tuple(float(v) for v in w), 0.5)
    for x, y in zip(xs, ys, strict=True):
        order, shares = ranker.rank(x, 5)  # as the matcher shows them
        tops.append(float(shares[0]))
        top_ok.append(y[order[0]])
    thr = threshold_for_precision(np.array(tops), np.array(top_ok), TARGET_PRECISION_DEV)
    meta = {
        "fitted": True,
        "queries": len(xs),
        "candidates": int(y_all.size),
        "target_precision_train": TARGET_PRECISION_DEV,
    }
    return Ranker(tuple(float(v) for v in w), thr, meta)


def posting_titles() -> list[str]:
    raw = Path("../shared/data/raw/id-jobs-ceroberoz")
    titles: list[str] = []
    for f in sorted(raw.glob("*.csv")) if raw.is_dir() else []:
        with f.open(encoding="utf-8") as fh:
            titles += [r["job_title"] for r in csv.DictReader(fh) if r.get("job_title")]
    return titles


def speed(m: Matcher, repeats: int = 3) -> dict[str, Any]:
    """Batch throughput on the real posting titles (with their repeats; median of ``repeats`` cold runs),
    in forked worker processes (the default for large batches) and in one process, and single-query
    latency; with the embedding stage (default) and without it (``--fast``)."""
    titles = posting_titles()
    out: dict[str, Any] = {
        "batch_titles": len(titles),
        "batch_unique": len(set(titles)),
        "workers": default_workers(len(titles)),
    }
    if not titles:
        return out
    vectors = m.vectors

    def rate(workers: int | None) -> float:
        rates = []
        for _ in range(repeats):
            m._cache.clear()
            t0 = time.perf_counter()
            m.match_many(titles, workers=workers)
            rates.append(len(titles) / (time.perf_counter() - t0))
        return round(statistics.median(rates), 1)

    for mode, vecs in (("default", vectors), ("lexical_only", None)):
        m.vectors = vecs
        batch, one_process = rate(None), rate(1)
        lat = []
        for t in sorted(set(titles))[:300]:
            m._cache.clear()
            t0 = time.perf_counter()
            m.match(t)
            lat.append((time.perf_counter() - t0) * 1000)
        lat.sort()
        out[mode] = {
            "batch_titles_per_s": batch,
            "batch_titles_per_s_one_process": one_process,
            "single_query_ms": {
                "n": len(lat),
                "p50": round(statistics.median(lat), 2),
                "p95": round(lat[int(0.95 * (len(lat) - 1))], 2),
            },
        }
    m.vectors = vectors
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--onet-sample", type=int, default=2000)
    ap.add_argument("--baseline-sample", type=int, default=600)
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    kb = KnowledgeBase.open()
    t0 = time.perf_counter()
    m = Matcher(kb)
    init_s = time.perf_counter() - t0
    sets = load_sets(kb, args.onet_sample)
    if args.fit:
        ranker = fit_ranker(m, sets["train"])
        path = Path(__file__).parents[1] / "src" / "jalur" / "data" / "match_ranker.json"
        path.write_text(ranker.to_json() + "\n", encoding="utf-8")
        m.ranker = ranker
    result: dict[str, Any] = {
        "matcher_init_s": round(init_s, 2),
        "ranker": m.ranker.meta | {"threshold": m.ranker.threshold},
    }
    for name, items in sets.items():
        if not items or name == "train":
            continue
        row = {"jalur": evaluate(jalur_predict(m), items)}
        if name in ("kbji_all", "everyday_as_shipped"):
            result[name] = row
            continue
        sample = items[: args.baseline_sample]
        row["baseline_fuzzy"] = evaluate(fuzzy_baseline(m), sample)
        if m.vectors is not None:
            row["baseline_embedding"] = evaluate(embedding_baseline(m), sample)
        result[name] = row
    result["speed"] = speed(m)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
