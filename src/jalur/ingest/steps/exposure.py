"""Build step 'exposure': the task scorer (``jalur.exposure.scorer``), fitted on the ILO 2025 task scores
(English and Indonesian text of each ILO task, from the ``task`` table) and the human Eloundou labels of
the O*NET tasks, and stored as numbers: one row per vocabulary term with its IDF and weights, the
reference tasks used as evidence, and the intercepts. Deterministic: the same inputs give the same rows.

Then, once per build rather than per request: unit groups with no task list at all borrow the task
statements of their linked O*NET occupations (``task.align_method = 'onet_chain'``, flagged
``tasks_from_onet_chain`` wherever shown), and every task gets the scorer's estimates of exposure and mode
(table ``task_estimate``), so that profiles, paths and summaries read one stored figure.
"""

from __future__ import annotations

import logging
from typing import Any

from jalur.exposure.scorer import MODEL, OBSERVED, Observed, TaskScorer
from jalur.ingest.build import BuildContext
from jalur.ingest.sources import indices as src
from jalur.ingest.steps.ai_use import MODE_MIN_CLASSIFIED
from jalur.kb.provenance import ONET
from jalur.model.kb import ONET_CHAIN

log = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = (src.ELOUNDOU,)

SCHEMA = """
-- the task scorer: TF-IDF terms (words and word pairs, both languages) with ridge weights for the ILO
-- score, for each Eloundou label (E0, E1, E2) and for the mode (automation share of AI use; all zero when the
-- observed index is absent)
CREATE TABLE scorer_term (
    term TEXT PRIMARY KEY, idf REAL NOT NULL, w_ilo REAL NOT NULL, w_e0 REAL NOT NULL, w_e1 REAL NOT NULL,
    w_e2 REAL NOT NULL, w_mode REAL NOT NULL
);
-- reference tasks shown as evidence: ILO tasks (score) and Eloundou-labelled O*NET tasks (label)
CREATE TABLE scorer_ref (
    ref_id INTEGER PRIMARY KEY, source TEXT NOT NULL, code TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL,
    score REAL, label TEXT
);
CREATE TABLE scorer_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- the task scorer's estimates for every task of the ``task`` table (mean of the English and Indonesian
-- estimates where both exist), each with its 80% range: ``score`` on the ILO 2025 scale (used where the ILO
-- has no score) and ``mode``, the automation share of AI use. ``mode_source`` is 'observed' where the task is
-- an O*NET statement with an observed mode (the fallback tasks below; no range then), else 'model'
CREATE TABLE task_estimate (
    isco TEXT NOT NULL, seq INTEGER NOT NULL, score REAL, score_lo REAL, score_hi REAL,
    mode REAL, mode_lo REAL, mode_hi REAL, mode_source TEXT, PRIMARY KEY (isco, seq)
);
"""


def training_data(
    ctx: BuildContext,
) -> tuple[list[tuple[str, str | None, str | None, float]], list[tuple[str, str, str]]]:
    """ILO tasks (isco, English, Indonesian, score) and Eloundou tasks (O*NET code, text, human label)."""
    ilo = [
        (r[0], r[1], r[2], float(r[3]))
        for r in ctx.conn.execute(
            "SELECT isco, text_en, text_id, score_2025 FROM task WHERE score_2025 IS NOT NULL "
            "ORDER BY isco, seq"
        )
    ]
    tasks = src.read_eloundou_tasks(ctx.files(src.ELOUNDOU).path("full_labelset.tsv"))
    eloundou = [(t.onet, t.text, t.human) for t in sorted(tasks, key=lambda t: (t.onet, t.task_id)) if t.text]
    return ilo, eloundou


def observed_modes(ctx: BuildContext) -> list[Observed]:
    """O*NET tasks with an observed automation share (Anthropic Economic Index, joined in step 'ai_use')."""
    return [
        Observed(r[0], r[1], float(r[2]))
        for r in ctx.conn.execute(
            "SELECT t.onet_code, t.text, a.automation / (a.automation + a.augmentation) "
            "FROM onet_task t JOIN onet_task_ai_use a USING (task_id) "
            "WHERE a.automation + a.augmentation >= ? ORDER BY t.onet_code, t.task_id",
            (MODE_MIN_CLASSIFIED,),
        )
    ]


#: most tasks a unit group without a task list borrows from the O*NET occupations linked to it
FALLBACK_TASKS = 8


