"""Benchmark: the task-exposure scorer on held-out occupations, beside baselines, and the engine's speed.

    .venv/bin/python benchmarks/exposure.py [--folds 5] [--json benchmarks/results-exposure.json]

Protocol: occupations are split into ``--folds`` groups (fixed seed); each fold's tasks are scored by a
scorer fitted without any task of that fold's occupations (ILO: ISCO unit groups; Eloundou: O*NET
occupations), exactly as the product fits it (``TaskScorer.fit``), so no occupation is in both train and
test. Reported:
  ilo       Pearson r of predicted vs ILO 2025 task scores on the English text and on the Indonesian text
            of the same tasks; r of held-out occupations' mean predicted score vs the ILO's published mean;
            mean absolute error; agreement of the automate/augment/human class
  eloundou  human labels: 3-class exact agreement, E1-vs-not, exposed-vs-not; GPT-4's own agreement with
            the humans (from the data) as the published reference
  baselines constant (training mean / majority class) and nearest neighbour on lexical similarity (the
            most similar training task's score or label, TF-IDF cosine)
  static    the two parts of the shipped exposure axis summed by hand (added 2026-12-06, a check of the
            blend): the TF-IDF ridge (uncalibrated) plus a ridge (lambda 1) on static e5 word vectors of
            the same texts (``task_mode.static_vectors``), each standardised, weight 1 — Pearson r only.
            Since 2026-12-06 the shipped scorer blends the two itself (``TaskScorer.fit(embed=...)``:
            weights by least squares on out-of-fold predictions), so ``jalur`` is that model
  speed     new-text scoring (tasks/s, batch, median of 3) and reference look-ups (exposure profile of a
            unit group, p50/p95 ms)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from jalur.config import data_dir
from jalur.exposure import exposure_profile
from jalur.exposure.classes import task_class
from jalur.exposure.scorer import ELOUNDOU_LABELS, TaskScorer
from jalur.ingest.sources import indices as src
from jalur.ingest.sources.base import SourceFiles, get_source
from jalur.ingest.steps.exposure import word_vectors
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.resolve import resolve

SEED = 11


def folds_of(groups: list[str], k: int) -> dict[str, int]:
    keys = sorted(set(groups))
    random.Random(SEED).shuffle(keys)
    return {g: i % k for i, g in enumerate(keys)}


def pearson(a: list[float] | np.ndarray, b: list[float] | np.ndarray) -> float:
    return round(float(np.corrcoef(np.asarray(a, float), np.asarray(b, float))[0, 1]), 4)


def load(
    kb: KnowledgeBase,
) -> tuple[list[tuple[str, str | None, str | None, float]], list[tuple[str, str, str]], list[str]]:
    ilo = [
        (r[0], r[1], r[2], float(r[3]))
        for r in kb.rows(
            "SELECT isco, text_en, text_id, score_2025 FROM task WHERE score_2025 IS NOT NULL "
            "AND text_en IS NOT NULL ORDER BY isco, seq"
        )
    ]
    files = SourceFiles(get_source(src.ELOUNDOU), data_dir())
    tasks = sorted(
        src.read_eloundou_tasks(files.path("full_labelset.tsv")), key=lambda t: (t.onet, t.task_id)
    )
    eloundou = [(t.onet, t.text, t.human) for t in tasks if t.text]
    gpt4 = [t.gpt4 for t in tasks if t.text]
    return ilo, eloundou, gpt4


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error of a regression: predictions in ten equal-width bins of 0-1, the gap
    between mean prediction and mean reference per bin, weighted by the bin's share of tasks."""
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += float(m.mean()) * abs(float(p[m].mean()) - float(y[m].mean()))
    return round(total, 4)


def nearest_of(scorer: TaskScorer, texts: list[str], source: str) -> list[Any]:
    """For each text, the score (ILO) or label (Eloundou) of the most similar training task of ``source``."""
    x = scorer.vocab.transform(texts)
    out = []
    for i in range(len(texts)):
        hit = next((e for e in scorer.nearest(x.rows(np.array([i])), 40) if e["source"] == source), None)
        out.append(None if hit is None else hit["score"] if hit["score"] is not None else hit["label"])
    return out


