"""Build step 'exposure': the task scorer (``jalur.exposure.scorer``), fitted on the ILO 2025 task scores
(English and Indonesian text of each ILO task, from the ``task`` table) and the human Eloundou labels of
the O*NET tasks, and stored as numbers: one row per vocabulary term with its IDF and weights, the
reference tasks used as evidence, and the intercepts. Deterministic: the same inputs give the same rows.
"""

from __future__ import annotations

import logging

from jalur.exposure.scorer import Observed, TaskScorer
from jalur.ingest.build import BuildContext
from jalur.ingest.sources import indices as src

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


#: an observed task enters the mode model when at least this share of its conversations is classified as
#: automation or augmentation (the rest is filtered or feedback): below it the share is mostly noise
MODE_MIN_CLASSIFIED = 0.5


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


def load(ctx: BuildContext) -> None:
    ilo, eloundou = training_data(ctx)
    scorer = TaskScorer.fit(ilo, eloundou, observed=observed_modes(ctx))
    terms, refs, meta = scorer.rows()
    ctx.insert("scorer_term", ["term", "idf", "w_ilo", "w_e0", "w_e1", "w_e2", "w_mode"], terms)
    ctx.insert("scorer_ref", ["ref_id", "source", "code", "lang", "text", "score", "label"], refs)
    ctx.insert("scorer_meta", ["key", "value"], meta)
    ctx.stats["exposure"] = {"terms": len(terms), "references": len(refs), **scorer.meta}
