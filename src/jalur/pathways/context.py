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
* the **industry** a worker is in (KBLI 2020 division, given or read from everyday words such as "bank",
  "mobil", "puskesmas": ``data/industry_words.csv``) and the occupations characteristic of each division
  (``data/industry_occupations.csv``): a move within the worker's industry comes first, a move into an
  occupation characteristic only of other industries (a car-plant painter into wood processing) later.

Pure look-ups over package data, read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from jalur.authored import read_csv

BARRIER_KINDS = ("licence", "degree", "appointment")

#: ISCO-08 skill level by major group (ISCO-08 vol. 1, table 1): managers span levels 3 and 4 — hospitality,
#: retail and other services managers (14) are taken as 3, the others as 4; armed forces by rank
_SKILL_LEVEL = {"1": 4, "2": 4, "3": 3, "4": 2, "5": 2, "6": 2, "7": 2, "8": 2, "9": 1}
_SKILL_LEVEL_EXCEPTIONS = {"14": 3, "01": 4, "02": 2, "03": 1}


@dataclass(frozen=True)
class Barrier:
    isco: str
    kind: str  # licence | degree | appointment
    requires_id: str
    requires_en: str
    years_min: int
    years_max: int
    basis: str  # the legal basis or public rule, as a short citation
    note_en: str


@dataclass(frozen=True)
class Exclusion:
    isco: str
    reason_id: str
    reason_en: str
    basis: str


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
    group or already needs the same thing (one licensed engineering field to another)."""
    b = barriers().get(target)
    if b is None or origin == target:
        return None
    mine = barriers().get(origin)
    if mine is not None and mine.kind == b.kind and mine.requires_en == b.requires_en:
        return None
    return b


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


@cache
def industry_occupations() -> dict[str, frozenset[str]]:
    """KBLI 2020 division (2 digits) -> the ISCO-08 unit groups characteristic of it (authored table)."""
    out: dict[str, set[str]] = {}
    for r in read_csv("industry_occupations.csv"):
        out.setdefault(r["kbli"].strip(), set()).add(r["isco"].strip())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _industries_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for division, groups in industry_occupations().items():
        for g in groups:
            out.setdefault(g, set()).add(division)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _industry_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (" " + " ".join(_words(r["words"])) + " ", tuple(r["kbli"].split()))
        for r in read_csv("industry_words.csv")
    )


def _words(text: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", text.lower().replace("-", "")).split()


def industries_in_text(text: str) -> tuple[str, ...]:
    """The KBLI 2020 divisions everyday words in ``text`` point to ("teller bank" -> 64, "tukang cat mobil" ->
    29 and 45), in the order of the word list; () when none does."""
    padded = " " + " ".join(_words(text)) + " "
    out: list[str] = []
    for phrase, divisions in _industry_words():
        if phrase in padded:
            out.extend(d for d in divisions if d not in out)
    return tuple(out)


def kbli_division(code: str) -> str | None:
    """The 2-digit KBLI 2020 division of a code given at 2 to 5 digits ("29", "29100"); None otherwise."""
    code = code.strip()
    return code[:2] if 2 <= len(code) <= 5 and code.isdigit() else None


def industry_fit(industries: tuple[str, ...], isco: str) -> str | None:
    """``same`` when ``isco`` is characteristic of one of the worker's ``industries``; ``other`` when it is
    characteristic of other industries only (wood processing for a car-plant painter, a chef for a
    production foreman); None when it is found across industries (clerks, drivers, cleaners, programmers,
    accounting staff: ``across`` in the table — being listed for an industry says little about them, so
    they are neither pushed up nor down), is not in the table, or no industry is known."""
    if not industries:
        return None
    mine = _industries_of().get(isco)
    if not mine:
        return None
    if isco in _across():
        return None
    return "same" if mine & set(industries) else "other"


#: a workforce's industry is read from its occupations only when the leading KBLI division covers at least
#: this share of the headcount placed in characteristic occupations, and this many times the runner-up's
WORKFORCE_SHARE = 0.4
WORKFORCE_LEAD = 1.5


def industry_of_workforce(headcount: Mapping[str, float]) -> tuple[str, ...]:
    """The KBLI 2020 division a workforce (headcount by ISCO unit group) most likely works in, read from
    the occupations characteristic of one industry (not those found across industries): a car plant's
    welders, painters and assemblers -> 29; () when no division clearly leads. Divisions tied with the
    leader are all returned (welders are characteristic of 25, 28, 29 and 30 alike)."""
    by: dict[str, float] = {}
    total = 0.0
    for isco, n in headcount.items():
        divisions = _industries_of().get(isco)
        if not divisions or isco in _across() or n <= 0:
            continue
        total += n
        for d in divisions:
            by[d] = by.get(d, 0.0) + n
    if not by:
        return ()
    ranked = sorted(by.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    leaders = tuple(d for d, v in ranked if v == top)
    runner = next((v for _, v in ranked if v < top), 0.0)
    if top < WORKFORCE_SHARE * total or top < WORKFORCE_LEAD * runner:
        return ()
    return leaders


@cache
def _across() -> frozenset[str]:
    return frozenset(
        r["isco"].strip() for r in read_csv("industry_occupations.csv") if r["across"].strip() == "1"
    )
