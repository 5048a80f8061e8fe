"""The ads a user ingests, kept in an embedded analytical database (DuckDB, one file) — repeated snapshots
of the same boards give each ad its first and last day seen and a live stock (issue 19).

One row per distinct ad (``jalur.market.ads.exact_key``: title, company and description alike): the
fields the classifier derives (never the description itself, never a personal value), the day it was
first and last seen, and in how many snapshots. A snapshot's day is its ``scraped_at`` (Jakarta), else
the day it was ingested. The same SQL reads Parquet files directly (``read_parquet``).

The rows come ready from ``jalur.market.ads.stored_rows`` (a pure function); this module only keeps them,
as the web store (``jalur.store.db``) keeps the application's own tables: the SQL lives here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
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
    con = duckdb.connect(str(path))
    con.execute(_SCHEMA)
    return con


#: the columns of one stored ad, in table order (``jalur.market.ads.stored_rows`` builds them)
COLUMNS = (
    "key", "title", "company", "location", "source", "ai_class", "ai_role", "desks", "isco",
    "isco_confidence", "salary_idr_month_min", "salary_idr_month_max", "posted", "first_seen", "last_seen",
    "snapshots",
)  # fmt: skip


def ingest(con: Any, rows: Mapping[str, Sequence[Any]], day: dt.date) -> dict[str, int]:
    """Add one snapshot seen on ``day``: ``rows`` by key (``COLUMNS`` order). New ads are inserted; ads
    already stored get ``last_seen`` and one more snapshot. Returns counts: new, seen_again."""
    known = {k for (k,) in con.execute("SELECT key FROM ads").fetchall()} if rows else set()
    new = [tuple(v) for k, v in rows.items() if k not in known]
    again = [k for k in rows if k in known]
    if new:
        con.executemany("INSERT INTO ads VALUES (" + ", ".join("?" * len(COLUMNS)) + ")", new)
    if again:
        con.executemany(
            "UPDATE ads SET last_seen = greatest(last_seen, ?), first_seen = least(first_seen, ?), "
            "snapshots = snapshots + 1 WHERE key = ?",
            [(day, day, k) for k in again],
        )
    return {"new": len(new), "seen_again": len(again)}


def count(con: Any) -> int:
    """How many distinct ads the store holds."""
    return int(con.execute("SELECT count(*) FROM ads").fetchone()[0])


def records(con: Any, live_only: bool = False) -> list[dict[str, Any]]:
    """The stored ads as records ``jalur.market.aggregate.summarise`` reads; ``live_only``: those seen in
    the latest snapshot (the live stock)."""
    where = "WHERE last_seen = (SELECT max(last_seen) FROM ads)" if live_only else ""
    cur = con.execute(
        "SELECT title, ai_class, ai_role, desks, isco, isco_confidence, salary_idr_month_min, "
        f"salary_idr_month_max, first_seen, last_seen, snapshots FROM ads {where} ORDER BY first_seen, key"
    )
    out = []
    for t, cls, role, desks, isco, conf, lo, hi, first, last, n in cur.fetchall():
        out.append(
            {
                "title": t,
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
        )
    return out


def by_month(con: Any) -> list[dict[str, Any]]:
    """Ads first seen per month with their AI-related count (the trend's raw counts)."""
    cur = con.execute(
        "SELECT strftime(first_seen, '%Y-%m') AS m, count(*) AS n, "
        "count(*) FILTER (WHERE ai_class IN ('A', 'B', 'C')) AS ai FROM ads GROUP BY m ORDER BY m"
    )
    return [{"month": m, "ads": n, "ai_related": ai} for m, n, ai in cur.fetchall()]