def ilo_eval(
    ilo: list[tuple[str, str | None, str | None, float]],
    eloundou: list[tuple[str, str, str]],
    published: dict[str, float],
    k: int,
) -> dict[str, Any]:
    fold = folds_of([t[0] for t in ilo], k)
    n = len(ilo)
    y = np.array([t[3] for t in ilo])
    has_id = np.array([bool(t[2]) for t in ilo])
    pred_en, pred_id = np.zeros(n), np.full(n, np.nan)
    cal_en, cal_id = np.zeros(n), np.full(n, np.nan)
    cover_en = np.zeros(n, bool)
    nn_en, nn_id = np.full(n, np.nan), np.full(n, np.nan)
    const = np.zeros(n)
    from task_mode import static_vectors

    static = {col: static_vectors([str(t[col] or "") for t in ilo]) for col in (1, 2)}
    raw_tfidf = {1: np.zeros(n), 2: np.full(n, np.nan)}
    raw_static = {1: np.zeros(n), 2: np.full(n, np.nan)}
    for f in range(k):
        test = [i for i, t in enumerate(ilo) if fold[t[0]] == f]
        train = [ilo[i] for i, t in enumerate(ilo) if fold[t[0]] != f]
        s = TaskScorer.fit(train, eloundou, embed=word_vectors)
        # the static-vector ridge, fitted on the training tasks' English and Indonesian texts as the scorer is
        tr_rows = [(i, col) for i, t in enumerate(ilo) if fold[t[0]] != f for col in (1, 2) if t[col]]
        sx = np.array([static[col][i] for i, col in tr_rows])
        sy = np.array([y[i] for i, _ in tr_rows])
        sw = np.linalg.solve(sx.T @ sx + np.eye(sx.shape[1]), sx.T @ (sy - sy.mean()))
        for col, pred, cal, nn in ((1, pred_en, cal_en, nn_en), (2, pred_id, cal_id, nn_id)):
            rows = [i for i in test if ilo[i][col]]
            texts = [str(ilo[i][col]) for i in rows]
            x = s.vocab.transform(texts)
            raw = s.b_ilo + x.dot(s.w_ilo)
            raw_tfidf[col][rows] = raw
            raw_static[col][rows] = sy.mean() + static[col][rows] @ sw
            pred[rows] = np.clip(raw, 0, 1)
            # the shipped score: the TF-IDF ridge blended with the static-vector ridge, then the quantile
            # calibration, both fitted inside TaskScorer.fit on the training folds
            assert s.cal_ilo is not None
            cal[rows] = np.clip(s.cal_ilo.apply(s.ilo_raw(x, texts)), 0, 1)
            if col == 1:
                half = s.cal_ilo.half_width(cal[rows])
                cover_en[rows] = np.abs(cal[rows] - y[rows]) <= half
            nn[rows] = [
                v if v is not None else s.b_ilo for v in nearest_of(s, texts, "ilo-genai-exposure-2025")
            ]
        const[test] = float(np.mean([t[3] for t in train]))
    by_occ: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(ilo):
        by_occ[t[0]].append(i)
    occ_true = [published[o] for o in by_occ]  # the ILO's published occupation means

    def summary(p: np.ndarray, mask: np.ndarray) -> dict[str, Any]:
        return {
            "n": int(mask.sum()),
            "pearson_r": pearson(p[mask], y[mask]) if np.std(p[mask]) > 0 else None,
            "sd_ratio": round(float(np.std(p[mask]) / np.std(y[mask])), 4),
            "ece": ece(p[mask], y[mask]),
            "mae": round(float(np.mean(np.abs(p[mask] - y[mask]))), 4),
            "class_agreement": round(
                float(
                    np.mean([task_class(a) == task_class(b) for a, b in zip(p[mask], y[mask], strict=True)])
                ),
                4,
            ),
        }

    everyone = np.ones(n, bool)

    def z(a: np.ndarray) -> np.ndarray:
        return (a - a.mean()) / a.std()

    with_static = {
        lang: pearson(z(raw_tfidf[col][m]) + z(raw_static[col][m]), y[m])
        for lang, col, m in (("en", 1, everyone), ("id", 2, has_id))
    }
    return {
        "jalur_plus_static_uncalibrated": {"pearson_r": with_static},
        "tasks": n,
        "occupations": len(by_occ),
        "jalur": {
            "en": summary(cal_en, everyone),
            "id": summary(cal_id, has_id),
            "occupation_mean_r": pearson([float(np.mean(cal_en[ix])) for ix in by_occ.values()], occ_true),
            "range80_coverage_en": round(float(np.mean(cover_en)), 4),
        },
        "jalur_uncalibrated": {
            "en": summary(pred_en, everyone),
            "id": summary(pred_id, has_id),
            "occupation_mean_r": pearson([float(np.mean(pred_en[ix])) for ix in by_occ.values()], occ_true),
        },
        "baseline_constant": {
            "en": summary(const, everyone),
            "id": summary(const, has_id),
            "occupation_mean_r": None,
        },
        "baseline_nearest": {
            "en": summary(nn_en, everyone),
            "id": summary(nn_id, has_id),
            "occupation_mean_r": pearson([float(np.mean(nn_en[ix])) for ix in by_occ.values()], occ_true),
        },
    }


