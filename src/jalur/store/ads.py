"""The ads a user ingests, kept in an embedded analytical database (DuckDB, one file) — repeated snapshots
of the same boards give each ad its first and last day seen and a live stock (issue 19).

One row per distinct ad (``jalur.market.ads.exact_key``: title, company and description alike): the
fields the classifier derives (never the description itself, never a personal value), the day it was
first and last seen, and in how many snapshots. A snapshot's day is its ``scraped_at`` (Jakarta), else
the day it was ingested. The same SQL reads Parquet files directly (``read_parquet``).

The rows come ready from ``jalur.market.ads.stored_rows`` (a snapshot: ``begin_snapshot``, ``stage``
in batches, ``end_snapshot``) (a pure function); this module only keeps them,
as the web store (``jalur.store.db``) keeps the application's own tables: the SQL lives here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ads (
    key VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    company VARCHAR,
    location VARCHAR,
    source VARCHAR,
    ai_class VARCHAR NOT NULL,
    ai_role VARCHAR,
    desks VARCHAR,
    isco VARCHAR,
    isco_confidence DOUBLE,
    salary_idr_month_min DOUBLE,
    salary_idr_month_max DOUBLE,
    posted DATE,
    first_seen DATE NOT NULL,
    last_seen DATE NOT NULL,
    snapshots INTEGER NOT NULL
)
"""


def connect(path: Path) -> Any:
    """The store at ``path`` (created with its table when new)."""
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), config={"memory_limit": MEMORY_LIMIT})
    con.execute(_SCHEMA)
    return con


#: DuckDB's memory at most (it spills to disk beyond): the store's share of a 2 GB budget
MEMORY_LIMIT = "512MB"


#: the columns of one stored ad, in table order (``jalur.market.ads.stored_rows`` builds them)
COLUMNS = (
    "key", "title", "company", "location", "source", "ai_class", "ai_role", "desks", "isco",
    "isco_confidence", "salary_idr_month_min", "salary_idr_month_max", "posted", "first_seen", "last_seen",
    "snapshots",
)  # fmt: skip


def begin_snapshot(con: Any) -> None:
    """Start a snapshot: an empty staging table beside ``ads`` (the snapshot's rows, added in batches by
    ``stage``, merged by ``end_snapshot`` once the snapshot's day is known)."""
    con.execute("CREATE OR REPLACE TABLE stage AS SELECT * FROM ads LIMIT 0")  # on disk: millions of rows


def stage(con: Any, rows: Sequence[Sequence[Any]]) -> None:
    """Add a batch of rows (``COLUMNS`` order) to the snapshot being built — through Arrow, not row by
    row: a million ads stage in seconds."""
    if not rows:
        return
    import pyarrow as pa

    batch = pa.Table.from_pylist([dict(zip(COLUMNS, r, strict=True)) for r in rows])
    con.register("batch_rows", batch)
    try:
        con.execute("INSERT INTO stage SELECT " + ", ".join(COLUMNS) + " FROM batch_rows")
    finally:
        con.unregister("batch_rows")


def end_snapshot(con: Any, day: dt.date) -> dict[str, int]:
    """Merge the staged snapshot seen on ``day``: an ad staged twice counts once (its first row kept);
    new ads are inserted, first seen on their posting day when it is earlier; ads already stored get
    ``last_seen`` and one more snapshot. Returns counts: staged, new, seen_again."""
    staged = int(con.execute("SELECT count(*) FROM stage").fetchone()[0])
    con.execute(
        "CREATE OR REPLACE TABLE snap AS SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER "
        "(PARTITION BY key ORDER BY first_seen) AS rn FROM stage) WHERE rn = 1"
    )
    again = int(con.execute("SELECT count(*) FROM snap WHERE key IN (SELECT key FROM ads)").fetchone()[0])
    con.execute(
        "UPDATE ads SET last_seen = greatest(last_seen, $day), first_seen = least(first_seen, $day), "
        "snapshots = snapshots + 1 WHERE key IN (SELECT key FROM snap)",
        {"day": day},
    )
    cols = ", ".join(COLUMNS[:-3])
    new = con.execute(
        f"INSERT INTO ads SELECT {cols}, least(coalesce(posted, $day), $day), $day, 1 FROM snap "
        "WHERE key NOT IN (SELECT key FROM ads)",
        {"day": day},
    ).fetchone()
    con.execute("DROP TABLE IF EXISTS stage")
    con.execute("DROP TABLE IF EXISTS snap")
    return {"staged": staged, "new": int(new[0]) if new else 0, "seen_again": again}


def count(con: Any) -> int:
    """How many distinct ads the store holds."""
    return int(con.execute("SELECT count(*) FROM ads").fetchone()[0])


def records(con: Any, live_only: bool = False) -> list[dict[str, Any]]:
    """The stored ads as records ``jalur.market.aggregate.summarise`` reads; ``live_only``: those seen in
    the latest snapshot (the live stock)."""
    return list(iter_records(con, live_only))


def iter_records(con: Any, live_only: bool = False, batch: int = 50_000) -> Iterator[dict[str, Any]]:
    """``records`` one at a time, fetched ``batch`` rows at once (a store of millions is never held)."""
    where = "WHERE last_seen = (SELECT max(last_seen) FROM ads)" if live_only else ""
    cur = con.execute(
        "SELECT title, ai_class, ai_role, desks, isco, isco_confidence, salary_idr_month_min, "
        f"salary_idr_month_max, first_seen, last_seen, snapshots, source FROM ads {where} ORDER BY first_seen, key"
    )
    while rows := cur.fetchmany(batch):
        for t, cls, role, desks, isco, conf, lo, hi, first, last, n, src in rows:
            yield {
                "title": t,
                "source": src,
                "ai_class": cls,
                "ai_role": role,
                "desks": json.loads(desks or "[]"),
                "isco": {"code": isco, "confidence": conf, "abstained": isco is None},
                "salary_idr_month_min": lo,
                "salary_idr_month_max": hi,
                "first_seen": first.isoformat(),
                "last_seen": last.isoformat(),
                "snapshots": n,
            }


def by_month(con: Any) -> list[dict[str, Any]]:
    """Ads first seen per month with their AI-related count (the trend's raw counts) and how many came
    from each source (board), for the check that a trend compares like with like."""
    cur = con.execute(
        "SELECT strftime(first_seen, '%Y-%m') AS m, count(*) AS n, "
        "count(*) FILTER (WHERE ai_class IN ('A', 'B', 'C')) AS ai FROM ads GROUP BY m ORDER BY m"
    )
    months = [{"month": m, "ads": n, "ai_related": ai, "sources": {}} for m, n, ai in cur.fetchall()]
    cur = con.execute(
        "SELECT strftime(first_seen, '%Y-%m') AS m, coalesce(source, '') AS s, count(*) FROM ads "
        "GROUP BY m, s ORDER BY m, s"
    )
    index = {m["month"]: m for m in months}
    for m, src, n in cur.fetchall():
        index[m]["sources"][src or "unknown"] = n
    return months
