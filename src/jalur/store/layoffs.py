"""Layoff reports and the reviewers' decisions, kept in an embedded DuckDB file (issue 19) — the same file
as the ads store may hold them, in tables of their own.

``layoff_reports``: one row per report as read (company, day, count, country, industry, KBLI, location,
source address, a grade only with its quote), a report seen again is not added twice. Events are built
from the reports each time (``jalur.market.layoffs.group_events``), so a new report joins its event.
``layoff_decisions``: every decision a reviewer recorded (never overwritten: the latest per event counts,
the earlier stay as the record). Rows come from and go to ``jalur.market.layoffs`` as plain dicts; only
SQL lives here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS layoff_reports (
    key VARCHAR PRIMARY KEY,
    company VARCHAR NOT NULL,
    day DATE NOT NULL,
    count INTEGER,
    country VARCHAR,
    industry VARCHAR,
    kbli VARCHAR,
    location VARCHAR,
    source VARCHAR,
    attribution VARCHAR NOT NULL,
    quote VARCHAR,
    mechanism VARCHAR,
    ai_candidate BOOLEAN NOT NULL,
    flags VARCHAR,
    added DATE NOT NULL
);
CREATE TABLE IF NOT EXISTS layoff_decisions (
    event_id VARCHAR NOT NULL,
    attribution VARCHAR NOT NULL,
    quote VARCHAR,
    quote_url VARCHAR,
    mechanism VARCHAR,
    reviewer VARCHAR,
    decided TIMESTAMP NOT NULL
);
"""

#: a report's fields, in table order (without its key and the day it was added)
FIELDS = ("company", "day", "count", "country", "industry", "kbli", "location", "source", "attribution",
          "quote", "mechanism", "ai_candidate", "flags")  # fmt: skip


def connect(path: Path) -> Any:
    """The store at ``path`` with the layoff tables (created when new)."""
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(_SCHEMA)
    return con


def _key(r: Mapping[str, Any]) -> str:
    text = "|".join(str(r.get(f) or "").casefold() for f in ("company", "day", "count", "country", "source"))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def add_reports(con: Any, rows: Sequence[Mapping[str, Any]], today: dt.date) -> dict[str, int]:
    """Add reports (dicts with ``FIELDS``); one already stored (same company, day, count, country and
    source) is not added again. Counts: new, known."""
    keyed = {_key(r): r for r in rows}
    known = {k for (k,) in con.execute("SELECT key FROM layoff_reports").fetchall()} if keyed else set()
    new = [(k, *(r.get(f) for f in FIELDS), today) for k, r in keyed.items() if k not in known]
    if new:
        con.executemany(f"INSERT INTO layoff_reports VALUES ({', '.join('?' * (len(FIELDS) + 2))})", new)
    return {"new": len(new), "known": len(rows) - len(new)}


def count_reports(con: Any) -> int:
    """How many reports the store holds."""
    return int(con.execute("SELECT count(*) FROM layoff_reports").fetchone()[0])


def reports(con: Any) -> list[dict[str, Any]]:
    """Every stored report as a dict of ``FIELDS``, oldest first."""
    cur = con.execute(f"SELECT {', '.join(FIELDS)} FROM layoff_reports ORDER BY day, company, key")
    return [dict(zip(FIELDS, row, strict=True)) for row in cur.fetchall()]


DECISION_FIELDS = ("event_id", "attribution", "quote", "quote_url", "mechanism", "reviewer")


def add_decisions(con: Any, rows: Sequence[Mapping[str, Any]], when: dt.datetime) -> int:
    """Record reviewers' decisions (dicts with ``DECISION_FIELDS``) at ``when``; how many."""
    if rows:
        con.executemany(
            "INSERT INTO layoff_decisions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*(r.get(f) for f in DECISION_FIELDS), when) for r in rows],
        )
    return len(rows)


def decisions(con: Any) -> list[dict[str, Any]]:
    """Every recorded decision, oldest first (so that the latest per event comes last)."""
    cur = con.execute(f"SELECT {', '.join(DECISION_FIELDS)} FROM layoff_decisions ORDER BY decided")
    return [dict(zip(DECISION_FIELDS, row, strict=True)) for row in cur.fetchall()]
