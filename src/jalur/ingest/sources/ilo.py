"""ILO 2025 generative-AI exposure index (Gmyrek et al., WP 140): task scores and occupation summaries.

Only numbers, task statements and class labels are read; the model justification columns are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import code, number, read_sheet, repaired, require, text

SOURCE_ID = "ilo-genai-exposure-2025"
FILE = "Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx"

_COLUMNS = [
    "ISCO_08",
    "Title",
    "taskID",
    "Task_ISCO",
    "score_2023",
    "score_2025",
    "mean_score_2023",
    "mean_score_2025",
    "SD_2023",
    "SD_2025",
    "potential25",
    "potential23",
]


@dataclass(frozen=True)
class IloTask:
    isco: str
    task_id: int
    text_en: str
    score_2025: float
    score_2023: float | None


@dataclass(frozen=True)
class IloOccupation:
    isco: str
    title_en: str
    mean_2025: float
    sd_2025: float
    mean_2023: float | None
    sd_2023: float | None
    potential25: str
    potential23: str


def _r(x: float | None) -> float | None:
    """Round away binary float noise (0.5960000000000001 -> 0.596); the file's figures have <= 4 decimals."""
    return None if x is None else round(x, 6)


def read_ilo(path: Path) -> tuple[list[IloTask], list[IloOccupation]]:
    rows = read_sheet(path, _COLUMNS, source=SOURCE_ID, min_rows=3000)
    tasks: list[IloTask] = []
    occs: dict[str, IloOccupation] = {}
    for r in rows:
        isco = code(r["ISCO_08"], 4)
        s25 = _r(number(r["score_2025"]))
        require(s25 is not None and 0 <= s25 <= 1, path, SOURCE_ID, f"score_2025 out of range for {isco}")
        assert s25 is not None
        tasks.append(
            IloTask(
                isco,
                int(number(r["taskID"]) or 0),
                repaired(r["Task_ISCO"]),
                s25,
                _r(number(r["score_2023"])),
            )
        )
        if isco not in occs:
            m25, sd25 = _r(number(r["mean_score_2025"])), _r(number(r["SD_2025"]))
            require(m25 is not None and sd25 is not None, path, SOURCE_ID, f"no mean/SD for {isco}")
            assert m25 is not None and sd25 is not None
            occs[isco] = IloOccupation(
                isco,
                repaired(r["Title"]),
                m25,
                sd25,
                _r(number(r["mean_score_2023"])),
                _r(number(r["SD_2023"])),
                text(r["potential25"]),
                text(r["potential23"]),
            )
    require(
        len(tasks) == 3266 and len(occs) == 427,
        path,
        SOURCE_ID,
        f"{len(tasks)} tasks in {len(occs)} unit groups, expected 3,266 in 427",
    )
    return tasks, list(occs.values())
