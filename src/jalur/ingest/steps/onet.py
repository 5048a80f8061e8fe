"""Build step 'onet': the O*NET 29.2 occupations, tasks, titles, skills, work activities and more."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from jalur.authored import read_csv
from jalur.ingest.build import BuildContext
from jalur.ingest.sources import onet as reader
from jalur.ingest.sources.tables import require

log = logging.getLogger(__name__)

SOURCE = reader.SOURCE
SOURCES: tuple[str, ...] = (SOURCE,)

SCHEMA = """
-- O*NET-SOC 2019 occupations (O*NET 29.2); job_zone 1-5, NULL where O*NET has not rated it.
CREATE TABLE onet_occupation (
    code TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, job_zone INTEGER
);
-- task statements; task_type 'Core' | 'Supplemental' | NULL (not rated)
CREATE TABLE onet_task (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), task_id INTEGER NOT NULL,
    text TEXT NOT NULL, task_type TEXT,
    PRIMARY KEY (onet_code, task_id)
);
CREATE UNIQUE INDEX onet_task_id ON onet_task (task_id);
-- job titles: kind 'alternate' (with O*NET's short form where given) | 'reported' (sample of reported titles)
CREATE TABLE onet_title (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), title TEXT NOT NULL,
    kind TEXT NOT NULL, short_title TEXT,
    PRIMARY KEY (onet_code, kind, title)
);
-- skill and knowledge ratings: importance (scale IM, 1-5) and level (scale LV, 0-7) side by side
CREATE TABLE onet_element (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), domain TEXT NOT NULL,
    element_id TEXT NOT NULL, name TEXT NOT NULL, importance REAL, level REAL,
    not_relevant INTEGER, suppress INTEGER NOT NULL,
    PRIMARY KEY (onet_code, domain, element_id)
);
-- the skill and knowledge elements with an Indonesian name written by Jalur (data/onet_elements_id.csv)
CREATE TABLE onet_element_name (
    element_id TEXT PRIMARY KEY, domain TEXT NOT NULL, name_en TEXT NOT NULL, name_id TEXT NOT NULL
);
CREATE TABLE onet_dwa (
    dwa_id TEXT PRIMARY KEY, title TEXT NOT NULL, iwa_id TEXT NOT NULL, iwa_title TEXT NOT NULL,
    element_id TEXT NOT NULL, element_name TEXT NOT NULL
);
CREATE TABLE onet_task_dwa (
    onet_code TEXT NOT NULL, task_id INTEGER NOT NULL, dwa_id TEXT NOT NULL REFERENCES onet_dwa (dwa_id),
    PRIMARY KEY (onet_code, task_id, dwa_id)
);
CREATE INDEX onet_task_dwa_dwa ON onet_task_dwa (dwa_id);
CREATE TABLE onet_technology (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), example TEXT NOT NULL,
    commodity_code TEXT NOT NULL, commodity_title TEXT NOT NULL,
    hot INTEGER NOT NULL, in_demand INTEGER NOT NULL,
    PRIMARY KEY (onet_code, example, commodity_code)
);
CREATE TABLE onet_related (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), related_code TEXT NOT NULL,
    tier TEXT NOT NULL, rank INTEGER NOT NULL,
    PRIMARY KEY (onet_code, related_code)
);
-- Required Level of Education (scale RL): pct = share of respondents per category (about 100 per occupation)
CREATE TABLE onet_education (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), category INTEGER NOT NULL,
    label TEXT NOT NULL, pct REAL NOT NULL,
    PRIMARY KEY (onet_code, category)
);
-- category 'New' | 'Revision'; original_task_id names the revised task (may be absent from onet_task)
CREATE TABLE onet_emerging_task (
    onet_code TEXT NOT NULL REFERENCES onet_occupation (code), text TEXT NOT NULL, category TEXT NOT NULL,
    original_task_id INTEGER
);
CREATE INDEX onet_emerging_task_code ON onet_emerging_task (onet_code);
"""


def load(ctx: BuildContext) -> None:
    started = time.perf_counter()
    files = ctx.files(SOURCE)
    occ_path = files.path("Occupation Data.xlsx")

    occupations = reader.read_occupations(occ_path)
    zones = reader.read_job_zones(files.path("Job Zones.xlsx"))
    tasks = reader.read_tasks(files.path("Task Statements.xlsx"))
    task_dwas = reader.read_task_dwas(files.path("Tasks to DWAs.xlsx"))
    dwas = reader.read_dwa_reference(files.path("DWA Reference.xlsx"))
    related = reader.read_related(files.path("Related Occupations.xlsx"))
    tables: list[tuple[str, Sequence[str], Sequence[Sequence[object]]]] = [
        (
            "onet_occupation",
            ["code", "title", "description", "job_zone"],
            [(*o, zones.get(o.code)) for o in occupations],
        ),
        ("onet_task", reader.Task._fields, tasks),
        (
            "onet_title",
            reader.Title._fields,
            reader.read_alternate_titles(files.path("Alternate Titles.xlsx"))
            + reader.read_reported_titles(files.path("Sample of Reported Titles.xlsx")),
        ),
        (
            "onet_element",
            reader.ElementRating._fields,
            reader.read_element_ratings(files.path("Skills.xlsx"), "skill")
            + reader.read_element_ratings(files.path("Knowledge.xlsx"), "knowledge"),
        ),
        ("onet_dwa", reader.Dwa._fields, dwas),
        ("onet_task_dwa", reader.TaskDwa._fields, task_dwas),
        (
            "onet_technology",
            reader.Technology._fields,
            reader.read_technology(files.path("Technology Skills.xlsx")),
        ),
        ("onet_related", reader.Related._fields, related),
        (
            "onet_education",
            reader.Education._fields,
            reader.read_education(
                files.path("Education, Training, and Experience.xlsx"),
                files.path("Education, Training, and Experience Categories.xlsx"),
            ),
        ),
        (
            "onet_emerging_task",
            reader.EmergingTask._fields,
            reader.read_emerging_tasks(files.path("Emerging Tasks.xlsx")),
        ),
    ]

    # cross-file consistency: every file speaks of the same occupations, tasks and activities
    codes = {o.code for o in occupations}
    for name, _, rows in tables:
        unknown = set() if name == "onet_dwa" else {str(r[0]) for r in rows} - codes
        require(
            not unknown, occ_path, SOURCE, f"{name}: codes missing from Occupation Data {sorted(unknown)[:5]}"
        )
    unknown = ({z for z in zones} | {r.related_code for r in related}) - codes
    require(
        not unknown,
        occ_path,
        SOURCE,
        f"job zones or related occupations name unknown codes {sorted(unknown)[:5]}",
    )
    task_keys = {(t.onet_code, t.task_id) for t in tasks}
    dwa_ids = {d.dwa_id for d in dwas}
    bad = [t for t in task_dwas if (t.onet_code, t.task_id) not in task_keys or t.dwa_id not in dwa_ids]
    require(not bad, occ_path, SOURCE, f"Tasks to DWAs names unknown tasks or activities {bad[:3]}")

    counts = {name: ctx.insert(name, columns, rows) for name, columns, rows in tables}
    counts["onet_element_name"] = _load_element_names(ctx)
    counts["occupations_with_job_zone"] = len(zones)
    counts["occupations_with_tasks"] = len({t.onet_code for t in tasks})
    ctx.stats["onet"] = counts
    log.info("onet: %s in %.1fs", counts, time.perf_counter() - started)


def _load_element_names(ctx: BuildContext) -> int:
    """English names from the ratings, Indonesian names from our own translation file; both must cover the
    same elements, so a new O*NET element fails the build until it is translated."""
    rows = ctx.conn.execute("SELECT DISTINCT element_id, domain, name FROM onet_element").fetchall()
    names_id = {r["element_id"]: r["name_id"] for r in read_csv("onet_elements_id.csv")}
    missing = sorted({r[0] for r in rows} - set(names_id))
    if missing:
        raise ValueError(f"data/onet_elements_id.csv lacks an Indonesian name for O*NET elements {missing}")
    return ctx.insert(
        "onet_element_name",
        ["element_id", "domain", "name_en", "name_id"],
        [(e, d, n, names_id[e]) for e, d, n in rows],
    )
