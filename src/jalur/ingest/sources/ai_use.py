"""Anthropic Economic Index: how people use one AI assistant on O*NET task statements (observed, 2025).

Per task statement (lower-cased O*NET text, no code): the share of conversations in each interaction mode
(release 2025-03-27) — ``directive`` and ``feedback_loop`` are automation (the task is handed over),
``task_iteration``, ``validation`` and ``learning`` augmentation (done together), ``filtered`` too few or
unclassifiable — and the task's share of all conversations (``task_pct_v2.csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import number, read_delimited, require, text

SOURCE_ID = "anthropic-economic-index"
MODES_FILE = "automation_vs_augmentation_by_task.csv"
USE_FILE = "task_pct_v2.csv"
AUTOMATION = ("directive", "feedback_loop")
AUGMENTATION = ("task_iteration", "validation", "learning")


@dataclass(frozen=True)
class TaskAiUse:
    key: str  # normalised statement text (``statement_key``)
    automation: float  # share of all of the task's conversations (modes sum to 1 with ``filtered``)
    augmentation: float
    filtered: float
    share_of_use: float | None  # the task's share of all conversations, percent


def statement_key(statement: str) -> str:
    """O*NET task text as the index spells it: lower case, single spaces, no final full stop."""
    return re.sub(r"\s+", " ", statement.lower()).strip().rstrip(".").strip()


def read_ai_use(modes_path: Path, use_path: Path) -> list[TaskAiUse]:
    rows = read_delimited(
        modes_path, ["task_name", *AUTOMATION, *AUGMENTATION, "filtered"], source=SOURCE_ID, min_rows=3000
    )
    use = {
        statement_key(text(r["task_name"])): number(r["pct"])
        for r in read_delimited(use_path, ["task_name", "pct"], source=SOURCE_ID, min_rows=3000)
    }
    out: dict[str, TaskAiUse] = {}
    for r in rows:
        key = statement_key(text(r["task_name"]))
        auto = sum(number(r[c]) or 0.0 for c in AUTOMATION)
        aug = sum(number(r[c]) or 0.0 for c in AUGMENTATION)
        filt = number(r["filtered"]) or 0.0
        require(abs(auto + aug + filt - 1.0) < 0.01, modes_path, SOURCE_ID, f"modes do not sum to 1: {key!r}")
        out[key] = TaskAiUse(key, round(auto, 6), round(aug, 6), round(filt, 6), use.get(key))
    return list(out.values())
