"""Build step 'quality': coverage of the ISCO unit groups by each kind of content, measured on the built
tables. The figures go to the ``coverage`` table, the manifest and ``jalur kb info``; tests hold them to
the floors in docs/data-contract.md."""

from __future__ import annotations

import sqlite3

from jalur.ingest.build import BuildContext

SOURCES: tuple[str, ...] = ()

SCHEMA = """
CREATE TABLE coverage (
    metric TEXT PRIMARY KEY, numerator INTEGER NOT NULL, denominator INTEGER NOT NULL, share REAL NOT NULL,
    floor REAL
);
"""

UNITS = "SELECT code FROM isco_group WHERE level = 4"

#: metric -> (SQL selecting the ISCO unit groups that have it, floor or None)
METRICS: dict[str, tuple[str, float | None]] = {
    "isco_with_title_id": ("SELECT code FROM isco_group WHERE level = 4 AND title_id IS NOT NULL", 0.99),
    "isco_with_description_id": (
        "SELECT code FROM isco_group WHERE level = 4 AND description_id IS NOT NULL",
        None,
    ),
    "isco_with_ilo_task_scores": ("SELECT DISTINCT isco FROM task WHERE score_2025 IS NOT NULL", 0.97),
    "isco_with_tasks_en": ("SELECT DISTINCT isco FROM task WHERE text_en IS NOT NULL", None),
    "isco_with_tasks_id": ("SELECT DISTINCT isco FROM task WHERE text_id IS NOT NULL", None),
    # a group whose every task has text in the language: the others show some tasks in the other language
    "isco_tasks_all_id": (
        "SELECT DISTINCT isco FROM task EXCEPT SELECT isco FROM task WHERE text_id IS NULL",
        None,
    ),
    "isco_tasks_all_en": (
        "SELECT DISTINCT isco FROM task EXCEPT SELECT isco FROM task WHERE text_en IS NULL",
        None,
    ),
    "isco_with_kbji_jobs": (
        "SELECT DISTINCT l.to_code FROM kbji_job j JOIN link l ON l.from_scheme = 'kbji' "
        "AND l.from_code = j.unit_group AND l.to_scheme = 'isco'",
        None,
    ),
    "isco_with_onet": (
        "SELECT DISTINCT to_code FROM link WHERE from_scheme = 'onet' AND to_scheme = 'isco'",
        0.90,
    ),
    "isco_with_esco": ("SELECT DISTINCT isco FROM esco_occupation", None),
    "isco_with_esco_skills": (
        "SELECT DISTINCT o.isco FROM esco_occupation o JOIN esco_occupation_skill s "
        "ON s.occupation_uri = o.uri WHERE s.relation = 'essential'",
        0.90,
    ),
}


def load(ctx: BuildContext) -> None:
    units = {r[0] for r in ctx.conn.execute(UNITS)}
    rows = []
    for metric, (sql, floor) in METRICS.items():
        try:
            have = {r[0] for r in ctx.conn.execute(sql)} & units
        except sqlite3.OperationalError:  # a step's table is absent: report zero rather than fail
            have = set()
        rows.append((metric, len(have), len(units), round(len(have) / len(units), 4), floor))
    ctx.insert("coverage", ["metric", "numerator", "denominator", "share", "floor"], rows)
    ctx.stats["coverage"] = {m: {"n": n, "of": d, "share": s, "floor": f} for m, n, d, s, f in rows}
