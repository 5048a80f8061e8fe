"""Sakernas 2020 microdata for Jambi province (BPS, via the SAKERNAS R package): pay by KBJI major group.

The file is the only Indonesian labour-force microdata at hand. It codes occupations at one digit of KBJI 2014
(the ten ISCO-08 major groups, ``R13B_KBJI2``; 0 = not working) and records each employee's net monthly pay
in money (``R14A1``) and in kind (``R14A2``) in rupiah, with the person weight ``FINAL_WEIG``. Read here:
per major group, the weighted median of money + in-kind pay over employees with any pay, and how many
persons stand behind it. One province, one year, employees only (the self-employed report no wage): a
coarse, flagged hint of relative pay between major groups, not a wage table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import read_r_frame, require

SOURCE_ID = "sakernas-2020-jambi"
FILE = "SAKERNAS2020.rda"
_COLUMNS = ("R13B_KBJI2", "R14A1", "R14A2", "FINAL_WEIG")


@dataclass(frozen=True)
class GroupPay:
    major: str  # one digit, "1"-"9"
    median_idr: float  # weighted median of monthly pay (money + in kind)
    persons: int  # employees with pay in the sample
    weighted: float  # their summed weights (persons in the province)


def _weighted_median(values: list[float], weights: list[float]) -> float:
    pairs = sorted(zip(values, weights, strict=True))
    half = sum(w for _, w in pairs) / 2
    run = 0.0
    for v, w in pairs:
        run += w
        if run >= half:
            return v
    return pairs[-1][0]


def read_pay_by_major_group(path: Path) -> list[GroupPay]:
    """Weighted median monthly pay of employees by KBJI 2014 major group (1-9)."""
    df = read_r_frame(path, SOURCE_ID, _COLUMNS, 10_000)
    by: dict[str, tuple[list[float], list[float]]] = {}
    for g, money, kind, w in zip(*(df[c] for c in _COLUMNS), strict=True):
        pay = float(money or 0) + float(kind or 0)
        if not g or g != g or pay <= 0 or not w or w != w:  # not working, no pay, or missing (NaN)
            continue
        major = str(int(g))
        require(major in "123456789" and len(major) == 1, path, SOURCE_ID, f"bad KBJI major group {g!r}")
        vals, wts = by.setdefault(major, ([], []))
        vals.append(pay)
        wts.append(float(w))
    require(len(by) == 9, path, SOURCE_ID, f"pay found for major groups {sorted(by)}, expected 1-9")
    return [GroupPay(m, _weighted_median(v, w), len(v), round(sum(w), 1)) for m, (v, w) in sorted(by.items())]
