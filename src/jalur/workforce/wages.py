"""An employer's wage table: monthly pay by job title, by grade (golongan) or by occupation code, given
beside the roster (``jalur report --wages FILE``) when the roster has no salary column or leaves cells
empty — a pay scale by golongan is how many Indonesian organisations know their pay.

A roster row without a salary takes its title's wage, else its grade's; the employer's pay by occupation
(for judging whether a move pays less) takes the table's occupation wages where the roster has no salary
for that occupation. The roster's own salaries always win. Pure functions but :func:`read_wage_table`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalur.errors import JalurError

#: headers of the key column (normalised): a title, a grade or an occupation code
_TITLE = ("title", "jabatan", "job_title", "judul", "nama_jabatan", "posisi", "position")
_CODE = ("isco", "kbji", "kode", "code", "kode_isco", "kode_kbji")


@dataclass(frozen=True)
class WageTable:
    """Monthly wages (rupiah) by title key, by grade key and by ISCO-08/KBJI unit group (4 digits)."""

    by_title: Mapping[str, float] = field(default_factory=dict)
    by_grade: Mapping[str, float] = field(default_factory=dict)
    by_isco: Mapping[str, float] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_title or self.by_grade or self.by_isco)


def grade_key(grade: str) -> str:
    """Grades compared without case and spacing (``III/a`` = ``iii / A``)."""
    return "".join(grade.split()).casefold()


def read_wage_table(path: Path) -> WageTable:
    """A wage table from a CSV or XLSX file: one key column (title, grade or occupation code — the first
    found in that order; a file may have several and fills each) and one wage column (``gaji``, ``upah``,
    ``salary``…, monthly rupiah, written as a roster's salary may be). ``JalurError`` when the columns are
    not there; rows with an empty or unreadable wage are skipped."""
    from jalur.tables.usertable import cell_text, header_and_rows, is_empty
    from jalur.workforce.mapping import title_key
    from jalur.workforce.roster import HEADERS, parse_salary

    header, rows = header_and_rows(path)
    pay = next((i for i, h in enumerate(header) if h in HEADERS["salary"]), None)
    keys = {
        "title": next((i for i, h in enumerate(header) if h in _TITLE or h in HEADERS["title"]), None),
        "grade": next((i for i, h in enumerate(header) if h in HEADERS["grade"]), None),
        "isco": next((i for i, h in enumerate(header) if h in _CODE), None),
    }
    if pay is None or all(i is None for i in keys.values()):
        raise JalurError("error.wages_columns", path=str(path))
    found: dict[str, dict[str, float]] = {"title": {}, "grade": {}, "isco": {}}
    for _, cells in rows:
        wage, _flag = parse_salary(cells[pay] if pay < len(cells) else None)
        if wage is None:
            continue
        for kind, i in keys.items():
            if i is None or i >= len(cells) or is_empty(cells[i]):
                continue
            text = cell_text(cells[i]).strip().lstrip("'")
            if kind == "title":
                found[kind][title_key(text)] = wage
            elif kind == "grade":
                found[kind][grade_key(text)] = wage
            elif text[:4].isdigit():
                found[kind][text[:4]] = wage
    return WageTable(found["title"], found["grade"], found["isco"])


def fill_salaries(rows: Sequence[Any], table: WageTable, key_of: Any) -> tuple[list[Any], int]:
    """The roster rows with an empty salary filled from the table (by title, else by grade), and how many
    rows were filled; rows with their own salary are kept as they are."""
    if not table.by_title and not table.by_grade:
        return list(rows), 0
    out: list[Any] = []
    filled = 0
    for r in rows:
        wage = None
        if r.salary is None:
            wage = table.by_title.get(key_of(r.title))
            grade = getattr(r, "grade", None)
            if wage is None and grade:
                wage = table.by_grade.get(grade_key(grade))
        if wage is not None:
            out.append(dataclasses.replace(r, salary=wage))
            filled += 1
        else:
            out.append(r)
    return out, filled


def occupation_wages(roster_pay: Mapping[str, float], table: WageTable) -> dict[str, float]:
    """The employer's pay by occupation: the roster's own where it has it, else the table's."""
    out = dict(roster_pay)
    for code, wage in table.by_isco.items():
        out.setdefault(code, wage)
    return out
