"""Readers for the O*NET 29.2 database (Excel release): one function per file, typed rows out.

Most O*NET sheets share one layout: an ``O*NET-SOC Code`` column, the occupation title, then the
file's own columns; :func:`_sheet` reads that layout and normalises the code. Every reader names the
columns it needs and a row-count floor, so a changed release fails loudly instead of loading less.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Literal, NamedTuple

from jalur.ingest.sources.crosswalks import onet_code
from jalur.ingest.sources.tables import Row, code, number, read_sheet, require, text

SOURCE = "onet-29.2-xlsx"
CODE = "O*NET-SOC Code"

Domain = Literal["skill", "knowledge"]


class Occupation(NamedTuple):
    code: str
    title: str
    description: str


class Task(NamedTuple):
    onet_code: str
    task_id: int
    text: str
    task_type: str | None  # 'Core' | 'Supplemental' | None (not rated)


class Title(NamedTuple):
    onet_code: str
    title: str
    kind: str  # 'alternate' | 'reported'
    short_title: str | None


class ElementRating(NamedTuple):
    onet_code: str
    domain: str
    element_id: str
    name: str
    importance: float | None  # scale IM, 1-5
    level: float | None  # scale LV, 0-7
    not_relevant: int | None  # 1 when O*NET marks the level "not relevant" for the occupation
    suppress: int  # 1 when O*NET recommends suppressing either rating (low precision)


class Dwa(NamedTuple):
    dwa_id: str
    title: str
    iwa_id: str
    iwa_title: str
    element_id: str
    element_name: str


class TaskDwa(NamedTuple):
    onet_code: str
    task_id: int
    dwa_id: str


class Technology(NamedTuple):
    onet_code: str
    example: str
    commodity_code: str
    commodity_title: str
    hot: int
    in_demand: int


class Related(NamedTuple):
    onet_code: str
    related_code: str
    tier: str
    rank: int


class Education(NamedTuple):
    onet_code: str
    category: int
    label: str
    pct: float


class EmergingTask(NamedTuple):
    onet_code: str
    text: str
    category: str
    original_task_id: int | None


def _sheet(path: Path, columns: list[str], min_rows: int) -> list[Row]:
    """Rows of an O*NET sheet in the shared layout, with ``row[CODE]`` normalised to ``NN-NNNN.NN``."""
    rows = read_sheet(path, [CODE, *columns], source=SOURCE, min_rows=min_rows)
    for r in rows:
        c = onet_code(r[CODE])
        require(c is not None, path, SOURCE, f"bad O*NET-SOC code {r[CODE]!r}")
        r[CODE] = c
    return rows


def _flag(path: Path, value: Any, column: str) -> int:
    v = text(value)
    require(v in {"Y", "N"}, path, SOURCE, f"column {column!r} holds {v!r}, expected Y or N")
    return int(v == "Y")


def _int(path: Path, value: Any, column: str) -> int:
    v = number(value)
    require(
        v is not None and v.is_integer(),
        path,
        SOURCE,
        f"column {column!r} holds {value!r}, expected an integer",
    )
    return int(v)  # type: ignore[arg-type]


def read_occupations(path: Path) -> list[Occupation]:
    """``Occupation Data.xlsx``: every O*NET-SOC 2019 occupation with title and description."""
    rows = _sheet(path, ["Title", "Description"], min_rows=1000)
    out = [Occupation(r[CODE], text(r["Title"]), text(r["Description"])) for r in rows]
    require(len({o.code for o in out}) == len(out), path, SOURCE, "duplicate occupation codes")
    return out


def read_job_zones(path: Path) -> dict[str, int]:
    """``Job Zones.xlsx``: occupation -> job zone 1-5 (only occupations O*NET has rated)."""
    out = {r[CODE]: _int(path, r["Job Zone"], "Job Zone") for r in _sheet(path, ["Job Zone"], min_rows=900)}
    require(set(out.values()) <= {1, 2, 3, 4, 5}, path, SOURCE, "job zone outside 1-5")
    return out


def read_tasks(path: Path) -> list[Task]:
    """``Task Statements.xlsx``: task statements with their O*NET task ID and type (Core/Supplemental)."""
    rows = _sheet(path, ["Task ID", "Task", "Task Type"], min_rows=18000)
    out = [
        Task(r[CODE], _int(path, r["Task ID"], "Task ID"), text(r["Task"]), text(r["Task Type"]) or None)
        for r in rows
    ]
    require(len({t.task_id for t in out}) == len(out), path, SOURCE, "duplicate task IDs")
    require(all(t.text for t in out), path, SOURCE, "empty task statement")
    return out


def read_alternate_titles(path: Path) -> list[Title]:
    """``Alternate Titles.xlsx``: alternate job titles with O*NET's short form where given.

    A title listed twice for one occupation (once without, once with a short form) is kept once, with it.
    """
    rows = _sheet(path, ["Alternate Title", "Short Title"], min_rows=50000)
    out: dict[tuple[str, str], Title] = {}
    for r in rows:
        t = Title(r[CODE], text(r["Alternate Title"]), "alternate", text(r["Short Title"]) or None)
        key = (t.onet_code, t.title)
        if key not in out or out[key].short_title is None:
            out[key] = t
    return list(out.values())


def read_reported_titles(path: Path) -> list[Title]:
    """``Sample of Reported Titles.xlsx``: job titles reported by incumbents and employers."""
    rows = _sheet(path, ["Reported Job Title"], min_rows=7000)
    return list(dict.fromkeys(Title(r[CODE], text(r["Reported Job Title"]), "reported", None) for r in rows))


def read_element_ratings(path: Path, domain: Domain) -> list[ElementRating]:
    """``Skills.xlsx`` or ``Knowledge.xlsx``: one row per occupation x element, IM and LV scales pivoted."""
    rows = _sheet(
        path,
        ["Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"],
        min_rows=50000,
    )
    acc: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    for r in rows:
        scale = text(r["Scale ID"])
        require(scale in {"IM", "LV"}, path, SOURCE, f"unexpected scale {scale!r}")
        a = acc[(r[CODE], text(r["Element ID"]))]
        a["name"] = text(r["Element Name"])
        a[scale] = number(r["Data Value"])
        a["suppress"] = a.get("suppress", 0) | int(text(r["Recommend Suppress"]) == "Y")
        if scale == "LV" and text(r["Not Relevant"]) in {"Y", "N"}:
            a["not_relevant"] = int(text(r["Not Relevant"]) == "Y")
    return [
        ElementRating(c, domain, e, a["name"], a.get("IM"), a.get("LV"), a.get("not_relevant"), a["suppress"])
        for (c, e), a in acc.items()
    ]


def read_dwa_reference(path: Path) -> list[Dwa]:
    """``DWA Reference.xlsx``: detailed work activities with their IWA and work-activity element."""
    cols = ["Element ID", "Element Name", "IWA ID", "IWA Title", "DWA ID", "DWA Title"]
    rows = read_sheet(path, cols, source=SOURCE, min_rows=2000)
    out = [
        Dwa(
            text(r["DWA ID"]),
            text(r["DWA Title"]),
            text(r["IWA ID"]),
            text(r["IWA Title"]),
            text(r["Element ID"]),
            text(r["Element Name"]),
        )
        for r in rows
    ]
    require(len({d.dwa_id for d in out}) == len(out), path, SOURCE, "duplicate DWA IDs")
    return out


def read_task_dwas(path: Path) -> list[TaskDwa]:
    """``Tasks to DWAs.xlsx``: which detailed work activities each task statement belongs to."""
    rows = _sheet(path, ["Task ID", "DWA ID"], min_rows=20000)
    return list(
        dict.fromkeys(TaskDwa(r[CODE], _int(path, r["Task ID"], "Task ID"), text(r["DWA ID"])) for r in rows)
    )


def read_technology(path: Path) -> list[Technology]:
    """``Technology Skills.xlsx``: software examples per occupation with UNSPSC commodity and flags."""
    rows = _sheet(
        path, ["Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"], min_rows=30000
    )
    return [
        Technology(
            r[CODE],
            text(r["Example"]),
            code(r["Commodity Code"]),
            text(r["Commodity Title"]),
            _flag(path, r["Hot Technology"], "Hot Technology"),
            _flag(path, r["In Demand"], "In Demand"),
        )
        for r in rows
    ]


def read_related(path: Path) -> list[Related]:
    """``Related Occupations.xlsx``: O*NET's curated related occupations, with tier and rank (1 = closest)."""
    rows = _sheet(path, ["Related O*NET-SOC Code", "Relatedness Tier", "Index"], min_rows=18000)
    out = []
    for r in rows:
        rel = onet_code(r["Related O*NET-SOC Code"])
        require(rel is not None, path, SOURCE, f"bad related code {r['Related O*NET-SOC Code']!r}")
        out.append(Related(r[CODE], str(rel), text(r["Relatedness Tier"]), _int(path, r["Index"], "Index")))
    return out


