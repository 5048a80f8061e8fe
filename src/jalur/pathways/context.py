"""What makes a move real in Indonesia beyond skill similarity: barriers, exclusions and skill level.

Three facts about a destination, read from data we author (``src/jalur/data/barriers.csv``,
``excluded_occupations.csv``, documented in ``data/BARRIERS.md``) or from the ISCO-08 structure:

* a **barrier** — the destination needs a degree, a professional licence or registration, or an
  appointment that courses cannot give (doctors, nurses, advocates, judges, certified teachers, licensed
  engineers, officers…). A move into it from an origin without the same requirement is a *long route*:
  listed apart with the years and what it takes, never a short move with course hours;
* an **exclusion** — an occupation Jalur does not recommend in Indonesia (gambling work: a crime under the
  criminal code), with the reason kept in the data;
* the **ISCO-08 skill level** of a unit group (1-4, from its major group, as the ISCO-08 structure defines
  it): a move to a lower level is not progress (``lower_skill_level``);
* a **career ladder** step (``data/career_ladders.csv``, rule in ``data/CAREER_LADDERS.md``): the next job a
  worker in the origin commonly reaches in Indonesia — the rung above the same work, a more skilled job in
  the same trade, a sideways move in the same workplace — which similarity of task profiles cannot see;
* the **industry** a worker is in (``jalur.taxonomy.industry``): a move within the worker's industry comes
  first, a move into an occupation characteristic only of other industries (a car-plant painter into wood
  processing) later (``INDUSTRY_WEIGHT``).

Pure look-ups over package data, read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jalur.authored import read_csv

BARRIER_KINDS = ("licence", "degree", "appointment")

#: ISCO-08 skill level by major group (ISCO-08 vol. 1, table 1): managers span levels 3 and 4 — hospitality,
#: retail and other services managers (14) are taken as 3, the others as 4; armed forces by rank
_SKILL_LEVEL = {"1": 4, "2": 4, "3": 3, "4": 2, "5": 2, "6": 2, "7": 2, "8": 2, "9": 1}
_SKILL_LEVEL_EXCEPTIONS = {"14": 3, "01": 4, "02": 2, "03": 1}


@dataclass(frozen=True, kw_only=True)
class Gate:
    """What entry takes when no course can give it — a degree, licence or appointment — and how many years
    for someone without it: a barrier of ``barriers.csv``, or an AI-era role's ``entry``."""

    kind: str  # licence | degree | appointment
    requires_id: str
    requires_en: str
    years_min: int
    years_max: int
    basis: str  # the legal basis or public rule, as a short citation

    def route(self) -> dict[str, Any]:
        """The long route as moves and plans carry it: ``kind``, ``requires_id``, ``requires_en``,
        ``years`` [min, max], ``basis``."""
        return {
            "kind": self.kind,
            "requires_id": self.requires_id,
            "requires_en": self.requires_en,
            "years": [self.years_min, self.years_max],
            "basis": self.basis,
        }


@dataclass(frozen=True, kw_only=True)
class Barrier(Gate):
    isco: str
    note_en: str
    #: groups whose barrier a holder of this group's qualification already meets (a registered midwife
    #: with a degree meets the diploma midwife's; a specialist is a registered doctor)
    covers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Exclusion:
    isco: str
    reason_id: str
    reason_en: str
    basis: str


@dataclass(frozen=True)
class LadderStep:
    origin: str
    dest: str
    kind: str  # next_rung | specialise | same_field
    years_min: int
    years_max: int
    note_id: str
    note_en: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "years": [self.years_min, self.years_max],
            "note_id": self.note_id,
            "note_en": self.note_en,
        }


LADDER_KINDS = ("next_rung", "specialise", "same_field")


@cache
def career_ladders() -> dict[str, dict[str, LadderStep]]:
    """Authored next jobs by origin unit group, then destination (file order: most common step first)."""
    out: dict[str, dict[str, LadderStep]] = {}
    for r in read_csv("career_ladders.csv"):
        step = LadderStep(
            origin=r["origin"].strip(),
            dest=r["dest"].strip(),
            kind=r["kind"].strip(),
            years_min=int(r["years_min"]),
            years_max=int(r["years_max"]),
            note_id=r["note_id"].strip(),
            note_en=r["note_en"].strip(),
        )
        out.setdefault(step.origin, {}).setdefault(step.dest, step)
    return out


def ladder_step(origin: str, target: str) -> LadderStep | None:
    """The authored career-ladder step from ``origin`` to ``target``, if there is one."""
    return career_ladders().get(origin, {}).get(target)


@cache
def barriers() -> dict[str, Barrier]:
    """Unit groups whose entry needs a degree, licence or appointment, by ISCO code."""
    out: dict[str, Barrier] = {}
    for r in read_csv("barriers.csv"):
        b = Barrier(
            isco=r["isco"].strip(),
            kind=r["kind"].strip(),
            requires_id=r["requires_id"].strip(),
            requires_en=r["requires_en"].strip(),
            years_min=int(r["years_min"]),
            years_max=int(r["years_max"]),
            basis=r["basis"].strip(),
            note_en=r["note_en"].strip(),
            covers=frozenset(c.strip() for c in (r.get("covers") or "").split(";") if c.strip()),
        )
        out[b.isco] = b
    return out


@cache
def exclusions() -> dict[str, Exclusion]:
    """Unit groups never recommended as a move in Indonesia, by ISCO code, with the reason."""
    return {
        r["isco"].strip(): Exclusion(
            r["isco"].strip(), r["reason_id"].strip(), r["reason_en"].strip(), r["basis"].strip()
        )
        for r in read_csv("excluded_occupations.csv")
    }


def barrier_between(origin: str, target: str) -> Barrier | None:
    """The barrier a move from ``origin`` into ``target`` meets: the target's, unless the origin is the same
    group, already needs the same thing (one licensed engineering field to another) or holds a qualification
    that covers it (``covers``: a professional midwife into diploma midwifery, ``is_lower_rung``)."""
    b = barriers().get(target)
    if b is None or origin == target:
        return None
    mine = barriers().get(origin)
    if is_lower_rung(origin, target) or (
        mine is not None and mine.kind == b.kind and mine.requires_en == b.requires_en
    ):
        return None
    return b


def is_lower_rung(origin: str, target: str) -> bool:
    """Whether ``target`` is a lower rung of the origin's own regulated profession, which the origin's
    qualification already covers (``covers`` in ``barriers.csv``)."""
    mine = barriers().get(origin)
    return mine is not None and target in mine.covers


def skill_level(isco: str) -> int | None:
    """The ISCO-08 skill level (1-4) of a unit group code, from its major group."""
    if len(isco) < 2 or not isco[:2].isdigit():
        return None
    return _SKILL_LEVEL_EXCEPTIONS.get(isco[:2], _SKILL_LEVEL.get(isco[0]))


def is_lower_level(origin: str, target: str) -> bool:
    """Whether a move goes down the ISCO-08 skill levels (not progress, whatever the similarity)."""
    a, b = skill_level(origin), skill_level(target)
    return a is not None and b is not None and b < a


#: how much being characteristic of the worker's industry moves a destination up (or, characteristic only of
#: other industries, down) in the ranking, on the similarity scale (stored similarities of the first ten
#: moves lie mostly between 0.12 and 0.30)
INDUSTRY_WEIGHT = 0.05
