"""Build step 'pay': relative pay by ISCO-08 major group from the Sakernas 2020 Jambi microdata.

Writes ``pay_major_group`` (one row per major group 1-9: weighted median monthly pay of employees, persons
behind it) from :func:`jalur.ingest.sources.sakernas.read_pay_by_major_group`. KBJI 2014 major groups are
the ISCO-08 ones. Pathways read it as a flagged hint when no wage table is given: a move into a major group
whose median pay is clearly lower is marked, never hidden (``jalur.pathways.transitions``).
"""

from __future__ import annotations

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import sakernas as src

SOURCES: tuple[str, ...] = (src.SOURCE_ID,)

SCHEMA = """
-- weighted median monthly pay (rupiah, money + in kind) of employees by ISCO-08 / KBJI 2014 major group,
-- Sakernas 2020, Jambi province only; persons = employees with pay in the sample
CREATE TABLE pay_major_group (
    major TEXT PRIMARY KEY, median_idr REAL NOT NULL, persons INTEGER NOT NULL, weighted REAL NOT NULL
);
"""


def load(ctx: BuildContext) -> None:
    rows = src.read_pay_by_major_group(ctx.files(src.SOURCE_ID).path(src.FILE))
    ctx.insert(
        "pay_major_group",
        ["major", "median_idr", "persons", "weighted"],
        [(r.major, r.median_idr, r.persons, r.weighted) for r in rows],
    )
    ctx.stats["pay"] = {"major_groups": len(rows), "persons": sum(r.persons for r in rows)}
