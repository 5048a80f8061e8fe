"""Build step 'borrowed': task lists for the unit groups that have none.

The armed forces (0110, 0210, 0310) and some "not elsewhere classified" groups (8189, 5249, …) have no ILO
task list and no ISCO-08 definition tasks. Rather than an empty profile, they borrow the O*NET task
statements of the O*NET occupations linked to them (step 'crosswalk', chain links), in English only, marked
``task.align_method = 'onet_chain'`` (``jalur.model.kb.ONET_CHAIN``) and flagged ``tasks_from_onet_chain``
wherever shown. Runs before 'match', so the matcher's documents and the stored index see the same tasks.
"""

from __future__ import annotations

from typing import Any

from jalur.ingest.build import BuildContext
from jalur.ingest.steps.taxonomy import TASK_COLUMNS
from jalur.kb.provenance import ONET
from jalur.model.kb import ONET_CHAIN

SOURCES: tuple[str, ...] = ()
SCHEMA = ""

#: most tasks a unit group without a task list borrows from the O*NET occupations linked to it
FALLBACK_TASKS = 8


def fallback_tasks(ctx: BuildContext) -> list[tuple[Any, ...]]:
    """Task rows for the unit groups that have none: the O*NET task statements of the linked O*NET
    occupations, heaviest link first, taken in turn from each occupation (core tasks before supplemental),
    at most ``FALLBACK_TASKS``, no statement twice."""
    conn = ctx.conn
    have = {r[0] for r in conn.execute("SELECT DISTINCT isco FROM task")}
    groups = [r[0] for r in conn.execute("SELECT code FROM isco_group WHERE level = 4 ORDER BY code")]
    rows: list[tuple[Any, ...]] = []
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
            [
                r[0]
                for r in conn.execute(
                    "SELECT text FROM onet_task WHERE onet_code = ? "
                    "ORDER BY COALESCE(task_type, '') != 'Core', task_id",
                    (c,),
                )
            ]
            for c in codes
        ]
        seen: set[str] = set()
        picked: list[str] = []
        for i in range(max((len(x) for x in lists), default=0)):
            for x in lists:
                if i < len(x) and len(picked) < FALLBACK_TASKS and x[i].casefold() not in seen:
                    seen.add(x[i].casefold())
                    picked.append(x[i])
        rows += [
            (isco, seq, text, ONET, None, None, None, None, None, ONET_CHAIN, 0.0)
            for seq, text in enumerate(picked, start=1)
        ]
    return rows


def load(ctx: BuildContext) -> None:
    rows = fallback_tasks(ctx)
    ctx.insert("task", TASK_COLUMNS, rows)
    ctx.stats["borrowed"] = {"groups": len({r[0] for r in rows}), "tasks": len(rows)}
