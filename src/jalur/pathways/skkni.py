"""SKKNI certification targets: which national competency standards certify the work of an ISCO-08 unit
group, and what a unit code stands for. Pure reads of the knowledge base's ``skkni_*`` tables (built by
the 'skkni' step; see docs/data-contract.md)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.codes import normalise_unit_code

Db = KnowledgeBase | sqlite3.Connection


@dataclass(frozen=True)
class SkkniUnit:
    code: str  # K.62AIN00.015.1
    title: str  # Indonesian, as the standard names it
    standard: str  # the standard's id, 103/2026


@dataclass(frozen=True)
class SkkniStandard:
    id: str  # decree number/year, 264/2023
    decree: str  # Kepmenaker 264/2023
    title: str
    year: int
    sector: str | None
    units: tuple[SkkniUnit, ...]  # empty when the sources list none for this standard
    unit_count: int
    score: float | None  # the title matcher's confidence in the link to the asked unit group
    method: str | None  # how the link was made ('title')
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "decree": self.decree,
            "title": self.title,
            "year": self.year,
            "sector": self.sector,
            "units": [{"code": u.code, "title": u.title} for u in self.units],
            "unit_count": self.unit_count,
            "score": self.score,
            "method": self.method,
            "sources": list(self.sources),
        }


def _conn(db: Db) -> sqlite3.Connection:
    return db.conn if isinstance(db, KnowledgeBase) else db


def has_skkni(db: Db) -> bool:
    """True when the knowledge base holds the SKKNI tables (older builds do not)."""
    row = (
        _conn(db)
        .execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'skkni_occupation'")
        .fetchone()
    )
    return row is not None


def units_of(db: Db, standard_id: str) -> tuple[SkkniUnit, ...]:
    """The units of a standard, by code (empty when the sources list none)."""
    rows = (
        _conn(db)
        .execute(
            "SELECT code, title, standard FROM skkni_unit WHERE standard = ? ORDER BY code", (standard_id,)
        )
        .fetchall()
    )
    return tuple(SkkniUnit(str(r[0]), str(r[1]), str(r[2])) for r in rows)


def _standard(db: Db, row: Any, score: float | None, method: str | None) -> SkkniStandard:
    sid, dec, title, year, sector, count, sources = row
    return SkkniStandard(
        id=str(sid),
        decree=str(dec),
        title=str(title),
        year=int(year),
        sector=sector,
        units=units_of(db, str(sid)),
        unit_count=int(count),
        score=score,
        method=method,
        sources=tuple(str(sources).split(";")),
    )


_COLUMNS = "s.id, s.decree, s.title, s.year, s.sector, s.unit_count, s.source"


def standard(db: Db, standard_id: str) -> SkkniStandard | None:
    """A standard by its id (``264/2023``) or decree (``Kepmenaker 264/2023``); None when unknown."""
    sid = standard_id.strip().removeprefix("Kepmenaker").strip()
    row = _conn(db).execute(f"SELECT {_COLUMNS} FROM skkni_standard s WHERE s.id = ?", (sid,)).fetchone()
    return _standard(db, row, None, None) if row else None


def standards_for_isco(db: Db, code: str) -> list[SkkniStandard]:
    """Standards linked to an ISCO-08 unit group, most confident first (then newest, then by id)."""
    rows = (
        _conn(db)
        .execute(
            f"SELECT {_COLUMNS}, o.score, o.method FROM skkni_occupation o "
            "JOIN skkni_standard s ON s.id = o.standard WHERE o.isco = ? "
            "ORDER BY o.score DESC, s.year DESC, s.id",
            (code.strip(),),
        )
        .fetchall()
    )
    return [_standard(db, r[:7], float(r[7]), str(r[8])) for r in rows]


def unit(db: Db, code: str) -> SkkniUnit | None:
    """A competency unit by its code (``K.62AIN00.015.1``); None when the knowledge base lacks it."""
    c = normalise_unit_code(code) or code.strip()
    row = _conn(db).execute("SELECT code, title, standard FROM skkni_unit WHERE code = ?", (c,)).fetchone()
    return SkkniUnit(str(row[0]), str(row[1]), str(row[2])) if row else None
