"""The industries of work: KBLI 2020 divisions read from codes or everyday words, and the ISCO-08 unit groups
characteristic of each division.

Two tables we author: ``data/industry_words.csv`` (everyday words -> divisions: "bank" -> 64, "mobil" -> 29
and 45, "puskesmas" -> 86) and ``data/industry_occupations.csv`` (division -> its characteristic unit groups,
``across`` marking those found in every industry: clerks, drivers, cleaners). The coder uses them to weigh a
survey answer's or a roster row's industry, the pathways to put moves within a worker's industry first, the
employer report to read a workforce's industry from its occupations.

Pure look-ups over package data, read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from jalur.authored import read_csv
from jalur.errors import JalurError

#: at most this many industry codes in one field
MAX_DIVISIONS = 5


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
    return code[:2] if 2 <= len(code) <= 5 and code.isascii() and code.isdigit() else None


def kbli_divisions(codes: str) -> tuple[str, ...]:
    """KBLI 2020 codes as a user gives them ("29", "29100, 45; 64") -> their 2-digit divisions, in order,
    once each; a part that is no code is refused with the part named, more than ``MAX_DIVISIONS`` too."""
    out: list[str] = []
    for part in codes.replace(",", " ").replace(";", " ").split():
        division = kbli_division(part)
        if division is None:
            raise JalurError("error.industry_code", code=part[:20])
        if division not in out:
            out.append(division)
    if len(out) > MAX_DIVISIONS:
        raise JalurError("error.too_many_industries", limit=MAX_DIVISIONS)
    return tuple(out)


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