def fallback_tasks(ctx: BuildContext) -> tuple[list[tuple[Any, ...]], dict[tuple[str, int], float]]:
    """Task rows for the unit groups that have none (armed forces, some "not elsewhere classified" groups):
    the O*NET task statements of the O*NET occupations linked to the group (step 'crosswalk', chain links),
    heaviest link first, taken in turn from each occupation (core tasks before supplemental), at most
    ``FALLBACK_TASKS``, no statement twice. English only: O*NET has no Indonesian text. Also the observed
    mode of each borrowed task that has one, by (isco, seq)."""
    conn = ctx.conn
    have = {r[0] for r in conn.execute("SELECT DISTINCT isco FROM task")}
    groups = [r[0] for r in conn.execute("SELECT code FROM isco_group WHERE level = 4 ORDER BY code")]
    rows: list[tuple[Any, ...]] = []
    observed: dict[tuple[str, int], float] = {}
    for isco in (g for g in groups if g not in have):
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT from_code FROM link WHERE from_scheme = 'onet' AND to_scheme = 'isco' AND to_code = ? "
                "AND source = 'chain' GROUP BY from_code ORDER BY SUM(weight) DESC, from_code",
                (isco,),
            )
        ]
        lists = [
            conn.execute(
                "SELECT t.text, a.automation, a.augmentation FROM onet_task t "
                "LEFT JOIN onet_task_ai_use a USING (task_id) WHERE t.onet_code = ? "
                "ORDER BY COALESCE(t.task_type, '') != 'Core', t.task_id",
                (c,),
            ).fetchall()
            for c in codes
        ]
        seen: set[str] = set()
        picked: list[tuple[str, float | None]] = []
        for i in range(max((len(x) for x in lists), default=0)):
            for x in lists:
                if i < len(x) and len(picked) < FALLBACK_TASKS and x[i][0].casefold() not in seen:
                    text, auto, aug = x[i]
                    seen.add(text.casefold())
                    classified = (auto or 0.0) + (aug or 0.0)
                    picked.append((text, auto / classified if classified >= MODE_MIN_CLASSIFIED else None))
        for seq, (text, mode) in enumerate(picked, start=1):
            rows.append((isco, seq, text, ONET, None, None, None, None, None, ONET_CHAIN, 0.0))
            if mode is not None:
                observed[(isco, seq)] = round(mode, 3)
    return rows, observed


def task_estimates(
    ctx: BuildContext, scorer: TaskScorer, observed: dict[tuple[str, int], float]
) -> list[tuple[Any, ...]]:
    """One ``task_estimate`` row per task with text the scorer can read or an observed mode."""
    tasks = ctx.conn.execute("SELECT isco, seq, text_en, text_id FROM task ORDER BY isco, seq").fetchall()
    texts = [t for _, _, en, id_ in tasks for t in (en, id_) if t]
    scored = iter(scorer.score(texts, evidence=0))
    rows = []
    for isco, seq, en, id_ in tasks:
        ests = [next(scored) for t in (en, id_) if t]
        score = _mean([(e.score, e.score_range) for e in ests if e.score is not None])
        mode = _mean([(e.mode, e.mode_range) for e in ests if e.mode is not None])
        source = MODEL if mode else None
        if (isco, seq) in observed:
            mode, source = (observed[(isco, seq)], None, None), OBSERVED
        if score or mode:
            rows.append((isco, seq, *(score or (None, None, None)), *(mode or (None, None, None)), source))
    return rows


def _mean(
    values: list[tuple[float | None, tuple[float, float] | None]],
) -> tuple[float, float | None, float | None] | None:
    """Mean of estimates and of their range ends (None when there are none)."""
    vs = [v for v, _ in values if v is not None]
    if not vs:
        return None
    rs = [r for _, r in values if r is not None]
    lo = round(sum(r[0] for r in rs) / len(rs), 3) if rs else None
    hi = round(sum(r[1] for r in rs) / len(rs), 3) if rs else None
    return round(sum(vs) / len(vs), 3), lo, hi


def write_task_estimates(ctx: BuildContext, scorer: TaskScorer) -> dict[str, int]:
    """Add the fallback tasks to ``task``, then the scorer's estimates for every task to ``task_estimate``."""
    fallback, observed = fallback_tasks(ctx)
    ctx.insert(
        "task",
        [
            "isco",
            "seq",
            "text_en",
            "text_en_source",
            "ilo_task_id",
            "score_2025",
            "score_2023",
            "text_id",
            "kbji_item",
            "align_method",
            "align_score",
        ],
        fallback,
    )
    rows = task_estimates(ctx, scorer, observed)
    ctx.insert(
        "task_estimate",
        ["isco", "seq", "score", "score_lo", "score_hi", "mode", "mode_lo", "mode_hi", "mode_source"],
        rows,
    )
    return {
        "fallback_groups": len({r[0] for r in fallback}),
        "fallback_tasks": len(fallback),
        "fallback_tasks_observed_mode": len(observed),
        "task_estimates": len(rows),
    }


def load(ctx: BuildContext) -> None:
    ilo, eloundou = training_data(ctx)
    scorer = TaskScorer.fit(ilo, eloundou, observed=observed_modes(ctx))
    terms, refs, meta = scorer.rows()
    ctx.insert("scorer_term", ["term", "idf", "w_ilo", "w_e0", "w_e1", "w_e2", "w_mode"], terms)
    ctx.insert("scorer_ref", ["ref_id", "source", "code", "lang", "text", "score", "label"], refs)
    ctx.insert("scorer_meta", ["key", "value"], meta)
    estimates = write_task_estimates(ctx, scorer)
    ctx.stats["exposure"] = {"terms": len(terms), "references": len(refs), **estimates, **scorer.meta}