def eloundou_eval(
    ilo: list[tuple[str, str | None, str | None, float]],
    eloundou: list[tuple[str, str, str]],
    gpt4: list[str],
    k: int,
) -> dict[str, Any]:
    fold = folds_of([t[0] for t in eloundou], k)
    truth = [t[2] for t in eloundou]
    pred: list[str] = [""] * len(eloundou)
    nn: list[str] = [""] * len(eloundou)
    major: list[str] = [""] * len(eloundou)
    for f in range(k):
        test = [i for i, t in enumerate(eloundou) if fold[t[0]] == f]
        train = [t for t in eloundou if fold[t[0]] != f]
        s = TaskScorer.fit(ilo, train)
        texts = [eloundou[i][1] for i in test]
        x = s.vocab.transform(texts)
        e = s.b_e[:, None] + np.vstack([x.dot(w) for w in s.w_e])
        top = statistics.mode([t[2] for t in train])
        for j, i in enumerate(test):
            pred[i] = ELOUNDOU_LABELS[int(np.argmax(e[:, j]))]
            major[i] = top
        for i, v in zip(test, nearest_of(s, texts, "eloundou-gpts-are-gpts"), strict=True):
            nn[i] = v if v is not None else top

    def agree(p: list[str]) -> dict[str, float]:
        pairs = list(zip(p, truth, strict=True))
        return {
            "three_class": round(float(np.mean([a == b for a, b in pairs])), 4),
            "e1_vs_not": round(float(np.mean([(a == "E1") == (b == "E1") for a, b in pairs])), 4),
            "exposed_vs_not": round(float(np.mean([(a != "E0") == (b != "E0") for a, b in pairs])), 4),
        }

    return {
        "tasks": len(eloundou),
        "occupations": len(fold),
        "label_shares": {lab: round(truth.count(lab) / len(truth), 4) for lab in ELOUNDOU_LABELS},
        "jalur": agree(pred),
        "baseline_majority": agree(major),
        "baseline_nearest": agree(nn),
        "reference_gpt4_vs_human": agree(gpt4),
    }


def speed(
    kb: KnowledgeBase, ilo: list[tuple[str, str | None, str | None, float]], repeats: int = 3
) -> dict[str, Any]:
    scorer = TaskScorer.load(kb)
    scorer.score(["warm up"])  # builds the evidence index once
    texts = [t[2] or t[1] or "" for t in ilo][:2000]
    rates, bare = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        scorer.score(texts)
        rates.append(len(texts) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        scorer.score(texts, evidence=0)
        bare.append(len(texts) / (time.perf_counter() - t0))
    codes = [r[0] for r in kb.rows("SELECT code FROM isco_group WHERE level = 4 ORDER BY code")][:300]
    lat = []
    for c in codes:
        t0 = time.perf_counter()
        exposure_profile(kb, resolve(kb, c))
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    return {
        "scoring_batch": len(texts),
        "scoring_tasks_per_s": round(statistics.median(rates), 1),
        "scoring_tasks_per_s_without_evidence": round(statistics.median(bare), 1),
        "reference_lookup_ms": {
            "n": len(lat),
            "p50": round(statistics.median(lat), 2),
            "p95": round(lat[int(0.95 * (len(lat) - 1))], 2),
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    with KnowledgeBase.open() as kb:
        t0 = time.perf_counter()
        ilo, eloundou, gpt4 = load(kb)
        out: dict[str, Any] = {"folds": args.folds, "seed": SEED}
        published = {r[0]: float(r[1]) for r in kb.rows("SELECT isco, mean_2025 FROM ilo_occupation")}
        out["ilo"] = ilo_eval(ilo, eloundou, published, args.folds)
        out["eloundou"] = eloundou_eval(ilo, eloundou, gpt4, args.folds)
        out["speed"] = speed(kb, ilo)
        out["seconds"] = round(time.perf_counter() - t0, 1)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