def read_education(path: Path, categories_path: Path) -> list[Education]:
    """Required Level of Education (scale RL): share of respondents per category, labelled from the
    ``Education, Training, and Experience Categories.xlsx`` file."""
    cats = read_sheet(
        categories_path, ["Scale ID", "Category", "Category Description"], source=SOURCE, min_rows=30
    )
    labels = {
        _int(categories_path, c["Category"], "Category"): text(c["Category Description"])
        for c in cats
        if text(c["Scale ID"]) == "RL"
    }
    require(len(labels) >= 10, categories_path, SOURCE, f"{len(labels)} RL categories, expected 12")
    rows = _sheet(path, ["Scale ID", "Category", "Data Value"], min_rows=30000)
    out = []
    for r in rows:
        if text(r["Scale ID"]) != "RL":
            continue
        cat = _int(path, r["Category"], "Category")
        pct = number(r["Data Value"])
        require(cat in labels and pct is not None, path, SOURCE, f"bad RL row {r[CODE]} category {cat}")
        out.append(Education(r[CODE], cat, labels[cat], float(pct)))  # type: ignore[arg-type]
    require(len(out) >= 10000, path, SOURCE, f"{len(out)} RL rows, expected at least 10000")
    return out


def read_emerging_tasks(path: Path) -> list[EmergingTask]:
    """``Emerging Tasks.xlsx``: new or revised task statements proposed by respondents."""
    rows = _sheet(path, ["Task", "Category", "Original Task ID"], min_rows=200)
    return [
        EmergingTask(
            r[CODE],
            text(r["Task"]),
            text(r["Category"]),
            _int(path, r["Original Task ID"], "Original Task ID") if text(r["Original Task ID"]) else None,
        )
        for r in rows
    ]
