"""SKKNI certification targets: which national competency standards certify the work of an ISCO-08 unit
group, and what a unit code stands for. Pure reads of the knowledge base's ``skkni_*`` tables (built by
the 'skkni' step; see docs/data-contract.md)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.model.kb import SkkniStandardRow
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


def _kb(db: Db) -> KnowledgeBase:
    return db if isinstance(db, KnowledgeBase) else KnowledgeBase.from_connection(db)


def has_skkni(db: Db) -> bool:
    """True when the knowledge base holds the SKKNI tables (older builds do not)."""
    return _kb(db).repo.has_skkni()


def units_of(db: Db, standard_id: str) -> tuple[SkkniUnit, ...]:
    """The units of a standard, by code (empty when the sources list none)."""
    return tuple(SkkniUnit(u.code, u.title, u.standard) for u in _kb(db).repo.skkni_units_of(standard_id))


def _standard(
    kb: KnowledgeBase, row: SkkniStandardRow, score: float | None, method: str | None
) -> SkkniStandard:
    return SkkniStandard(
        id=str(row.id),
        decree=str(row.decree),
        title=str(row.title),
        year=int(row.year),
        sector=row.sector,
        units=units_of(kb, str(row.id)),
        unit_count=int(row.unit_count),
        score=score,
        method=method,
        sources=tuple(str(row.source).split(";")),
    )


def standard(db: Db, standard_id: str) -> SkkniStandard | None:
    """A standard by its id (``264/2023``) or decree (``Kepmenaker 264/2023``); None when unknown."""
    kb = _kb(db)
    row = kb.repo.skkni_standard(standard_id.strip().removeprefix("Kepmenaker").strip())
    return _standard(kb, row, None, None) if row else None


def standards_for_isco(db: Db, code: str) -> list[SkkniStandard]:
    """Standards linked to an ISCO-08 unit group, most confident first (then newest, then by id)."""
    kb = _kb(db)
    return [
        _standard(kb, link.standard, link.score, link.method)
        for link in kb.repo.skkni_standards_of_isco(code.strip())
    ]


def unit(db: Db, code: str) -> SkkniUnit | None:
    """A competency unit by its code (``K.62AIN00.015.1``); None when the knowledge base lacks it."""
    u = _kb(db).repo.skkni_unit(normalise_unit_code(code) or code.strip())
    return SkkniUnit(u.code, u.title, u.standard) if u else None
