"""The O*NET 29.2 tables of the knowledge base, built from the real public files."""

from __future__ import annotations

import re
import sqlite3
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from jalur.errors import BadSourceContent
from jalur.ingest.build import BuildContext
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources import onet as reader
from jalur.ingest.steps import onet

ONET_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
Built = tuple[sqlite3.Connection, dict[str, Any], float]


@pytest.fixture(scope="module")
def built(data_dir: Path) -> Built:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA + onet.SCHEMA)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    started = time.perf_counter()
    onet.load(ctx)
    return conn, ctx.stats, time.perf_counter() - started


@pytest.fixture(scope="module")
def db(built: Built) -> sqlite3.Connection:
    return built[0]


def one(conn: sqlite3.Connection, sql: str, *params: object) -> Any:
    return conn.execute(sql, params).fetchone()[0]


def test_all_1016_onet_occupations_have_a_title_and_a_description(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(*) FROM onet_occupation") == 1016
    assert one(db, "SELECT COUNT(*) FROM onet_occupation WHERE title = '' OR description = ''") == 0
    assert one(db, "SELECT title FROM onet_occupation WHERE code = '43-3071.00'") == "Tellers"


def test_every_onet_occupation_has_tasks_and_a_job_zone_where_published(db: sqlite3.Connection) -> None:
    with_tasks = {r[0] for r in db.execute("SELECT DISTINCT onet_code FROM onet_task")}
    with_zone = {r[0] for r in db.execute("SELECT code FROM onet_occupation WHERE job_zone IS NOT NULL")}
    assert len(with_tasks) == 923
    assert with_tasks == with_zone  # the other 93 occupations are published without tasks and job zone
    zones = {r[0] for r in db.execute("SELECT DISTINCT job_zone FROM onet_occupation")}
    assert zones == {None, 1, 2, 3, 4, 5}
    assert one(db, "SELECT job_zone FROM onet_occupation WHERE code = '15-1252.00'") == 4


def test_all_18796_task_statements_are_loaded_with_unique_ids_and_known_types(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(*) FROM onet_task") == 18796
    assert one(db, "SELECT COUNT(DISTINCT task_id) FROM onet_task") == 18796
    types = dict(db.execute("SELECT IFNULL(task_type, '-'), COUNT(*) FROM onet_task GROUP BY 1").fetchall())
    assert types == {"Core": 13417, "Supplemental": 4222, "-": 1157}
    assert one(db, "SELECT text FROM onet_task WHERE task_id = 8823").startswith("Direct or coordinate")


def test_titles_hold_alternate_titles_with_short_forms_and_reported_titles(db: sqlite3.Connection) -> None:
    kinds = dict(db.execute("SELECT kind, COUNT(*) FROM onet_title GROUP BY kind").fetchall())
    assert kinds == {"alternate": 56558, "reported": 7796}  # 56,560 rows less 2 listed twice
    lmhc = db.execute(
        "SELECT short_title FROM onet_title WHERE onet_code = '21-1014.00' "
        "AND title = 'Licensed Mental Health Counselor (LMHC)'"
    ).fetchall()
    assert lmhc == [("LMHC",)]  # the duplicate without a short form is dropped, not the one with it
    assert one(db, "SELECT COUNT(*) FROM onet_title WHERE kind = 'reported' AND short_title IS NOT NULL") == 0


def test_skill_and_knowledge_ratings_have_importance_and_level_side_by_side(db: sqlite3.Connection) -> None:
    counts = dict(db.execute("SELECT domain, COUNT(*) FROM onet_element GROUP BY domain").fetchall())
    assert counts == {"skill": 30765, "knowledge": 29007}
    assert one(db, "SELECT COUNT(DISTINCT element_id) FROM onet_element WHERE domain = 'skill'") == 35
    assert one(db, "SELECT COUNT(DISTINCT element_id) FROM onet_element WHERE domain = 'knowledge'") == 33
    assert one(db, "SELECT COUNT(*) FROM onet_element WHERE importance IS NULL OR level IS NULL") == 0
    lo_im, hi_im, lo_lv, hi_lv = db.execute(
        "SELECT MIN(importance), MAX(importance), MIN(level), MAX(level) FROM onet_element"
    ).fetchone()
    assert (lo_im, lo_lv) >= (1, 0) and hi_im <= 5 and hi_lv <= 7
    row = db.execute(
        "SELECT name, importance, level FROM onet_element "
        "WHERE onet_code = '11-1011.00' AND domain = 'skill' AND element_id = '2.A.1.a'"
    ).fetchone()
    assert row == ("Reading Comprehension", 4.12, 4.62)


def test_every_task_activity_link_names_a_known_task_and_activity(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(*) FROM onet_task_dwa") == 23233
    assert one(db, "SELECT COUNT(*) FROM onet_dwa") == 2087
    orphans = one(
        db,
        "SELECT COUNT(*) FROM onet_task_dwa x LEFT JOIN onet_task t ON t.onet_code = x.onet_code "
        "AND t.task_id = x.task_id LEFT JOIN onet_dwa d ON d.dwa_id = x.dwa_id "
        "WHERE t.task_id IS NULL OR d.dwa_id IS NULL",
    )
    assert orphans == 0
    assert one(db, "SELECT COUNT(DISTINCT iwa_id) FROM onet_dwa") == 332


def test_technology_skills_carry_hot_and_in_demand_flags(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(*) FROM onet_technology") == 32627
    assert db.execute("SELECT SUM(hot), SUM(in_demand) FROM onet_technology").fetchone() == (11621, 2320)
    row = db.execute(
        "SELECT commodity_code, hot FROM onet_technology "
        "WHERE onet_code = '11-1011.00' AND example = 'Adobe Acrobat'"
    ).fetchone()
    assert row == ("43232202", 1)  # the commodity code is text without the float's '.0'


def test_related_occupations_are_ranked_within_tiers_and_point_to_known_codes(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(*) FROM onet_related") == 18460
    assert one(db, "SELECT COUNT(DISTINCT onet_code) FROM onet_related") == 923
    tiers = {r[0] for r in db.execute("SELECT DISTINCT tier FROM onet_related")}
    assert tiers == {"Primary-Short", "Primary-Long", "Supplemental"}
    unknown = "SELECT COUNT(*) FROM onet_related WHERE related_code NOT IN (SELECT code FROM onet_occupation)"
    assert one(db, unknown) == 0
    first = "SELECT related_code, tier FROM onet_related WHERE onet_code = '11-1011.00' AND rank = 1"
    assert db.execute(first).fetchall() == [("11-1021.00", "Primary-Short")]


def test_education_shares_are_labelled_and_sum_to_100_per_occupation(db: sqlite3.Connection) -> None:
    assert one(db, "SELECT COUNT(DISTINCT category) FROM onet_education") == 12
    sums = [r[0] for r in db.execute("SELECT SUM(pct) FROM onet_education GROUP BY onet_code")]
    assert len(sums) == 858
    assert all(abs(s - 100) < 0.1 for s in sums)
    assert one(db, "SELECT label FROM onet_education WHERE category = 6 LIMIT 1") == "Bachelor's Degree"


def test_emerging_tasks_name_the_task_they_revise(db: sqlite3.Connection) -> None:
    sql = "SELECT category, COUNT(original_task_id) FROM onet_emerging_task GROUP BY 1"
    cats = dict(db.execute(sql).fetchall())
    assert cats == {"New": 0, "Revision": 46}
    assert one(db, "SELECT COUNT(*) FROM onet_emerging_task") == 240


def test_onet_codes_are_normalised_in_every_table(db: sqlite3.Connection) -> None:
    for table, column in [
        ("onet_occupation", "code"), ("onet_task", "onet_code"), ("onet_title", "onet_code"),
        ("onet_element", "onet_code"), ("onet_task_dwa", "onet_code"), ("onet_technology", "onet_code"),
        ("onet_related", "related_code"), ("onet_education", "onet_code"),
        ("onet_emerging_task", "onet_code"),
    ]:  # fmt: skip
        codes = [r[0] for r in db.execute(f"SELECT DISTINCT {column} FROM {table}")]
        assert [c for c in codes if not ONET_CODE.match(c)] == [], table


def test_the_onet_step_loads_in_under_a_minute(built: Built) -> None:
    _, stats, seconds = built
    assert seconds < 60
    assert stats["onet"]["onet_task"] == 18796


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    """A minimal one-sheet workbook with inline strings (stdlib only)."""

    def cell(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row)) + "</row>"
        for i, row in enumerate(rows, start=1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ooxml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ooxml}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ooxml}.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Task Statements" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{sheet_rows}'
            "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w") as zf:
        for name, body in files.items():
            zf.writestr(name, body)


def test_task_reader_refuses_a_sheet_without_the_task_type_column(tmp_path: Path) -> None:
    path = tmp_path / "Task Statements.xlsx"
    _write_xlsx(path, [["O*NET-SOC Code", "Title", "Task ID", "Task"], ["11-1011.00", "Chief", "1", "Do."]])
    with pytest.raises(BadSourceContent) as err:
        reader.read_tasks(path)
    assert "Task Type" in str(err.value.params["detail"])


def test_task_reader_refuses_a_sheet_with_too_few_rows(tmp_path: Path) -> None:
    path = tmp_path / "Task Statements.xlsx"
    header = ["O*NET-SOC Code", "Title", "Task ID", "Task", "Task Type"]
    _write_xlsx(path, [header, ["11-1011.00", "Chief Executives", "1", "Direct things.", "Core"]])
    with pytest.raises(BadSourceContent) as err:
        reader.read_tasks(path)
    assert "expected at least 18000" in str(err.value.params["detail"])
